package dev.patina.examples.ownership;

import dev.patina.ownership.Owned;

/**
 * The report program of {@code examples/src/main/java/dev/patina/examples/ownership} with four
 * ownership bugs, each of which a Rust compiler would reject too. It must not compile. It replaces
 * the fixed {@code Report.java} and uses the fixed program's {@code Page} and {@code PagePool}.
 */
public final class Report {

  private Report() {}

  public static void main(String[] args) {
    PagePool pool = new PagePool(256);

    Page header = pool.acquire();
    header.write("Patina ownership report");
    preview(header);
    publish(header);
    header.write("(end of report)");

    Page body = pool.acquire();
    if (args.length > 0) {
      body.write("notes: " + String.join(" ", args));
      publish(body);
    }

    pool.acquire().write("draft, not published");

    System.out.println("pages still out: " + pool.outstanding() + " of " + pool.bytesLent() / 256 + " lent");
  }

  /** Shows a page without taking it: the parameter borrows... */
  static void preview(Page page) {
    System.out.println("preview: " + page.text().strip());
    page.release();
  }

  /** Prints a page and releases it: the parameter takes ownership. */
  static void publish(@Owned Page page) {
    System.out.print(page.text());
    page.release();
  }
}
