import static dev.patina.runtime.async.Await.await;
import static dev.patina.runtime.async.Await.completed;

import dev.patina.async.Async;
import dev.patina.ownership.*;
import dev.patina.runtime.executor.WorkStealingExecutor;
import dev.patina.runtime.future.Future;

@NotSend
final class Terminal {                               // bound to the thread that opened it
  String user() { return "ada"; }
}

class Spawn {
  @Async
  static Future<Integer> greet(Future<Integer> id) {
    Terminal terminal = new Terminal();              // Terminal is @NotSend
    int n = await(id);
    return completed(terminal.user().length() + n);  // used after the await
  }

  @Async
  static Future<Integer> peek(Conn conn) {           // conn is borrowed
    return completed(conn.read());
  }

  void start(WorkStealingExecutor workers, @Owned Conn conn, Future<Integer> id) {
    workers.spawn(greet(id)).detach();               // detached: no one joins these tasks
    workers.spawn(peek(conn)).detach();
    conn.close();
  }
}
