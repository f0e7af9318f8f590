package org.healthcode.status.domain;

import java.util.Objects;

/** The outcome of applying something that happened to a health code: a change, or why none. */
public sealed interface Transition {

  boolean changed();

  /** The code changed; the change is now the last entry of its history. */
  record Changed(ColourChange change) implements Transition {
    public Changed {
      Objects.requireNonNull(change, "change");
    }

    @Override
    public boolean changed() {
      return true;
    }
  }

  /** The rules kept the code as it was. */
  record Unchanged(NoChange why) implements Transition {
    public Unchanged {
      Objects.requireNonNull(why, "why");
    }

    @Override
    public boolean changed() {
      return false;
    }
  }
}
