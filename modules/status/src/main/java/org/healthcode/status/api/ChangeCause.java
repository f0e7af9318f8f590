package org.healthcode.status.api;

import org.eclipse.microprofile.graphql.Description;

/** Why a health code changed (DESIGN §4); every entry of a code's history carries one. */
@Description("Why a health code changed; every entry of a code's history carries one.")
public enum ChangeCause {
  /** The automatic background review of a declaration. */
  @Description("The automatic background review of a declaration.")
  DECLARATION,
  /** A reviewer's decision from the manual review queue. */
  @Description("A reviewer's decision from the manual review queue.")
  REVIEW,
  /** The end of an ORANGE observation period with nothing new in it. */
  @Description("The end of an ORANGE observation period with nothing new in it.")
  TIMER,
  /** Contact tracing: the person was where a confirmed case was. */
  @Description("Contact tracing: the person was where a confirmed case was.")
  EXPOSURE,
  /** A manual change proposed by one reviewer and approved by a different supervisor. */
  @Description("A manual change proposed by one reviewer and approved by a different supervisor.")
  MANUAL,
  /** A reviewer's decision on the person's appeal. */
  @Description("A reviewer's decision on the person's appeal.")
  APPEAL
}
