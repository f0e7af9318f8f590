package org.healthcode.status.application;

import org.healthcode.status.api.PersonRef;

/**
 * Where notifications go (SMS, app push). The delivery job hands each stored notification to it
 * once and marks it delivered when it returns; an exception leaves it for the next run.
 */
public interface NotificationChannel {

  void deliver(PersonRef person, String kind, String text);
}
