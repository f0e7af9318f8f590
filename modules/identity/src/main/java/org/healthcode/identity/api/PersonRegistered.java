package org.healthcode.identity.api;

/** A person was registered, as an account's self or as a dependent. Fired after commit. */
public record PersonRegistered(PersonId personId) {}
