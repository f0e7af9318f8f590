package org.healthcode.status.domain.code;

/** What a code token is for; its byte in the token is part of the format and never changes. */
public enum CodeKind {
  /** Shown in the app: carries the colour at issue and expires within minutes. */
  DYNAMIC(1),
  /** Printed on paper for someone without a phone: no colour, long-lived, revocable by code id. */
  PRINTED(2);

  private final int wireValue;

  CodeKind(int wireValue) {
    this.wireValue = wireValue;
  }

  int wireValue() {
    return wireValue;
  }

  static CodeKind fromWire(int value) {
    for (CodeKind kind : values()) {
      if (kind.wireValue == value) {
        return kind;
      }
    }
    return null;
  }
}
