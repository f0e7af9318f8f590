package org.healthcode.platform.qr;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import uk.org.okapibarcode.backend.QrCode;
import uk.org.okapibarcode.graphics.Color;
import uk.org.okapibarcode.output.Java2DRenderer;
import uk.org.okapibarcode.output.SvgRenderer;

/**
 * QR images of signed codes (the health code, the venue code), rendered with okapibarcode. Error
 * correction M (15 % of the symbol may be lost): phone screens with glare or cracks and printed
 * paper that gets creased need more than L, while Q or H would only buy room for a logo we do not
 * use, at the price of a larger symbol. A 59-character token fits version 4 (33 × 33 modules) at M.
 * The quiet zone is the 4 modules the QR standard asks for; 8 pixels a module makes a 328-pixel
 * square that scanners read easily.
 */
public final class QrImages {

  public static final int MODULE_PIXELS = 8;
  static final int QUIET_ZONE_MODULES = 4;

  private QrImages() {}

  /** A black-on-white PNG, one bit per pixel. */
  public static byte[] png(String content) {
    QrCode symbol = symbol(content);
    BufferedImage image =
        new BufferedImage(
            symbol.getWidth() * MODULE_PIXELS,
            symbol.getHeight() * MODULE_PIXELS,
            BufferedImage.TYPE_BYTE_BINARY);
    Graphics2D graphics = image.createGraphics();
    try {
      new Java2DRenderer(graphics, MODULE_PIXELS, Color.WHITE, Color.BLACK).render(symbol);
    } finally {
      graphics.dispose();
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    // An explicit memory stream: ImageIO.write to an OutputStream caches through a temporary file.
    try (ImageOutputStream output = new MemoryCacheImageOutputStream(png)) {
      if (!ImageIO.write(image, "png", output)) {
        throw new IllegalStateException("no PNG writer in this Java runtime");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a PNG to memory", e);
    }
    return png.toByteArray();
  }

  /**
   * A black-on-white SVG without XML prolog or DOCTYPE, so that it can be placed inline in HTML as
   * well as served as a file.
   */
  public static String svg(String content) {
    QrCode symbol = symbol(content);
    ByteArrayOutputStream svg = new ByteArrayOutputStream();
    try {
      new SvgRenderer(svg, MODULE_PIXELS, Color.WHITE, Color.BLACK, false).render(symbol);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write an SVG to memory", e);
    }
    return svg.toString(StandardCharsets.UTF_8);
  }

  private static QrCode symbol(String content) {
    Objects.requireNonNull(content, "content");
    if (content.isEmpty()) {
      throw new IllegalArgumentException("a QR code needs content");
    }
    QrCode symbol = new QrCode();
    symbol.setPreferredEccLevel(QrCode.EccLevel.M);
    symbol.setQuietZoneHorizontal(QUIET_ZONE_MODULES);
    symbol.setQuietZoneVertical(QUIET_ZONE_MODULES);
    symbol.setContent(content);
    return symbol;
  }
}
