package dev.patina.examples.async;

import static dev.patina.runtime.async.Await.await;
import static dev.patina.runtime.async.Await.completed;

import dev.patina.async.Async;
import dev.patina.runtime.future.Future;
import dev.patina.runtime.task.Yield;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntUnaryOperator;

/**
 * One {@code @Async} method per construct of the async spec. Every await here really suspends: the
 * awaited futures yield to the executor once before they are ready, so each resumption runs the
 * rewriter's save-and-restore path, on whichever worker picks the task up.
 */
final class Constructs {

  private final int base;
  final List<String> log = new ArrayList<>();

  Constructs(int base) {
    this.base = base;
  }

  /** {@code value}, after yielding to the executor once. */
  @Async
  static <T> Future<T> later(T value) {
    await(Yield.now());
    return completed(value);
  }

  /** A future that fails after yielding once. */
  @Async
  static Future<Integer> failing(String message) {
    await(Yield.now());
    if (!message.isEmpty()) {
      throw new IllegalStateException(message);
    }
    return completed(0);
  }

  @Async
  static Future<Integer> loops(int n) {
    int total = 0;
    for (int i = 0; i < n; i++) {
      total += await(later(i));
    }
    int j = 0;
    while (await(later(j)) < 3) {
      j++;
    }
    do {
      total += 100;
    } while (await(later(false)));
    for (int x : List.of(1, 2, 3)) {
      total += await(later(x * 1000));
    }
    return completed(total + j);
  }

  @Async
  static Future<String> branches(int x) {
    String kind;
    if (await(later(x)) < 0) {
      kind = "negative";
    } else if (x == 0) {
      kind = await(later("zero"));
    } else {
      kind = x % 2 == 0 ? await(later("even")) : "odd";
    }
    return completed(kind);
  }

  @Async
  static Future<String> switches(Object key, int code) {
    String a = switch (code) {
      case 1 -> await(later("one"));
      case 2 -> "two";
      default -> await(later("many"));
    };
    String b;
    switch (await(later(code % 2))) {
      case 0:
        b = "even";
        break;
      default:
        b = await(later("odd"));
    }
    String c = switch (key) {
      case String s when s.length() > 2 -> await(later("long " + s));
      case String s -> "short " + s;
      case Integer i -> await(later("int " + i));
      default -> "other";
    };
    return completed(a + "/" + b + "/" + c);
  }

  /** try/catch/finally with awaits in each part; {@code log} records the order. */
  @Async
  Future<Integer> tryCatchFinally(String failWith) {
    int result = base;
    try {
      log.add("try");
      result += await(failing(failWith));
      log.add("no failure");
    } catch (IllegalStateException e) {
      log.add("caught " + e.getMessage());
      result += await(later(10));
    } finally {
      log.add("finally");
      result += await(later(1));
    }
    try (Resource r = new Resource(log, "res")) {
      result += await(later(r.name().length()));
    }
    return completed(result);
  }

  /** A failure rethrown at its await, with no catch: the machine's future fails with it. */
  @Async
  static Future<Integer> rethrows(String message) {
    int before = await(later(1));
    int after = await(failing(message));
    return completed(before + after);
  }

  /** Awaits in arguments, conditions, nested expressions, constructor calls and string concatenation. */
  @Async
  static Future<String> expressions(int x) {
    int sum = Math.addExact(await(later(x)), await(later(2)));
    long wide = await(later(3L)) * await(later(4L)) + sum;
    double ratio = await(later(1.5)) / await(later(0.5));
    boolean both = await(later(true)) && (sum > 0 || await(later(false)));
    Map<String, Integer> map = new TreeMap<>(Map.of(await(later("k")), await(later(7))));
    List<String> parts = new ArrayList<>(List.of("p" + await(later(sum)), String.valueOf(await(later('c')))));
    int[] array = new int[await(later(3))];
    array[await(later(1))] = await(later(9));
    String text = "wide=" + wide + " ratio=" + ratio + " both=" + both + " map=" + map + " parts=" + parts
        + " array=" + array[1] + array.length + " cond=" + (await(later(x)) > 1 ? await(later("big")) : "small");
    return completed(text);
  }

  /** Nested async calls, and recursion. */
  @Async
  static Future<Long> fib(int n) {
    if (n < 2) {
      return completed((long) await(later(n)));
    }
    return completed(await(fib(n - 1)) + await(fib(n - 2)));
  }

  /** A generic method over a list: awaits each element's future, in order. */
  @Async
  static <T extends Comparable<T>> Future<T> maxOf(List<Future<T>> futures) {
    T best = null;
    for (Future<T> f : futures) {
      T value = await(f);
      if (best == null || value.compareTo(best) > 0) {
        best = value;
      }
    }
    return completed(best);
  }

  /** An instance method that reads a field and calls another instance method of the same object. */
  @Async
  Future<Integer> instance(int add) {
    int x = await(later(add)) + base;
    int y = await(doubled(x));
    return completed(y);
  }

  @Async
  Future<Integer> doubled(int x) {
    return completed(await(later(x)) * 2);
  }

  /** A lambda in the body (not awaiting): it runs as ordinary code. */
  @Async
  static Future<Integer> lambdas(int x) {
    IntUnaryOperator square = v -> v * v;
    int y = await(later(x));
    return completed(square.applyAsInt(y) + List.of(1, 2, 3).stream().mapToInt(v -> v * y).sum());
  }

  /** Returns another future as its own result: the machine awaits it in place of the body. */
  @Async
  static Future<Integer> tail(int x) {
    int y = await(later(x));
    return later(y + 1);
  }

  /** An async default method of an interface, rewritten in the interface's own class file. */
  interface Greeter {
    String name();

    @Async
    default Future<String> greet(String greeting) {
      String who = await(later(name()));
      return completed(greeting + ", " + who);
    }
  }

  /** A record implementing it, with an async method of its own that calls the default one. */
  record Person(String name) implements Greeter {
    @Async
    Future<String> greetTwice() {
      return completed(await(greet("hello")) + " / " + await(greet("bye")));
    }
  }

  /** An inner (non-static) class: its machine keeps the enclosing instance alive through {@code this}. */
  final class Counter {
    private int count;

    @Async
    Future<Integer> addAll(List<Integer> values) {
      for (int v : values) {
        count += await(later(v)) + base;
      }
      return completed(count);
    }
  }

  /** An enum constant's async method, with an anonymous class and a local record in the body. */
  enum Op {
    ADD;

    @Async
    Future<Integer> apply(int a, int b) {
      record Pair(int x, int y) {}
      Pair p = new Pair(await(later(a)), await(later(b)));
      Comparable<Integer> boxed = new Comparable<>() {
        @Override
        public int compareTo(Integer o) {
          return Integer.compare(p.x(), o);
        }
      };
      int order = await(later(boxed.compareTo(p.y())));
      return completed(p.x() + p.y() + order);
    }
  }

  /** A resource closed by try-with-resources; logs its closing. */
  record Resource(List<String> log, String name) implements AutoCloseable {
    @Override
    public void close() {
      log.add("closed " + name);
    }
  }
}
