package org.healthcode.declaration.api;

/** A rule that fired in a review, recorded by id and version so that history never changes. */
public record FiredRule(String id, int version, String description, Outcome outcome) {}
