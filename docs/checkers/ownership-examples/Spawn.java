import static dev.patina.runtime.async.Await.await;
import static dev.patina.runtime.async.Await.completed;

import dev.patina.async.Async;
import dev.patina.ownership.*;
import dev.patina.runtime.executor.WorkStealingExecutor;
import dev.patina.runtime.future.Future;

class Spawn {
  @Async
  static Future<Integer> greet(Future<Integer> id) {
    Session session = new Session();                 // Session is @NotSend
    int n = await(id);
    return completed(session.user().length() + n);   // used after the await
  }

  @Async
  static Future<Integer> peek(Conn conn) {           // conn is borrowed
    return completed(conn.read());
  }

  void start(WorkStealingExecutor workers, @Owned Conn conn, Future<Integer> id) {
    workers.spawn(greet(id));
    workers.spawn(peek(conn));
    conn.close();
  }
}
