package org.healthcode.status.code.application;

/** Which images of a code to render; rendering costs far more than signing (docs/adr/0008). */
public enum QrFormat {
  NONE,
  PNG,
  SVG
}
