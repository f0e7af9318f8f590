/**
 * The venue rules (DESIGN §5, §8): what the gate decides ({@link
 * org.healthcode.venue.domain.GatePolicy}), one answer per scan ({@link
 * org.healthcode.venue.domain.OneAnswerPerScan}), how long check-ins are kept ({@link
 * org.healthcode.venue.domain.RetentionPolicy}) and who a confirmed case may have exposed ({@link
 * org.healthcode.venue.domain.TracingWindow}). Plain Java, no container, so that every rule is
 * tested as a unit; the signed venue code is in {@code domain.code}.
 */
package org.healthcode.venue.domain;
