package golden.nested;

import dev.patina.derive.Reflect;

/** Nested types: a static nested class and an inner class, both reflected. */
public class Library {
  final String city;

  public Library(String city) {
    this.city = city;
  }

  /** A static nested class. */
  @Reflect
  public static class Book {
    public String title;
    int pages;

    public Book(String title, int pages) {
      this.title = title;
      this.pages = pages;
    }

    public boolean isLong() {
      return pages > 500;
    }
  }

  /** An inner class: it needs a Library to be built, so the table cannot construct it. */
  @Reflect
  public class Shelf {
    public int number;

    public Shelf(int number) {
      this.number = number;
    }

    public String where() {
      return city + " #" + number;
    }
  }
}
