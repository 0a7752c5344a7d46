package dev.patina.checkers.async;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The calls that block the calling thread, which A0002 reports inside an {@code @Async} method,
 * each with the key of the help that names the runtime's async alternative. A call is matched by
 * its method's name and the class that declares or inherits it (compared by name), so a method of
 * your own that is only named {@code sleep} or {@code lock} does not count.
 */
final class BlockingCalls {

  /**
   * Methods named one of {@code names} of {@code owner} or (unless {@code exact}) of a subtype of
   * it; {@code help} is the suffix of their {@code help.A0002.*} key.
   */
  record Blocking(String owner, boolean exact, Set<String> names, String help) {}

  /** A blocking call that was found: how the message names it ({@code Thread.sleep}) and its help key. */
  record Found(String name, String helpKey) {}

  private static final List<Blocking> TABLE = List.of(
      new Blocking("java.lang.Thread", true, Set.of("sleep"), "sleep"),
      new Blocking("java.lang.Thread", false, Set.of("join"), "join"),
      new Blocking("java.lang.Object", true, Set.of("wait"), "wait"),
      new Blocking("java.util.concurrent.locks.Condition", false,
          Set.of("await", "awaitNanos", "awaitUninterruptibly", "awaitUntil"), "wait"),
      new Blocking("java.util.concurrent.locks.LockSupport", true, Set.of("park", "parkNanos", "parkUntil"), "wait"),
      new Blocking("java.util.concurrent.Future", false, Set.of("get"), "future_get"),
      new Blocking("java.util.concurrent.CompletableFuture", false, Set.of("join"), "future_get"),
      new Blocking("java.util.concurrent.locks.Lock", false, Set.of("lock", "lockInterruptibly"), "lock"),
      new Blocking("java.util.concurrent.Semaphore", false, Set.of("acquire", "acquireUninterruptibly"), "semaphore"),
      new Blocking("java.util.concurrent.BlockingQueue", false, Set.of("put", "take"), "queue"),
      new Blocking("java.util.concurrent.CountDownLatch", false, Set.of("await"), "latch"),
      new Blocking("java.util.concurrent.CyclicBarrier", false, Set.of("await"), "latch"),
      new Blocking("java.io.InputStream", false,
          Set.of("read", "readAllBytes", "readNBytes", "skip", "skipNBytes", "transferTo"), "io"),
      new Blocking("java.io.OutputStream", false, Set.of("write", "flush"), "io"),
      new Blocking("java.io.Reader", false, Set.of("read", "readLine", "skip", "transferTo"), "io"),
      new Blocking("java.io.Writer", false, Set.of("write", "append", "flush"), "io"),
      new Blocking("java.net.ServerSocket", false, Set.of("accept"), "accept"),
      new Blocking("dev.patina.runtime.executor.Executor", false, Set.of("blockOn"), "block_on"));

  /**
   * Streams over memory: reading or writing them never waits, so a call whose receiver is one of
   * these (by its static type) is not blocking I/O.
   */
  private static final List<String> IN_MEMORY = List.of(
      "java.io.ByteArrayInputStream", "java.io.ByteArrayOutputStream", "java.io.StringReader",
      "java.io.StringWriter", "java.io.CharArrayReader", "java.io.CharArrayWriter");

  private BlockingCalls() {}

  /** The table, for the docs' and the tests' sake. */
  static List<Blocking> table() {
    return TABLE;
  }

  /** The blocking call {@code call} is, if it is one. */
  static Optional<Found> of(MethodInvocationTree call, VisitorState state) {
    if (!(ASTHelpers.getSymbol(call) instanceof MethodSymbol method)) {
      return Optional.empty();
    }
    String name = method.getSimpleName().toString();
    Symbol owner = method.owner;
    for (Blocking b : TABLE) {
      if (b.names().contains(name) && owns(b, owner, state)) {
        if (b.help().equals("io") && inMemory(call, state)) {
          return Optional.empty();
        }
        return Optional.of(new Found(owner.getSimpleName() + "." + name, "help.A0002." + b.help()));
      }
    }
    return Optional.empty();
  }

  private static boolean owns(Blocking b, Symbol owner, VisitorState state) {
    if (b.exact()) {
      return owner.getQualifiedName().contentEquals(b.owner());
    }
    return AsyncCode.isSubtype(owner.type, b.owner(), state);
  }

  private static boolean inMemory(MethodInvocationTree call, VisitorState state) {
    Type receiver = ASTHelpers.getReceiverType(call);
    return IN_MEMORY.stream().anyMatch(name -> AsyncCode.isSubtype(receiver, name, state));
  }
}
