package org.healthcode.platform.qr;

import org.eclipse.microprofile.graphql.Description;

/** Which images of a code to render; rendering costs far more than signing (docs/adr/0008). */
@Description(
    "Which QR image of a code to render with the answer; rendering costs time, so ask only for what is shown.")
public enum QrFormat {
  @Description("No image: the token only, for an app that draws the QR itself.")
  NONE,
  @Description("A black-on-white PNG, base64-encoded.")
  PNG,
  @Description("A black-on-white SVG document, without XML prolog, to place inline in HTML.")
  SVG
}
