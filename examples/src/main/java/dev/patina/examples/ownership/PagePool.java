package dev.patina.examples.ownership;

/**
 * Lends out fixed-size {@link Page}s and counts how many are out, so that a leak shows up as a
 * number that never goes back to zero. The ownership checker makes that number a compile-time fact.
 */
public final class PagePool {

  private final int pageSize;
  private int outstanding;
  private long bytesLent;

  public PagePool(int pageSize) {
    this.pageSize = pageSize;
  }

  /** A fresh page; the caller owns it and must release it. */
  public Page acquire() {
    outstanding++;
    bytesLent += pageSize;
    return new Page(this, pageSize);
  }

  /** How many pages are out and not yet released. */
  public int outstanding() {
    return outstanding;
  }

  /** How many bytes the pool has lent out in total. */
  public long bytesLent() {
    return bytesLent;
  }

  void returned(int size) {
    outstanding--;
  }
}
