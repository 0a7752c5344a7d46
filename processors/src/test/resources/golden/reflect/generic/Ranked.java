package golden.generic;

import dev.patina.derive.Reflect;
import java.util.List;
import java.util.function.Function;

/** A scored item: type parameters with class and intersection bounds, a generic method. */
@Reflect
public final class Ranked<T extends CharSequence, N extends Number & Comparable<N>> {
  public T item;
  public N score;

  public Ranked(T item, N score) {
    this.item = item;
    this.score = score;
  }

  public boolean beats(Ranked<?, N> other) {
    return score.compareTo(other.score) > 0;
  }

  public <R> R map(Function<? super T, ? extends R> f) {
    return f.apply(item);
  }

  public static <E extends CharSequence> List<E> items(List<Ranked<E, ?>> all) {
    return all.stream().map(r -> r.item).toList();
  }
}
