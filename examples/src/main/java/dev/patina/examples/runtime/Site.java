package dev.patina.examples.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A made-up web site for the crawler: {@code pages} pages, each with a few links to other pages
 * and a paragraph of words, all derived from a seed, so every run crawls the same site. Fetching a
 * page blocks for a simulated network delay, like a blocking HTTP client would.
 */
public final class Site {

  private static final String[] WORDS = {
    "async", "await", "borrow", "channel", "deque", "executor", "future", "join", "lifetime",
    "mutex", "owner", "poll", "reactor", "select", "spawn", "steal", "task", "timer", "waker", "yield",
  };

  /** One fetched page: its links and its text. */
  public record Page(int id, List<Integer> links, String text) {}

  private final int pages;
  private final long seed;
  private final long delayMicros;

  /** A site of {@code pages} pages whose fetches take {@code delayMicros} each. */
  public Site(int pages, long seed, long delayMicros) {
    this.pages = pages;
    this.seed = seed;
    this.delayMicros = delayMicros;
  }

  /** The number of pages. */
  public int size() {
    return pages;
  }

  /** Fetches page {@code id}: blocks for the simulated delay, then returns the page. */
  public Page fetch(int id) {
    LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(delayMicros));
    return page(id);
  }

  /** Page {@code id} without the delay (what a test compares the crawl with). */
  public Page page(int id) {
    SplittableRandom r = new SplittableRandom(seed * 31 + id);
    List<Integer> links = new ArrayList<>();
    int n = 1 + r.nextInt(4);
    for (int i = 0; i < n; i++) {
      links.add(r.nextInt(pages));
    }
    StringBuilder text = new StringBuilder();
    int words = 5 + r.nextInt(20);
    for (int i = 0; i < words; i++) {
      text.append(i == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
    }
    return new Page(id, List.copyOf(links), text.toString());
  }
}
