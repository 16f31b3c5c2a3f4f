package io.github.facilioo4j.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldNamesTest {
  @ParameterizedTest(name = "\"{0}\" becomes \"{1}\"")
  @CsvSource(
      value = {
        "Report|report",
        "$.report|report",
        "report|report",
        "Items[0].Name|items[0].name",
        "$.items[0].name|items[0].name",
        "ContactId|contactId",
        "IsFinished|isFinished",
        "ID|id",
        "URLValue|urlValue",
        "$|''",
        "''|''",
        "$[0].Name|[0].name",
        "Ümlaut|ümlaut"
      },
      delimiter = '|')
  void keysBecomeSdkPropertyPaths(String raw, String expected) {
    assertEquals(expected, FieldNames.normalize(raw));
  }
}
