import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

// silent: plain Java with no Patina types at all pays nothing and sees nothing, whatever it does
// with values (dropping, aliasing, closing twice, storing as Object).

sealed interface PjShape permits PjCircle, PjSquare, PjGroup {}

record PjCircle(double r) implements PjShape {}

record PjSquare(double side) implements PjShape {}

record PjGroup(List<PjShape> members) implements PjShape {}

class PjResource implements AutoCloseable {
  private boolean open = true;

  int read() {
    return open ? 1 : -1;
  }

  @Override
  public void close() {
    open = false;
  }
}

class PjBox<T extends Comparable<T>> {
  private final List<T> items = new ArrayList<>();

  void add(T t) {
    items.add(t);
  }

  Optional<T> max() {
    return items.stream().max(Comparable::compareTo);
  }

  <R> List<R> map(Function<? super T, ? extends R> f) {
    List<R> out = new ArrayList<>();
    for (T t : items) {
      out.add(f.apply(t));
    }
    return out;
  }
}

class PlainJava {
  static double area(PjShape s) {
    return switch (s) {
      case PjCircle c when c.r() == 0 -> 0;
      case PjCircle c -> Math.PI * c.r() * c.r();
      case PjSquare(double side) -> side * side;
      case PjGroup g -> g.members().stream().mapToDouble(PlainJava::area).sum();
    };
  }

  static String describe(Object o) {
    if (o instanceof PjCircle(double r) && r > 1) {
      return "big circle";
    }
    return switch (o) {
      case null -> "null";
      case String str -> "string " + str.length();
      case Integer i when i > 10 -> "big int";
      case Integer i -> "int";
      default -> o.toString();
    };
  }

  int resources() throws IOException {
    int total = 0;
    try (PjResource a = new PjResource(); PjResource b = new PjResource()) {
      total += a.read() + b.read();
    }
    try (InputStream in = new ByteArrayInputStream(new byte[] {1, 2, 3});
        StringReader r = new StringReader("xyz")) {
      total += in.read() + r.read();
    } catch (IOException e) {
      total = -1;
    } finally {
      total++;
    }
    PjResource dropped = new PjResource();
    new PjResource();
    PjResource twice = new PjResource();
    twice.close();
    twice.close();
    Object o = new PjResource();
    return total + o.hashCode() + dropped.read();
  }

  Map<Integer, List<String>> collections(List<String> words) {
    List<String> copy = new ArrayList<>(words);
    copy.add("extra");
    Deque<String> stack = new ArrayDeque<>();
    for (String w : copy) {
      if (w.isEmpty()) {
        continue;
      }
      stack.push(w);
      if (stack.size() > 100) {
        break;
      }
    }
    Map<String, Integer> counts = new HashMap<>();
    words.forEach(w -> counts.merge(w, 1, Integer::sum));
    counts.put("x", Objects.requireNonNull(counts.get("x"), "never"));
    Optional<String> first = Optional.of(copy.get(0));
    first.ifPresent(System.out::println);
    return words.stream()
        .filter(w -> !w.isBlank())
        .map(String::trim)
        .collect(Collectors.groupingBy(String::length));
  }

  int lambdasAndGenerics() {
    PjBox<String> box = new PjBox<>();
    box.add("a");
    box.add("b");
    Supplier<PjResource> make = PjResource::new;
    Runnable r = () -> make.get();
    r.run();
    Function<String, Integer> len = String::length;
    int sum = IntStream.range(0, 10).map(i -> i * 2).filter(i -> i % 3 == 0).sum();
    List<Integer> lens = box.map(len);
    CompletableFuture<Integer> f = CompletableFuture.supplyAsync(() -> 42);
    return sum + lens.size() + box.max().map(String::length).orElse(0) + f.join();
  }

  int loopsAndSwitches(int k, String s) {
    int acc = 0;
    outer:
    for (int i = 0; i < k; i++) {
      int j = 0;
      while (j < i) {
        j++;
        if (j == 7) {
          continue outer;
        }
        if (j == 9) {
          break outer;
        }
      }
      do {
        acc += j;
      } while (acc < 0);
      switch (i % 3) {
        case 0:
          acc++;
        case 1:
          acc += 2;
          break;
        default:
          acc--;
      }
    }
    int v = switch (s) {
      case "a", "b" -> 1;
      case "c" -> {
        int t = acc * 2;
        yield t;
      }
      default -> {
        if (acc > 3) {
          yield 3;
        }
        yield acc;
      }
    };
    return acc + v + (s == null ? 0 : s.length());
  }

  void exceptions(boolean b) throws IOException {
    try {
      if (b) {
        throw new IOException("checked");
      }
      Object o = (Object) "cast";
      String str = (String) o;
      System.out.println(str);
    } catch (IllegalStateException | IOException e) {
      throw new IOException(e);
    } finally {
      System.out.println("done");
    }
  }
}
