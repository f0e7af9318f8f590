package org.healthcode.identity.api;

import org.eclipse.microprofile.graphql.Description;

/** A person's sex as recorded on identity documents. */
@Description("A person's sex as recorded on identity documents.")
public enum Sex {
  @Description("Male.")
  MALE,
  @Description("Female.")
  FEMALE
}
