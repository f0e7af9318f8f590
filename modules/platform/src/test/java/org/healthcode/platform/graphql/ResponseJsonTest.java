package org.healthcode.platform.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResponseJsonTest {

  enum Outcome {
    ADMIT
  }

  @Test
  void ofData_WritesWhatJsonPWouldPrint_ValueForValue() {
    Map<String, Object> scan = new LinkedHashMap<>();
    scan.put("outcome", Outcome.ADMIT);
    scan.put("maskedName", "张*");
    scan.put("message", "quote \" backslash \\ newline \n tab \t bell \u0007 slash / \u2028");
    scan.put("colour", null);
    scan.put("temperature", 36.6);
    scan.put("small", 1.0E-7);
    scan.put("big", 1.0E21);
    scan.put("float", 36.6f);
    scan.put("fever", false);
    scan.put("count", 42);
    scan.put("long", 9_000_000_000L);
    scan.put("decimal", new BigDecimal("12.50"));
    scan.put("integer", new BigInteger("123456789012345678901234567890"));
    scan.put("list", Arrays.asList(1, "two", null, List.of(Map.of("k", true))));
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("scan", scan);

    String written = ResponseJson.ofData(data);

    assertThat(written).isEqualTo(jsonP(data));
    assertThat(Json.createReader(new java.io.StringReader(written)).readObject()).isNotNull();
  }

  @Test
  void ofData_OfAValueItDoesNotKnow_GivesUp() {
    assertThat(ResponseJson.ofData(Map.of("when", java.time.Instant.EPOCH))).isNull();
    assertThat(ResponseJson.ofData(Map.of("n", Double.NaN))).isNull();
    assertThat(ResponseJson.ofData(Map.of(1, "key not a string"))).isNull();
  }

  /** What SmallRye's ExecutionResponse builds, printed as the endpoint printed it. */
  private static String jsonP(Object data) {
    return Json.createObjectBuilder().add("data", value(data)).build().toString();
  }

  private static jakarta.json.JsonValue value(Object value) {
    return switch (value) {
      case null -> jakarta.json.JsonValue.NULL;
      case String text -> Json.createValue(text);
      case Boolean flag -> flag ? jakarta.json.JsonValue.TRUE : jakarta.json.JsonValue.FALSE;
      case Double number -> Json.createValue(number);
      case Float number -> Json.createValue(new BigDecimal(String.valueOf(number)));
      case Integer number -> Json.createValue(number);
      case Long number -> Json.createValue(number);
      case BigDecimal number -> Json.createValue(number);
      case BigInteger number -> Json.createValue(number);
      case Enum<?> constant -> Json.createValue(constant.name());
      case Map<?, ?> map -> {
        JsonObjectBuilder object = Json.createObjectBuilder();
        map.forEach((k, v) -> object.add((String) k, value(v)));
        yield object.build();
      }
      case List<?> list -> {
        JsonArrayBuilder array = Json.createArrayBuilder();
        new ArrayList<>(list).forEach(item -> array.add(value(item)));
        yield array.build();
      }
      default -> throw new IllegalArgumentException();
    };
  }
}
