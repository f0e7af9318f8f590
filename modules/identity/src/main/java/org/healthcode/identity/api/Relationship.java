package org.healthcode.identity.api;

import org.eclipse.microprofile.graphql.Description;

/** How a dependent is related to the account holder who applies for them. */
@Description("How a dependent is related to the account holder who applies for them.")
public enum Relationship {
  @Description("The holder's husband or wife.")
  SPOUSE,
  @Description("The holder's father or mother.")
  PARENT,
  @Description("The holder's son or daughter.")
  CHILD,
  @Description("The holder's grandfather or grandmother.")
  GRANDPARENT,
  @Description("The holder's grandson or granddaughter.")
  GRANDCHILD
}
