package org.healthcode.identity.api;

/**
 * A sign-in code was stored and queued for sending (its outbox entry's id); fired in the
 * transaction.
 */
public record SignInCodeQueued(long outboxId) {}
