package org.healthcode.venue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DocumentHashTest {

  @Test
  void equals_WhenSameBytes_IsTheSameVisitor() {
    byte[] bytes = new byte[32];
    bytes[0] = 7;

    assertThat(VisitorRef.document(DocumentHash.of(bytes)))
        .isEqualTo(VisitorRef.document(DocumentHash.of(bytes.clone())));
  }

  @Test
  void of_WhenTheCallerChangesItsArrayAfterwards_KeepsTheOriginal() {
    byte[] bytes = new byte[32];
    DocumentHash hash = DocumentHash.of(bytes);

    bytes[0] = 1;

    assertThat(hash.toBytes()[0]).isZero();
  }

  @Test
  void of_WhenNot32Bytes_Refuses() {
    assertThatThrownBy(() -> DocumentHash.of(new byte[31]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DocumentHash.of(new byte[33]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
