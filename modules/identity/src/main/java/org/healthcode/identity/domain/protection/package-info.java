/**
 * Protection of personal data (DESIGN §2, §8): names, document numbers and phone numbers are
 * encrypted at rest with {@link org.healthcode.identity.domain.protection.FieldCipher}, found by a
 * keyed {@link org.healthcode.identity.domain.protection.LookupHasher} hash instead of the plain
 * value, and shown only through {@link org.healthcode.identity.domain.protection.Masking}.
 *
 * <p>Plain Java and JDK cryptography only, so it can be tested without a container.
 */
package org.healthcode.identity.domain.protection;
