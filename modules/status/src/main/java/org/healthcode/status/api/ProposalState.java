package org.healthcode.status.api;

/** Where a proposed manual colour change stands. */
public enum ProposalState {
  PROPOSED,
  APPROVED,
  REJECTED
}
