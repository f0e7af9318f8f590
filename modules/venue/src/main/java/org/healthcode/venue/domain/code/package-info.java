/**
 * The venue code: the signed, optionally rotating token in an entry point's QR that a citizen scans
 * to check in ({@link org.healthcode.venue.domain.code.VenueCodes}, docs/adr/0012).
 */
package org.healthcode.venue.domain.code;
