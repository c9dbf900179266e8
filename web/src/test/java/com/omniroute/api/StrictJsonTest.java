package com.omniroute.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.omniroute.platform.boundary.ServiceException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

  record Member(Long agentId, String name, Integer penalty) {}

  record Campaign(String name, Boolean enabled, Integer acdLimit, String schedule) {}

  record User(String username, List<Long> securityGroupIds, List<String> roles) {}

  private static ServiceException refused(String json, Class<?> type) {
    return catchThrowableOfType(
        ServiceException.class,
        () -> StrictJson.check(json.getBytes(StandardCharsets.UTF_8), type));
  }

  private static String field(ServiceException e) {
    return e.violations().get(0).field();
  }

  @Test
  void numbersOutOfRangeFractionalOrOfAnotherTypeAreRefusedNamingTheField() {
    assertThat(field(refused("{\"penalty\": 4294967346}", Member.class))).isEqualTo("penalty");
    assertThat(field(refused("{\"penalty\": 12.9}", Member.class))).isEqualTo("penalty");
    assertThat(field(refused("{\"penalty\": \"12\"}", Member.class))).isEqualTo("penalty");
    assertThat(field(refused("{\"acdLimit\": 1e30}", Campaign.class))).isEqualTo("acdLimit");
    assertThat(field(refused("{\"agentId\": 12345678901234567890123}", Member.class)))
        .isEqualTo("agentId");
    assertThat(field(refused("{\"enabled\": \"yes\"}", Campaign.class))).isEqualTo("enabled");
    assertThat(field(refused("{\"securityGroupIds\": [1, 2.5]}", User.class)))
        .isEqualTo("securityGroupIds");
    assertThat(field(refused("{\"roles\": \"admin\"}", User.class))).isEqualTo("roles");
    assertThat(refused("{\"penalty\": 4294967346}", Member.class).getMessage())
        .isEqualTo("penalty must be a whole number from -2147483648 to 2147483647");
  }

  @Test
  void wellTypedBodiesPassUnknownFieldsAndNullsIncluded() {
    assertThatCode(
            () ->
                StrictJson.check(
                    ("{\"agentId\": 9007199254740993, \"penalty\": 1E+1, \"name\": null,"
                            + " \"extra\": [1, \"x\"]}")
                        .getBytes(StandardCharsets.UTF_8),
                    Member.class))
        .doesNotThrowAnyException();
    assertThatCode(
            () ->
                StrictJson.check(
                    "{\"schedule\": \"Mon-Fri 08:00-18:00\\nSat 09:00-12:00\", \"enabled\": true}"
                        .getBytes(StandardCharsets.UTF_8),
                    Campaign.class))
        .doesNotThrowAnyException();
  }

  @Test
  void anythingAfterTheJsonValueIsRefused() {
    assertThat(field(refused("{\"name\": \"Support\"} trailing", Campaign.class)))
        .isEqualTo("body");
    assertThat(field(refused("{\"name\": \"Support\"}{}", Campaign.class))).isEqualTo("body");
    assertThat(field(refused("{\"name\": ", Campaign.class))).isEqualTo("body");
  }

  @Test
  void controlCharactersAreRefusedInNamesAndAllButLayoutInOtherText() {
    assertThat(field(refused("{\"name\": \"Sup\\u0000port\"}", Campaign.class))).isEqualTo("name");
    assertThat(field(refused("{\"name\": \"Sup\\nport\"}", Campaign.class))).isEqualTo("name");
    assertThat(field(refused("{\"username\": \"a\\u001bb\"}", User.class))).isEqualTo("username");
    assertThat(field(refused("{\"schedule\": \"Mon\\u0007\"}", Campaign.class)))
        .isEqualTo("schedule");
    assertThat(StrictJson.hasControlCharacters("São Paulo 東京 ✓", true)).isFalse();
  }
}
