package dev.patina.runtime.reflect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The index: an entry whose table is missing is a clear error, not a silent fallback. */
class ReflectIndexTest {
  /** Listed in this module's test reflect.index with a table that does not exist. */
  static final class Orphan {}

  @Test
  void aStaleIndexEntryNamesTheMissingTable() {
    assertThat(Reflect.isGenerated(Orphan.class)).isTrue();
    assertThatThrownBy(() -> Reflect.of(Orphan.class))
        .isInstanceOf(ReflectionException.class)
        .hasMessageContaining("META-INF/patina/reflect.index names "
            + "dev.patina.runtime.reflect.OrphanReflectionThatWasDeleted for "
            + "dev.patina.runtime.reflect.ReflectIndexTest$Orphan but it cannot be loaded")
        .hasMessageContaining("ClassNotFoundException");
  }

  @Test
  void typesOutsideTheIndexUseTheFallback() {
    assertThat(Reflect.isGenerated(ReflectIndexTest.class)).isFalse();
    assertThat(Reflect.isGenerated(String.class)).isFalse();
    assertThat(Reflect.of(ReflectIndexTest.class).type().name()).isEqualTo("dev.patina.runtime.reflect.ReflectIndexTest");
  }
}
