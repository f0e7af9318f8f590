package org.healthcode.app.it.support;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;

/** Reads back the QR images the server renders, as a scanner would. */
public final class QrDecoding {

  private QrDecoding() {}

  /** The text of the QR code in a base64 PNG. */
  public static String decode(String pngBase64) throws Exception {
    var image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(pngBase64)));
    return new QRCodeReader()
        .decode(
            new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
            // a rendered, unrotated image: the generic detector misses about 3 in 1,000
            Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE))
        .getText();
  }
}
