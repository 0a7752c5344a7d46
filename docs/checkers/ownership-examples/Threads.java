import dev.patina.ownership.*;
import java.util.concurrent.Executor;

@NotSend
final class Session {
  String user() { return "ada"; }
}

final class Audit {
  void log(Executor pool, Conn conn) {
    Session session = new Session();
    pool.execute(() -> System.out.println(session.user()));
    pool.execute(() -> System.out.println(conn.read()));
  }
}
