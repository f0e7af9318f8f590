package org.healthcode.status.api;

import org.eclipse.microprofile.graphql.Description;

/** Where a proposed manual colour change stands. */
@Description("Where a proposed manual colour change stands.")
public enum ProposalState {
  @Description("Waiting for a supervisor other than the proposer.")
  PROPOSED,
  @Description("Approved and applied.")
  APPROVED,
  @Description("Rejected; the colour stayed.")
  REJECTED
}
