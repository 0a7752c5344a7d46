import dev.patina.ownership.*;

@Linear
class Conn implements AutoCloseable {
  int read() {
    return 0;
  }

  @Consume
  public void close() {}
}

class TryWithResources {
  static void give(@Owned Conn c) {
    c.close();
  }

  // silent: the try statement closes the resource on every path
  int closedByTry() {
    try (Conn c = new Conn()) {
      return c.read();
    }
  }

  // fires: the try statement owns the resource, the body only borrows it
  void movedOutOfTry() {
    try (Conn c = new Conn()) {
      // :: error: [P0507]
      give(c);
    }
  }

  // silent: the Java 9 form names an existing variable; the statement closes it
  int existingVariable() {
    Conn c = new Conn();
    try (c) {
      return c.read();
    }
  }

  // fires: [P0507] the statement owns the named variable's value now; the body only borrows it
  void existingVariableClosedTwice() {
    Conn c = new Conn();
    try (c) {
      // :: error: [P0507]
      c.close();
    }
  }
}
