package dev.patina.checkers.units;

import static org.assertj.core.api.Assertions.assertThat;

import dev.patina.units.algebra.UnitTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The table of units and prefixes in {@code docs/checkers/units.md} is exactly what the algebra's
 * table renders; run {@code tools/regen-units-table} after changing {@code UnitTable}.
 */
class UnitsDocTableTest {

  private static final Path DOC = Path.of("..", "docs", "checkers", "units.md");
  private static final String BEGIN = "<!-- units-table:begin -->\n";
  private static final String END = "<!-- units-table:end -->";

  @Test
  void docsTableIsTheRenderedTable() throws IOException {
    String text = Files.readString(DOC);
    int b = text.indexOf(BEGIN);
    int e = text.indexOf(END);
    assertThat(b).as("%s has the marker %s", DOC, BEGIN.strip()).isNotNegative();
    assertThat(e).as("%s has the marker %s after the begin marker", DOC, END).isGreaterThan(b);
    assertThat(text.substring(b + BEGIN.length(), e))
        .as("the units table of %s; run tools/regen-units-table", DOC)
        .isEqualTo(UnitTable.renderMarkdown());
  }
}
