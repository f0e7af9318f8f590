package org.healthcode.status.domain.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.healthcode.platform.crypto.HmacKeys;
import org.healthcode.platform.qr.QrImages;
import org.healthcode.status.api.Colour;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class QrImagesTest {

  /** 33 modules of a version-4 symbol plus 4 quiet modules each side, 8 pixels a module. */
  private static final int SIDE_PIXELS = (33 + 2 * 4) * 8;

  private final CodeTokens tokens =
      new CodeTokens(HmacKeys.fromConfig("code token keys", "k1:" + CodeTokensTest.randomKey()));

  @Test
  void png_WhenReadByAQrReader_GivesTheExactToken() throws Exception {
    String token = tokens.issue(CodeId.random(), Colour.GREEN, Instant.now());

    BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrImages.png(token)));
    Result result = decode(image);

    assertThat(result.getText()).isEqualTo(token);
    assertThat(result.getResultMetadata().get(ResultMetadataType.ERROR_CORRECTION_LEVEL))
        .isEqualTo("M");
    assertThat(image.getWidth()).isEqualTo(SIDE_PIXELS);
    assertThat(image.getHeight()).isEqualTo(SIDE_PIXELS);
  }

  @Test
  void png_WithAPrintedCode_GivesTheExactToken() throws Exception {
    String token = tokens.issuePrinted(CodeId.random(), Instant.now());

    BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrImages.png(token)));

    assertThat(decode(image).getText()).isEqualTo(token);
  }

  @Test
  void png_Always_HasAWhiteQuietZoneOfFourModules() throws Exception {
    String token = tokens.issue(CodeId.random(), Colour.RED, Instant.now());
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrImages.png(token)));

    int quietPixels = 4 * QrImages.MODULE_PIXELS;
    for (int i = 0; i < SIDE_PIXELS; i++) {
      for (int depth = 0; depth < quietPixels; depth++) {
        assertThat(image.getRGB(i, depth) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        assertThat(image.getRGB(depth, i) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        assertThat(image.getRGB(i, SIDE_PIXELS - 1 - depth) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        assertThat(image.getRGB(SIDE_PIXELS - 1 - depth, i) & 0xFFFFFF).isEqualTo(0xFFFFFF);
      }
    }
    // The finder pattern's corner module starts right inside the quiet zone.
    assertThat(image.getRGB(quietPixels, quietPixels) & 0xFFFFFF).isZero();
  }

  @Test
  void svg_WhenParsedAndRasterised_IsAGridOfModulesThatGivesTheExactToken() throws Exception {
    String token = tokens.issue(CodeId.random(), Colour.ORANGE, Instant.now());

    String svg = QrImages.svg(token);

    assertThat(svg).startsWith("<svg");
    Element root = parse(svg).getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("svg");
    assertThat(root.getAttribute("width")).isEqualTo(String.valueOf(SIDE_PIXELS));
    assertThat(root.getAttribute("height")).isEqualTo(String.valueOf(SIDE_PIXELS));
    BufferedImage image = new BufferedImage(SIDE_PIXELS, SIDE_PIXELS, BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = image.createGraphics();
    NodeList rects = root.getElementsByTagName("rect");
    for (int i = 0; i < rects.getLength(); i++) {
      Element rect = (Element) rects.item(i);
      double x = Double.parseDouble(rect.getAttribute("x"));
      double y = Double.parseDouble(rect.getAttribute("y"));
      double width = Double.parseDouble(rect.getAttribute("width"));
      double height = Double.parseDouble(rect.getAttribute("height"));
      if (i == 0) {
        assertThat(rect.getAttribute("fill")).isEqualTo("#FFFFFF");
        assertThat(width).isEqualTo(SIDE_PIXELS);
        graphics.setColor(Color.WHITE);
      } else {
        // Dark modules: on the 8-pixel grid and inside the quiet zone.
        assertThat(List.of(x, y, width, height))
            .allSatisfy(value -> assertThat(value % QrImages.MODULE_PIXELS).isZero());
        assertThat(Math.min(x, y)).isGreaterThanOrEqualTo(32);
        assertThat(Math.max(x + width, y + height)).isLessThanOrEqualTo(SIDE_PIXELS - 32);
        graphics.setColor(Color.BLACK);
      }
      graphics.fillRect((int) x, (int) y, (int) width, (int) height);
    }
    graphics.dispose();

    assertThat(decode(image).getText()).isEqualTo(token);
  }

  @Test
  void png_WhenContentIsEmpty_Refuses() {
    assertThatThrownBy(() -> QrImages.png("")).isInstanceOf(IllegalArgumentException.class);
  }

  private static Result decode(BufferedImage image) throws Exception {
    return new QRCodeReader()
        .decode(
            new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
            Map.of(
                // a rendered, unrotated image: the generic detector misses about 3 in 1,000
                // synthetic codes (measured), the pure-barcode reader none
                DecodeHintType.PURE_BARCODE,
                Boolean.TRUE,
                DecodeHintType.TRY_HARDER,
                Boolean.TRUE));
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }
}
