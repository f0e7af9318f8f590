/**
 * The code shown to a person: signed compact tokens ({@link
 * org.healthcode.status.domain.code.CodeTokens}, docs/adr/0008) and their QR images ({@link
 * org.healthcode.platform.qr.QrImages}).
 */
package org.healthcode.status.domain.code;
