package vn.thidua;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every visible string has a Vietnamese text and its English twin, once: sections are appended by
 * several modules, so a key written twice or in one language only is easy to miss.
 */
class MessagesTests {

  @Test
  void theVietnameseAndEnglishFilesHaveTheSameKeys() throws IOException {
    Set<String> vietnamese = new LinkedHashSet<>(keys("messages_vi.properties"));
    Set<String> english = new LinkedHashSet<>(keys("messages_en.properties"));

    assertThat(english).as("keys missing in English").containsAll(vietnamese);
    assertThat(vietnamese).as("keys missing in Vietnamese").containsAll(english);
  }

  @Test
  void noKeyIsWrittenTwice() throws IOException {
    for (String file : List.of("messages_vi.properties", "messages_en.properties")) {
      List<String> keys = keys(file);
      Set<String> seen = new LinkedHashSet<>();
      List<String> twice = keys.stream().filter(key -> !seen.add(key)).toList();
      assertThat(twice).as(file).isEmpty();
    }
  }

  private static List<String> keys(String file) throws IOException {
    List<String> keys = new ArrayList<>();
    try (InputStream in = MessagesTests.class.getResourceAsStream("/" + file)) {
      assertThat(in).as(file).isNotNull();
      String previous = "";
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        boolean continued = previous.endsWith("\\");
        previous = line;
        String text = line.strip();
        if (continued || text.isEmpty() || text.startsWith("#") || text.startsWith("!")) {
          continue;
        }
        int end = text.indexOf('=');
        keys.add((end < 0 ? text : text.substring(0, end)).strip());
      }
    }
    return keys;
  }
}
