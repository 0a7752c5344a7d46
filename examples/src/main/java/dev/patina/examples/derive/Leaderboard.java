package dev.patina.examples.derive;

import dev.patina.derive.Reflect;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** The best entries of a contest, kept sorted and capped: a generic class with a bounded type parameter. */
@Reflect
public final class Leaderboard<E extends Comparable<? super E>> {
  public final int capacity;
  private final List<E> entries = new ArrayList<>();

  public Leaderboard(int capacity) {
    this.capacity = capacity;
  }

  /** Adds {@code entry}, dropping the lowest one if the board is full; true if it stayed on the board. */
  public boolean offer(E entry) {
    entries.add(entry);
    entries.sort(Collections.reverseOrder());
    if (entries.size() > capacity) {
      return entries.removeLast() != entry;
    }
    return true;
  }

  public Optional<E> leader() {
    return entries.isEmpty() ? Optional.empty() : Optional.of(entries.getFirst());
  }

  public List<E> entries() {
    return List.copyOf(entries);
  }
}
