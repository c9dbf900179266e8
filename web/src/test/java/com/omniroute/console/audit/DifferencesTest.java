package com.omniroute.console.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DifferencesTest {

  @Test
  void aChangeShowsOnlyTheFieldsThatChanged() {
    List<FieldChange> changes =
        Differences.between(
            "{\"id\":5,\"name\":\"Sales\",\"acdLimit\":10,\"overrides\":[\"CHAT\"]}",
            "{\"id\":5,\"name\":\"Sales\",\"acdLimit\":7,\"overrides\":[\"CHAT\",\"EMAIL\"]}");
    assertThat(changes)
        .extracting(FieldChange::toString)
        .containsExactly("acdLimit: 10 -> 7", "overrides: [\"CHAT\"] -> [\"CHAT\",\"EMAIL\"]");
  }

  @Test
  void aCreationOrDeletionShowsEveryField() {
    assertThat(Differences.between(null, "{\"id\":5,\"name\":\"Sales\"}"))
        .extracting(FieldChange::toString)
        .containsExactly("id: null -> 5", "name: null -> Sales");
    assertThat(Differences.between("{\"name\":\"Sales\",\"agentId\":null}", null))
        .extracting(FieldChange::toString)
        .containsExactly("name: Sales -> null", "agentId: null -> null");
  }

  @Test
  void aFieldAddedByTheChangeIsShown() {
    assertThat(
            Differences.between(
                "{\"username\":\"ana\"}", "{\"username\":\"ana\",\"passwordChanged\":true}"))
        .extracting(FieldChange::toString)
        .containsExactly("passwordChanged: null -> true");
  }
}
