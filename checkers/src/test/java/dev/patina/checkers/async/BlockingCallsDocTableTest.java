package dev.patina.checkers.async;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/checkers/async.md's table of blocking calls lists every method A0002 reports. */
class BlockingCallsDocTableTest {

  @Test
  void everyBlockingMethodIsInTheDocsTable() throws IOException {
    List<String> rows = Files.readAllLines(Path.of("../docs/checkers/async.md")).stream()
        .filter(line -> line.startsWith("| `"))
        .toList();
    assertThat(rows).as("the table rows of docs/checkers/async.md").isNotEmpty();
    for (BlockingCalls.Blocking b : BlockingCalls.table()) {
      String type = b.owner().substring(b.owner().lastIndexOf('.') + 1);
      for (String name : b.names()) {
        Pattern method = Pattern.compile("[`./]" + Pattern.quote(name) + "`");
        assertThat(rows)
            .as("a row of docs/checkers/async.md names %s.%s", type, name)
            .anyMatch(row -> row.split("\\|")[1].contains(type) && method.matcher(row.split("\\|")[1]).find());
      }
    }
  }
}
