package org.healthcode.identity.api;

/** How a dependent is related to the account holder who applies for them. */
public enum Relationship {
  SPOUSE,
  PARENT,
  CHILD,
  GRANDPARENT,
  GRANDCHILD
}
