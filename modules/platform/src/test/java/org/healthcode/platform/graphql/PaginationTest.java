package org.healthcode.platform.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.healthcode.platform.error.HealthCodeException;
import org.junit.jupiter.api.Test;

class PaginationTest {

  private record Edge(String cursor, Integer node) {}

  private record Page(List<Edge> edges, PageInfo pageInfo) {}

  @Test
  void connection_WhenOneMoreThanThePageWasRead_HasANextPageEndingAtTheLastEdge() {
    Page page = page(List.of(1, 2, 3), 2, null);

    assertThat(page.edges()).extracting(Edge::node).containsExactly(1, 2);
    assertThat(page.pageInfo().hasNextPage()).isTrue();
    assertThat(Pagination.position(page.pageInfo().endCursor())).isEqualTo("2");
    assertThat(Pagination.position(page.edges().get(0).cursor())).isEqualTo("1");
  }

  @Test
  void connection_WhenThePageIsTheLast_HasNoNextPage() {
    Page page = page(List.of(1, 2), 2, null);

    assertThat(page.edges()).hasSize(2);
    assertThat(page.pageInfo().hasNextPage()).isFalse();
  }

  @Test
  void connection_WhenNothingFollows_KeepsTheCursorItWasAskedAfter() {
    String after = Pagination.cursor("7");

    Page page = page(List.of(), 20, after);

    assertThat(page.edges()).isEmpty();
    assertThat(page.pageInfo().endCursor()).isEqualTo(after);
  }

  @Test
  void longPosition_OfACursorOfANumber_IsTheNumberAndAnythingElseIsBadInput() {
    assertThat(Pagination.longPosition(Pagination.cursor("42"))).isEqualTo(42L);
    assertThat(Pagination.longPosition(null)).isNull();
    assertThatThrownBy(() -> Pagination.longPosition(Pagination.cursor("x")))
        .isInstanceOfSatisfying(
            HealthCodeException.class, e -> assertThat(e.code()).isEqualTo("BAD_INPUT"));
  }

  private static Page page(List<Integer> read, int size, String after) {
    return Pagination.connection(read, size, after, String::valueOf, Edge::new, Page::new);
  }
}
