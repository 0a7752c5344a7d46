package dev.patina.examples.ownership;

import dev.patina.ownership.Owned;

/**
 * Builds a small report in pooled pages and prints it. Every page is released exactly once, so the
 * pool ends with nothing outstanding. {@code examples/compile-fail/ownership/demo} holds the same
 * program with four ownership bugs, which {@code ./patina demo} shows the checker catching.
 */
public final class Report {

  private Report() {}

  public static void main(String[] args) {
    PagePool pool = new PagePool(256);

    Page header = pool.acquire();
    header.write("Patina ownership report");
    preview(header);
    publish(header);

    Page body = pool.acquire();
    if (args.length > 0) {
      body.write("notes: " + String.join(" ", args));
    } else {
      body.write("notes: none");
    }
    publish(body);

    Page draft = pool.acquire();
    draft.write("draft, not published");
    draft.release();

    System.out.println("pages still out: " + pool.outstanding() + " of " + pool.bytesLent() / 256 + " lent");
  }

  /** Shows a page without taking it: the parameter borrows. */
  static void preview(Page page) {
    System.out.println("preview: " + page.text().strip());
  }

  /** Prints a page and releases it: the parameter takes ownership. */
  static void publish(@Owned Page page) {
    System.out.print(page.text());
    page.release();
  }
}
