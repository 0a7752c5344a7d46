package dev.patina.checkers.async;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

/** A0001: a future made and dropped. */
class DroppedFutureTest {

  private CompilationTestHelper helper(String... lines) {
    return RuntimeApi.with(CompilationTestHelper.newInstance(DroppedFuture.class, getClass()), "Client.java", lines);
  }

  @Test
  void anAsyncCallWhoseFutureIsDroppedFires() {
    helper(
        "class Client {",
        "  @Async Future<String> fetch(String url) { return completed(url); }",
        "  @Async Future<Integer> both() {",
        "    // BUG: Diagnostic contains: `@Async` method `fetch` is called and its future dropped: its body never runs",
        "    fetch(\"a\");",
        "    return completed(1);",
        "  }",
        "  void outside() {",
        "    // BUG: Diagnostic contains: help: spawn it as a task (`executor.spawn(this.fetch(\"b\"))`)",
        "    this.fetch(\"b\");",
        "  }",
        "}")
        .doTest();
  }

  @Test
  void anyCallOrNewThatMakesAFutureFires() {
    helper(
        "class Client {",
        "  static final class Pause implements Future<Void> { public Object poll(Object cx) { return null; } }",
        "  interface Sender<T> { Future<Void> send(T value); }",
        "  @Async Future<Void> run(Sender<String> tx) {",
        "    // BUG: Diagnostic contains: future returned by `send` is dropped without being awaited",
        "    tx.send(\"hello\");",
        "    // BUG: Diagnostic contains: help: await it: `await(Time.sleep(Duration.ofMillis(5)))`",
        "    Time.sleep(Duration.ofMillis(5));",
        "    // BUG: Diagnostic contains: future returned by `new Pause` is dropped",
        "    new Pause();",
        "    // BUG: Diagnostic contains: note: a future is lazy",
        "    completed(3);",
        "    return completed(null);",
        "  }",
        "}")
        .doTest();
  }

  @Test
  void aDroppedJoinHandleFiresWithItsOwnHelp() {
    helper(
        "class Client {",
        "  void start(Executor executor, Future<String> work) {",
        "    // BUG: Diagnostic contains: `JoinHandle` returned by `spawn` is dropped: the task's result and failure are lost",
        "    executor.spawn(work);",
        "    // BUG: Diagnostic contains: help: call `.detach()` on it",
        "    executor.spawnBlocking(() -> \"done\");",
        "  }",
        "}")
        .doTest();
  }

  @Test
  void lambdasAndMethodReferencesWhoseValueGoesNowhereFire() {
    helper(
        "class Client {",
        "  @Async Future<String> fetch(String url) { return completed(url); }",
        "  Runnable later() {",
        "    // BUG: Diagnostic contains: `@Async` method `fetch` is called and its future dropped",
        "    return () -> fetch(\"a\");",
        "  }",
        "  Consumer<String> each() {",
        "    // BUG: Diagnostic contains: `@Async` method `Client::fetch` is called and its future dropped",
        "    return this::fetch;",
        "  }",
        "}")
        .doTest();
  }

  @Test
  void silentWhenTheFutureIsAwaitedKeptReturnedOrPassedOn() {
    helper(
        "class Client {",
        "  @Async Future<String> fetch(String url) { return completed(url); }",
        "  @Async Future<Integer> both(Executor executor) {",
        "    String a = await(fetch(\"a\"));",
        "    Future<String> b = fetch(\"b\");",
        "    executor.spawn(fetch(\"c\")).detach();",
        "    JoinHandle<String> d = executor.spawn(fetch(\"d\"));",
        "    await(d);",
        "    java.util.Objects.requireNonNull(b, \"checked, not made\");",
        "    new java.util.ArrayDeque<Future<String>>().poll();",
        "    return completed(a.length() + await(b).length());",
        "  }",
        "  Future<String> relay() { return fetch(\"e\"); }",
        "  Supplier<Future<String>> supplier() { return () -> fetch(\"f\"); }",
        "  Function<String, Future<String>> function() { return this::fetch; }",
        "  interface ThrowingCallable { void call() throws Throwable; }",
        "  static void assertThatThrownBy(ThrowingCallable call) {}",
        "  void rejected(Executor executor) { assertThatThrownBy(() -> executor.spawn(fetch(\"g\"))); }",
        "}")
        .doTest();
  }

  @Test
  void silentForValuesThatAreNotRuntimeFutures() {
    helper(
        "import java.util.concurrent.CompletableFuture;",
        "class Client {",
        "  static final class Future<T> { Future<T> self() { return this; } }",
        "  interface Queue { boolean offer(String s); }",
        "  @Async void notAFuture() {}",
        "  void use(Queue q, Future<String> mine, StringBuilder sb) {",
        "    q.offer(\"x\");",
        "    mine.self();",
        "    sb.append(\"y\");",
        "    CompletableFuture.supplyAsync(() -> 1);",
        "    notAFuture();",
        "  }",
        "}")
        .doTest();
  }

  @Test
  void suppressWarningsSilencesIt() {
    helper(
        "class Client {",
        "  @Async Future<String> fetch(String url) { return completed(url); }",
        "  @SuppressWarnings(\"A0001\") void a() { fetch(\"a\"); }",
        "  @SuppressWarnings(\"async\") void b() { fetch(\"b\"); }",
        "  @SuppressWarnings(\"async:A0001\") void c() { fetch(\"c\"); }",
        "  @SuppressWarnings(\"A0002\") void d() {",
        "    // BUG: Diagnostic contains: `@Async` method `fetch`",
        "    fetch(\"d\");",
        "  }",
        "}")
        .doTest();
  }
}
