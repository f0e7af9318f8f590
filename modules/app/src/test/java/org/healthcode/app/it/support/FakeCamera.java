package org.healthcode.app.it.support;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * A video for Chromium's fake camera ({@code --use-file-for-fake-video-capture}): a {@code .y4m}
 * file (YUV4MPEG2, 4:2:0) of one 640 × 480 frame holding a QR code, as a phone held up to a gate
 * camera would show it. Chromium plays it in a loop.
 */
public final class FakeCamera {

  private static final int WIDTH = 640;
  private static final int HEIGHT = 480;

  private FakeCamera() {}

  /** Writes a y4m of the QR code of {@code text} into target/ and returns its path. */
  public static Path holding(String text, String name) throws Exception {
    BitMatrix qr =
        new QRCodeWriter()
            .encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, 4));
    int scale = Math.min(WIDTH, HEIGHT) * 4 / 5 / qr.getWidth();
    int size = qr.getWidth() * scale;
    int left = (WIDTH - size) / 2;
    int top = (HEIGHT - size) / 2;
    byte[] luma = new byte[WIDTH * HEIGHT];
    Arrays.fill(luma, (byte) 200); // a light grey background around the white quiet zone
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        boolean dark = qr.get(x / scale, y / scale);
        luma[(top + y) * WIDTH + left + x] = dark ? (byte) 16 : (byte) 235;
      }
    }
    byte[] chroma = new byte[WIDTH * HEIGHT / 4];
    Arrays.fill(chroma, (byte) 128);
    Files.createDirectories(Path.of("target", "fake-camera"));
    Path file = Path.of("target", "fake-camera", name + ".y4m");
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(
          ("YUV4MPEG2 W" + WIDTH + " H" + HEIGHT + " F10:1 Ip A1:1 C420jpeg\n")
              .getBytes(StandardCharsets.US_ASCII));
      for (int frame = 0; frame < 2; frame++) {
        out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
        out.write(luma);
        out.write(chroma);
        out.write(chroma);
      }
    } catch (IOException e) {
      throw new IOException("cannot write the fake camera's video " + file, e);
    }
    return file;
  }
}
