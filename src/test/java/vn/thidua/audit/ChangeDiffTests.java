package vn.thidua.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ChangeDiffTests {

  private final JsonMapper json = JsonMapper.builder().build();

  private JsonNode read(String text) {
    return json.readTree(text);
  }

  @Test
  void listsOnlyTheFieldsThatChanged() {
    ChangeDiff diff =
        ChangeDiff.between(
            read("{\"name\":\"CĐCS Trường A\",\"members\":40,\"code\":\"A1\"}"),
            read("{\"name\":\"CĐCS Trường A\",\"members\":42,\"code\":\"A2\"}"));

    assertThat(diff.changes())
        .containsExactly(
            new FieldChange("members", "40", "42"), new FieldChange("code", "A1", "A2"));
    assertThat(diff.unchangedFields()).isEqualTo(1);
  }

  @Test
  void showsEveryFieldOfACreatedRecordAsNew() {
    ChangeDiff diff =
        ChangeDiff.between(null, read("{\"name\":\"Mới\",\"foundedOn\":\"2025-07-01\"}"));

    assertThat(diff.changes())
        .containsExactly(
            new FieldChange("name", null, "Mới"), new FieldChange("foundedOn", null, "2025-07-01"));
    assertThat(diff.unchangedFields()).isZero();
  }

  @Test
  void showsEveryFieldOfADeletedRecordAsGone() {
    ChangeDiff diff = ChangeDiff.between(read("{\"name\":\"Cũ\"}"), null);

    assertThat(diff.changes()).containsExactly(new FieldChange("name", "Cũ", null));
  }

  @Test
  void namesNestedFieldsWithDots() {
    ChangeDiff diff =
        ChangeDiff.between(
            read("{\"figures\":{\"workers\":100,\"members\":80}}"),
            read("{\"figures\":{\"workers\":120,\"members\":80}}"));

    assertThat(diff.changes()).containsExactly(new FieldChange("figures.workers", "100", "120"));
    assertThat(diff.unchangedFields()).isEqualTo(1);
  }

  @Test
  void comparesListsAsAWhole() {
    ChangeDiff diff =
        ChangeDiff.between(read("{\"authors\":[\"An\",\"Bình\"]}"), read("{\"authors\":[\"An\"]}"));

    assertThat(diff.changes())
        .containsExactly(new FieldChange("authors", "[\"An\",\"Bình\"]", "[\"An\"]"));
  }

  @Test
  void treatsANullFieldLikeAnAbsentOne() {
    ChangeDiff diff =
        ChangeDiff.between(read("{\"endedOn\":null,\"name\":\"A\"}"), read("{\"name\":\"A\"}"));

    assertThat(diff.changes()).isEmpty();
    assertThat(diff.unchangedFields()).isEqualTo(2);
  }

  @Test
  void comparesBareValuesAsOneField() {
    ChangeDiff diff = ChangeDiff.between(read("\"DRAFT\""), read("\"SUBMITTED\""));

    assertThat(diff.changes())
        .containsExactly(new FieldChange(ChangeDiff.WHOLE_VALUE, "DRAFT", "SUBMITTED"));
  }
}
