package dev.patina.checkers.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import dev.patina.checkers.testing.InProcessCompile;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The text of the future forms of P0277 and P0373, which the annotated-source harness does not
 * read ({@code -Anomsgtext}): the headline, and the note that names the value, its type, the
 * {@code await} line and the later use, or says that the body was not to be seen.
 */
class SentFuturesMessageTest {

  private static final String SOURCE = """
      import static dev.patina.runtime.async.Await.await;
      import static dev.patina.runtime.async.Await.completed;
      import dev.patina.async.Async;
      import dev.patina.checkers.ownership.compiled.CompiledTasks;
      import dev.patina.ownership.*;
      import dev.patina.runtime.future.Future;
      @NotSend class Cache { int hits() { return 0; } }
      @Linear class Ledger { int total() { return 1; } @Consume void close() {} }
      class Spawner { <T> void spawn(@Send Future<T> f) {} }
      class Input {
        @Async static Future<Integer> across() {
          Cache c = new Cache();
          int n = await(completed(1));
          return completed(c.hits() + n);
        }
        @Async static Future<Integer> total(@Mut Ledger ledger) {
          return completed(ledger.total());
        }
        void go(Spawner s, @Owned Ledger ledger) {
          s.spawn(across());
          s.spawn(CompiledTasks.render(new CompiledTasks.Surface()));
          s.spawn(total(ledger));
          ledger.close();
        }
      }
      """;

  @Test
  void theNotesNameTheValueTheAwaitAndTheLaterUse() throws IOException {
    List<String> messages = InProcessCompile.messages(InProcessCompile.run(SOURCE, new OwnershipChecker(), List.of()));
    assertThat(messages).filteredOn(m -> m.startsWith("[P")).hasSize(3);
    assertThat(messages).anySatisfy(m -> assertThat(m)
        .startsWith("[P0277] future cannot be sent between threads safely")
        .contains("future is not `Send` as this value is used across an await: `c` (`Cache`, which is `@NotSend`)"
            + " is held across the `await` at Input.java:13, and `c` is later used at Input.java:14")
        .contains("Input.java:13:13: await occurs here, with `c` maybe used later")
        .contains("`spawn()` sends this future to another thread"));
    assertThat(messages).anySatisfy(m -> assertThat(m)
        .startsWith("[P0277] future cannot be sent between threads safely")
        .contains("the body of `@Async` `CompiledTasks.render()` is not available to the checker (it comes from a"
            + " class file)")
        .contains("`new CompiledTasks.Surface()` (`Surface`, which is `@NotSend`) across one"));
    assertThat(messages).anySatisfy(m -> assertThat(m)
        .startsWith("[P0373] `ledger` is borrowed and cannot be sent to another thread")
        .contains("the future of `@Async` `total()` holds this borrow for as long as the task runs: parameter"
            + " `ledger` is `@Mut`"));
  }
}
