package org.healthcode.status.api;

/** Why a health code changed (DESIGN §4); every entry of a code's history carries one. */
public enum ChangeCause {
  /** The automatic background review of a declaration. */
  DECLARATION,
  /** A reviewer's decision from the manual review queue. */
  REVIEW,
  /** The end of an ORANGE observation period with nothing new in it. */
  TIMER,
  /** Contact tracing: the person was where a confirmed case was. */
  EXPOSURE,
  /** A manual change proposed by one reviewer and approved by a different supervisor. */
  MANUAL,
  /** A reviewer's decision on the person's appeal. */
  APPEAL
}
