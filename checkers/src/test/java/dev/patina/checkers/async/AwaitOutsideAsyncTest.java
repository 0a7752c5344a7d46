package dev.patina.checkers.async;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

/** A0003: {@code await} outside an {@code @Async} method's own body. */
class AwaitOutsideAsyncTest {

  private CompilationTestHelper helper(String... lines) {
    return RuntimeApi.with(CompilationTestHelper.newInstance(AwaitOutsideAsync.class, getClass()), "Orders.java", lines);
  }

  @Test
  void awaitInAMethodThatIsNotAsyncFires() {
    helper(
        "class Orders {",
        "  String total(Future<String> price) {",
        "    // BUG: Diagnostic contains: `await` outside an `@Async` method: `total` is not `@Async`",
        "    return await(price);",
        "  }",
        "  static int count(Future<Integer> n) {",
        "    // BUG: Diagnostic contains: help: mark `count` `@Async` and make it return a `Future`",
        "    return dev.patina.runtime.async.Await.await(n) + 1;",
        "  }",
        "}")
        .doTest();
  }

  @Test
  void awaitInConstructorsAndInitialisersFires() {
    helper(
        "class Orders {",
        "  // BUG: Diagnostic contains: `await` outside an `@Async` method: an initialiser of class `Orders` is not `@Async`",
        "  final String first = await(completed(\"a\"));",
        "  final String second;",
        "  Orders(Future<String> f) {",
        "    // BUG: Diagnostic contains: help: move the `await` into an `@Async` method",
        "    second = await(f);",
        "  }",
        "}")
        .doTest();
  }

  @Test
  void awaitInALambdaOrALocalClassInsideAnAsyncMethodFires() {
    helper(
        "import java.util.List;",
        "class Orders {",
        "  @Async Future<Integer> sum(List<Future<Integer>> parts) {",
        "    // BUG: Diagnostic contains: `await` inside a lambda in `@Async` method `sum`",
        "    int total = parts.stream().mapToInt(p -> await(p)).sum();",
        "    Supplier<Integer> first = new Supplier<>() {",
        "      // BUG: Diagnostic contains: `await` inside a local or anonymous class in `@Async` method `sum`",
        "      @Override public Integer get() { return await(parts.get(0)); }",
        "    };",
        "    // BUG: Diagnostic contains: `Await::await` as a method reference in `@Async` method `sum`",
        "    int again = parts.stream().map(dev.patina.runtime.async.Await::await).mapToInt(i -> i).sum();",
        "    return completed(total + again + first.get());",
        "  }",
        "  Runnable later(Future<String> f) {",
        "    // BUG: Diagnostic contains: help: make the lambda's work an `@Async` method",
        "    return () -> await(f);",
        "  }",
        "}")
        .doTest();
  }

  @Test
  void silentInTheBodyOfAnAsyncMethod() {
    helper(
        "class Orders {",
        "  @Async Future<Integer> sum(Future<Integer> a, Future<Integer> b, boolean twice) {",
        "    int x = await(a);",
        "    if (twice) { x += await(b); }",
        "    for (int i = 0; i < x; i++) { x -= await(completed(1)); }",
        "    try { x += await(b); } finally { x++; }",
        "    return completed(x + dev.patina.runtime.async.Await.await(b));",
        "  }",
        "  @Async static <T> Future<T> relay(Future<T> f) { return completed(await(f)); }",
        "  Supplier<Future<Integer>> nested() {",
        "    return () -> new Object() {",
        "      @Async Future<Integer> inner(Future<Integer> f) { return completed(await(f)); }",
        "    }.inner(completed(1));",
        "  }",
        "}")
        .doTest();
  }

  @Test
  void silentForOtherMethodsNamedAwait() {
    helper(
        "import java.util.concurrent.CountDownLatch;",
        "class Orders {",
        "  static <T> T await(java.util.concurrent.CompletableFuture<T> f) { return f.join(); }",
        "  int wait(CountDownLatch latch, java.util.concurrent.CompletableFuture<Integer> f) throws InterruptedException {",
        "    latch.await();",
        "    return Orders.await(f);",
        "  }",
        "}")
        .doTest();
  }

  @Test
  void suppressWarningsSilencesIt() {
    helper(
        "class Orders {",
        "  @SuppressWarnings(\"A0003\") String a(Future<String> f) { return await(f); }",
        "  @SuppressWarnings(\"async\") String b(Future<String> f) { return await(f); }",
        "  @SuppressWarnings(\"async:A0003\") String c(Future<String> f) { return await(f); }",
        "  @SuppressWarnings(\"A0001\") String d(Future<String> f) {",
        "    // BUG: Diagnostic contains: `await` outside an `@Async` method",
        "    return await(f);",
        "  }",
        "}")
        .doTest();
  }
}
