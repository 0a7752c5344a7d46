package dev.patina.units.algebra;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnitTableTest {

  @Test
  void binaryPrefixesOnlyOnBitsAndBytes() {
    for (UnitDefinition u : UnitTable.units()) {
      boolean binary = u.prefixes().stream().anyMatch(Prefix::binary);
      assertThat(binary).as(u.symbol()).isEqualTo(u.symbol().equals("bit") || u.symbol().equals("B"));
    }
  }

  @Test
  void documentedAmbiguitiesResolveAsDocumented() {
    assertThat(UnitTable.lookup("min").orElseThrow().unit().name()).isEqualTo("minute");
    assertThat(UnitTable.lookup("mm").orElseThrow().prefix()).isEqualTo(Prefix.MILLI);
    assertThat(UnitTable.lookup("cd").orElseThrow().unit().name()).isEqualTo("candela");
    assertThat(UnitTable.lookup("Pa").orElseThrow().unit().name()).isEqualTo("pascal");
    assertThat(UnitTable.lookup("kg").orElseThrow().prefix()).isEqualTo(Prefix.KILO);
    assertThat(UnitTable.lookup("Ms").orElseThrow().prefix()).isEqualTo(Prefix.MEGA);
    assertThat(UnitTable.lookup("ms").orElseThrow().prefix()).isEqualTo(Prefix.MILLI);
    assertThat(UnitTable.lookup("kmin")).isEmpty();
    assertThat(UnitTable.lookup("Kim")).isEmpty();
  }

  @Test
  void markdownListsEveryUnitAndPrefix() {
    String md = UnitTable.renderMarkdown();
    for (UnitDefinition u : UnitTable.units()) {
      assertThat(md).contains("| `" + u.symbol() + "` | " + u.name() + " |");
    }
    for (Prefix p : Prefix.values()) {
      assertThat(md).contains("| `" + p.symbol() + "`");
    }
    assertThat(md).contains("| `N` | newton | `kg*m/s^2` |").contains("| `min` | minute | 60 `s` | none |");
  }
}
