package dev.patina.checkers.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import dev.patina.checkers.testing.InProcessCompile;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where a borrow conflict says the borrow "is still used": at a read of the borrowing variable,
 * never at an assignment to it, which ends what the variable held instead of using it.
 */
class BorrowLastUseTest {

  private static final String SOURCE = """
      import dev.patina.ownership.*;
      @Linear class Pool {
        @BorrowedFrom("this") View view() { return new View(); }
        @Mut void reset() {}
      }
      @Affine class View { int get() { return 0; } }
      class Loop {
        static int sum(@Mut Pool pool, int n) {
          int total = 0;
          @Borrowed View previous = null;
          for (int i = 0; i < n; i++) {
            View v = pool.view();
            if (previous != null) {
              total += previous.get();
            }
            previous = v;
            pool.reset();
          }
          return total;
        }
      }
      """;

  @Test
  void theBorrowIsStillUsedAtTheReadNotAtTheAssignment() throws IOException {
    InProcessCompile.Result r = InProcessCompile.run(SOURCE, new OwnershipChecker(), List.of());
    List<String> messages = InProcessCompile.messages(r);
    assertThat(messages).singleElement().satisfies(m -> assertThat(m)
        .startsWith("[P0502] cannot borrow `pool` exclusively")
        .containsPattern(":14:\\d+: the borrow is still used here")
        .doesNotContainPattern(":16:\\d+: the borrow is still used here"));
  }
}
