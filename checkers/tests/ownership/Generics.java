import dev.patina.ownership.*;
import java.util.List;
import java.util.Objects;

// Generics: a parameter of a type variable borrows; generic code that declares @Owned T takes
// ownership; elements taken out of a collection (get, iteration) are owned by the taker.

@Linear
class GenPage {
  int read() {
    return 0;
  }

  @Consume
  void close() {}
}

class Generics {
  static <T> void show(T t) {
    System.out.println(t);
  }

  static <T extends GenPage> int length(T t) {
    return t.read();
  }

  static <T> void sink(@Owned T t) {}

  static <T> T identity(@Owned T t) {
    return t;
  }

  // silent: a generic method taking T only borrows its argument
  void genericBorrows() {
    GenPage p = new GenPage();
    show(p);
    length(p);
    p.close();
  }

  // silent: Objects.requireNonNull borrows its argument (the spec names this case)
  void requireNonNullBorrows() {
    GenPage p = new GenPage();
    Objects.requireNonNull(p);
    p.close();
  }

  // fires: [P0382] generic code that declares @Owned T takes the value
  void ownedTMoves() {
    GenPage p = new GenPage();
    sink(p);
    // :: error: [P0382]
    p.read();
  }

  // silent: an @Owned T identity function hands the value back to a new owner
  void identityHandsBack() {
    GenPage p = new GenPage();
    GenPage q = identity(p);
    q.close();
  }

  // fires: [P0382] List<GenPage>.add moves (JDK stub)
  void listAddMoves(List<GenPage> pages) {
    GenPage p = new GenPage();
    pages.add(p);
    // :: error: [P0382]
    p.read();
  }

  // silent: list.get(i) gives the taker an owned value, which it consumes
  void getIsOwned(List<GenPage> pages) {
    GenPage p = pages.get(0);
    p.close();
  }

  // fires: [P1001] the taker of list.get(i) owns it and must consume it
  void getLeaks(List<GenPage> pages) {
    // :: error: [P1001]
    GenPage p = pages.get(0);
    p.read();
  }

  // silent: iteration hands each element to the loop variable, which consumes it
  void iterateAndClose(List<GenPage> pages) {
    for (GenPage p : pages) {
      p.close();
    }
  }

  // fires: [P1001] an element taken by iteration is owned by the loop variable
  void iterateAndLeak(List<GenPage> pages) {
    // :: error: [P1001]
    for (GenPage p : pages) {
      p.read();
    }
  }

  // fires: [P0507] a borrowed element may not be moved into a collection
  void addBorrowed(List<GenPage> pages, GenPage p) {
    // :: error: [P0507]
    pages.add(p);
  }

  // silent: a list taking new values and giving each one back to an owner
  void roundTrip(List<GenPage> pages) {
    pages.add(new GenPage());
    GenPage first = pages.remove(0);
    first.close();
  }
}
