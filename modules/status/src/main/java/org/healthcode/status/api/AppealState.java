package org.healthcode.status.api;

/** Whether an appeal against a colour still waits for a reviewer. */
public enum AppealState {
  OPEN,
  ANSWERED
}
