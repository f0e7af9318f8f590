package org.healthcode.declaration.api;

/** Whom the person was in contact with, if anyone: a confirmed or a suspected case. */
public enum CaseContactKind {
  NONE,
  CONFIRMED,
  SUSPECTED
}
