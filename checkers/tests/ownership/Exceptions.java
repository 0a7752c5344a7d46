import dev.patina.ownership.*;
import java.io.IOException;

// try/catch/finally, checked exceptions declared by callees, throw statements. Unchecked
// exceptions that a call does not declare and that leave the method uncaught are not leak paths;
// a catch block inside the method is a real path.

@Linear
class ExConn implements AutoCloseable {
  int read() {
    return 0;
  }

  int io() throws IOException {
    return 0;
  }

  @Consume
  void commit() throws IOException {}

  @Consume
  public void close() {}
}

class Exceptions {
  static void give(@Owned ExConn c) {
    c.close();
  }

  static void giveOrFail(@Owned ExConn c) throws IOException {
    c.commit();
  }

  static void mayFail() throws IOException {}

  static void unchecked() {}

  // fires: [P1001] a checked exception declared by a callee leaves the method with c owned
  void checkedLeak() throws IOException {
    // :: error: [P1001]
    ExConn c = new ExConn();
    mayFail();
    c.close();
  }

  // silent: finally consumes on the normal and the exceptional path
  void checkedFinally() throws IOException {
    ExConn c = new ExConn();
    try {
      mayFail();
    } finally {
      c.close();
    }
  }

  // silent: the catch block consumes before rethrowing
  void checkedCatch() throws IOException {
    ExConn c = new ExConn();
    try {
      mayFail();
    } catch (IOException e) {
      c.close();
      throw e;
    }
    c.close();
  }

  // fires: [P1001] a throw statement leaves with c owned (unchecked or not)
  void throwLeaks(boolean bad) {
    // :: error: [P1001]
    ExConn c = new ExConn();
    if (bad) {
      throw new IllegalStateException("bad");
    }
    c.close();
  }

  // silent: consumed before throwing
  void throwAfterClose(boolean bad) {
    ExConn c = new ExConn();
    if (bad) {
      c.close();
      throw new IllegalStateException("bad");
    }
    give(c);
  }

  // silent: an undeclared unchecked exception leaving the method is not a leak path
  void uncheckedNotAPath() {
    ExConn c = new ExConn();
    unchecked();
    c.read();
    c.close();
  }

  // silent: a failing assert throws AssertionError, an unchecked exception that leaves the method
  // uncaught: not a leak path (like a Rust panic)
  void assertNotAPath() {
    ExConn c = new ExConn();
    assert c.read() >= 0 : "negative";
    c.close();
  }

  // fires: [P1001] a catch block inside the method is a real path, even for unchecked exceptions
  void caughtUnchecked() {
    // :: error: [P1001]
    ExConn c = new ExConn();
    try {
      unchecked();
      c.close();
    } catch (RuntimeException e) {
      System.err.println(e);
    }
  }

  // silent: the catch block consumes too
  void caughtUncheckedClosed() {
    ExConn c = new ExConn();
    try {
      unchecked();
    } catch (RuntimeException e) {
      c.close();
      return;
    }
    c.close();
  }

  // silent: a callee taking ownership owns the value even when it throws
  void movedIntoThrowingCallee() throws IOException {
    ExConn c = new ExConn();
    giveOrFail(c);
  }

  // silent: a @Consume method that throws has consumed its receiver
  void consumeThatThrows() throws IOException {
    ExConn c = new ExConn();
    c.commit();
  }

  // fires: [P1001] an @Owned parameter, and a borrowing call that throws a checked exception
  // :: error: [P1001]
  void ownedParamLeaksOnThrow(@Owned ExConn c) throws IOException {
    c.io();
    c.close();
  }

  // fires: [P0382] finally consumes what the try body already moved
  void finallyAfterMove() {
    ExConn c = new ExConn();
    try {
      give(c);
    } finally {
      // :: error: [P0382]
      c.close();
    }
  }

  // fires: [P0382] the catch block consumes a value that the try body may already have consumed
  void catchAfterCommit() {
    ExConn c = new ExConn();
    try {
      c.commit();
    } catch (IOException e) {
      // :: error: [P0382]
      c.close();
    }
  }

  // silent: try-with-resources closes c on every path, including the checked exception
  int resourceWithCheckedBody() throws IOException {
    try (ExConn c = new ExConn()) {
      mayFail();
      return c.io();
    }
  }

  // silent: try-with-resources with a catch and a finally around a borrowed resource
  int resourceWithCatch() {
    try (ExConn c = new ExConn()) {
      return c.io();
    } catch (IOException e) {
      return -1;
    } finally {
      unchecked();
    }
  }

  // fires: [P0507] the try statement owns the resource; the body may not consume it
  void resourceConsumedInBody() {
    try (ExConn c = new ExConn()) {
      // :: error: [P0507]
      c.close();
    }
  }

  // silent: a nested try in a catch block, every path consumes
  void nestedTry(boolean b) throws IOException {
    ExConn c = new ExConn();
    try {
      c.io();
    } catch (IOException e) {
      try {
        c.commit();
        return;
      } catch (IOException inner) {
        throw inner;
      }
    }
    c.close();
  }

  // silent: a finally block that closes and returns runs once on each way out of the try; the
  // graph has a copy of it per way out, but none runs after another
  int closeAndReturnInFinally() {
    ExConn c = new ExConn();
    try {
      mayFail();
    } catch (IOException e) {
      System.err.println(e);
    } finally {
      c.close();
      return 0;
    }
  }
}
