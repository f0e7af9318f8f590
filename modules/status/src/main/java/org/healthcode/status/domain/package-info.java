/**
 * The health code and its colour rules (DESIGN §4): {@link org.healthcode.status.domain.HealthCode}
 * with its history, changed only through {@link org.healthcode.status.domain.DynamicManagement}.
 * Plain Java, no container, so that every rule is tested as a unit.
 */
package org.healthcode.status.domain;
