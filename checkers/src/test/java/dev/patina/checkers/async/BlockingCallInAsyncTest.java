package dev.patina.checkers.async;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

/** A0002: a blocking call inside an {@code @Async} method. */
class BlockingCallInAsyncTest {

  private CompilationTestHelper helper(String... lines) {
    String[] all = new String[lines.length + 3];
    all[0] = "import java.io.*;";
    all[1] = "import java.util.concurrent.*;";
    all[2] = "import java.util.concurrent.locks.*;";
    System.arraycopy(lines, 0, all, 3, lines.length);
    return RuntimeApi.with(CompilationTestHelper.newInstance(BlockingCallInAsync.class, getClass()), "Fetcher.java", all);
  }

  @Test
  void sleepingWaitingAndJoiningFire() {
    helper(
        "class Fetcher {",
        "  @Async Future<String> fetch(Thread worker, Object monitor) throws Exception {",
        "    // BUG: Diagnostic contains: `Thread.sleep` blocks the executor's thread inside `@Async` method `fetch`",
        "    Thread.sleep(100);",
        "    // BUG: Diagnostic contains: help: wait for a `dev.patina.runtime.sync.Notify` instead",
        "    monitor.wait();",
        "    // BUG: Diagnostic contains: `Thread.join` blocks",
        "    worker.join();",
        "    // BUG: Diagnostic contains: help: `await(Time.sleep(duration))` (`dev.patina.runtime.time.Time`)",
        "    Thread.sleep(java.time.Duration.ofMillis(5));",
        "    return completed(\"x\");",
        "  }",
        "}")
        .doTest();
  }

  @Test
  void javaUtilConcurrentWaitsFire() {
    helper(
        "class Fetcher {",
        "  @Async Future<Integer> fetch(CompletableFuture<Integer> f, java.util.concurrent.Future<Integer> g, Lock lock,",
        "      BlockingQueue<String> queue, CountDownLatch latch, ReentrantLock reentrant, Executor executor) throws Exception {",
        "    // BUG: Diagnostic contains: `CompletableFuture.join` blocks",
        "    int a = f.join();",
        "    // BUG: Diagnostic contains: `Future.get` blocks",
        "    int b = g.get();",
        "    // BUG: Diagnostic contains: help: guard the state with a `dev.patina.runtime.sync.Mutex`",
        "    lock.lock();",
        "    // BUG: Diagnostic contains: `ReentrantLock.lock` blocks",
        "    reentrant.lock();",
        "    // BUG: Diagnostic contains: help: use a `dev.patina.runtime.sync.Mpsc` channel",
        "    queue.put(\"x\");",
        "    // BUG: Diagnostic contains: `BlockingQueue.take` blocks",
        "    String s = queue.take();",
        "    // BUG: Diagnostic contains: `CountDownLatch.await` blocks",
        "    latch.await();",
        "    // BUG: Diagnostic contains: `Executor.blockOn` blocks",
        "    int c = executor.blockOn(completed(1));",
        "    return completed(a + b + c + s.length());",
        "  }",
        "}")
        .doTest();
  }

  @Test
  void blockingStreamsFire() {
    helper(
        "class Fetcher {",
        "  @Async Future<Integer> copy(InputStream in, OutputStream out, BufferedReader reader, Writer writer) throws IOException {",
        "    // BUG: Diagnostic contains: `InputStream.read` blocks the executor's thread inside `@Async` method `copy`",
        "    int b = in.read();",
        "    // BUG: Diagnostic contains: help: for sockets use `dev.patina.runtime.net.TcpStream`",
        "    out.write(b);",
        "    // BUG: Diagnostic contains: `BufferedReader.readLine` blocks",
        "    String line = reader.readLine();",
        "    // BUG: Diagnostic contains: `Writer.write` blocks",
        "    writer.write(line);",
        "    return completed(b);",
        "  }",
        "}")
        .doTest();
  }

  @Test
  void synchronizedFires() {
    helper(
        "class Fetcher {",
        "  private final Object guard = new Object();",
        "  @Async Future<Integer> count() {",
        "    // BUG: Diagnostic contains: `synchronized` block blocks the executor's thread inside `@Async` method `count`",
        "    synchronized (guard) {",
        "      return completed(1);",
        "    }",
        "  }",
        "  // BUG: Diagnostic contains: `@Async` method `total` is `synchronized`",
        "  @Async synchronized Future<Integer> total() {",
        "    return completed(2);",
        "  }",
        "}")
        .doTest();
  }

  @Test
  void silentOutsideAsyncMethodsAndInLambdasAndClassesInThem() {
    helper(
        "class Fetcher {",
        "  private final Object guard = new Object();",
        "  String plain(BlockingQueue<String> queue) throws Exception {",
        "    Thread.sleep(1);",
        "    synchronized (guard) { return queue.take(); }",
        "  }",
        "  synchronized void notAsync() {}",
        "  @Async Future<String> offload(Executor executor, InputStream in) {",
        "    int n = await(executor.spawnBlocking(() -> {",
        "      try { Thread.sleep(1); return in.read(); } catch (Exception e) { throw new RuntimeException(e); }",
        "    }));",
        "    Runnable r = new Runnable() {",
        "      @Override public void run() { synchronized (guard) { guard.notifyAll(); } }",
        "    };",
        "    class Local { void pause() throws InterruptedException { Thread.sleep(1); } }",
        "    return completed(\"read \" + n);",
        "  }",
        "}")
        .doTest();
  }

  @Test
  void silentForInMemoryStreamsAndLookAlikes() {
    helper(
        "class Fetcher {",
        "  static final class Clock { static void sleep(long ms) {} void lock() {} void wait(String why) {} }",
        "  @Async Future<Integer> render(ByteArrayInputStream in, StringWriter out, Clock clock, ConcurrentLinkedQueue<String> q,",
        "      CompletableFuture<Integer> f, Lock lock) {",
        "    int b = in.read();",
        "    out.write(\"x\");",
        "    Clock.sleep(1);",
        "    clock.lock();",
        "    clock.wait(\"because\");",
        "    q.offer(\"y\");",
        "    f.complete(1);",
        "    boolean got = lock.tryLock();",
        "    lock.unlock();",
        "    guard().notifyAll();",
        "    System.out.println(b);",
        "    await(Time.sleep(Duration.ofMillis(1)));",
        "    return completed(b);",
        "  }",
        "  private Object guard() { return this; }",
        "}")
        .doTest();
  }

  @Test
  void suppressWarningsSilencesIt() {
    helper(
        "class Fetcher {",
        "  @SuppressWarnings(\"A0002\") @Async Future<Integer> a() throws Exception { Thread.sleep(1); return completed(1); }",
        "  @SuppressWarnings(\"async\") @Async Future<Integer> b() throws Exception { Thread.sleep(1); return completed(1); }",
        "  @SuppressWarnings(\"async:A0002\") @Async Future<Integer> c() throws Exception { Thread.sleep(1); return completed(1); }",
        "  @SuppressWarnings(\"A0001\") @Async Future<Integer> d() throws Exception {",
        "    // BUG: Diagnostic contains: `Thread.sleep`",
        "    Thread.sleep(1);",
        "    return completed(1);",
        "  }",
        "}")
        .doTest();
  }
}
