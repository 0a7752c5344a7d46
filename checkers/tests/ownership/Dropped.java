import dev.patina.ownership.*;
import java.util.function.Supplier;

// P1002: an owned @Linear value is made by an expression and never bound or consumed.

@Linear
class DropConn {
  int read() {
    return 0;
  }

  @Consume
  void close() {}
}

@Linear
class DropHolder {
  @Owned DropConn conn;

  DropHolder(@Owned DropConn conn) {
    this.conn = conn;
  }

  @BorrowedFrom("this")
  DropConn view() {
    return conn;
  }

  @Consume
  void close() {
    conn.close();
  }
}

class Dropped {
  static DropConn make() {
    return new DropConn();
  }

  static void give(@Owned DropConn c) {
    c.close();
  }

  static int peek(DropConn c) {
    return c.read();
  }

  // fires: [P1002] `new` as an expression statement
  void newStatement() {
    // :: error: [P1002]
    new DropConn();
  }

  // fires: [P1002] a call whose owned result is thrown away
  void callStatement() {
    // :: error: [P1002]
    make();
  }

  // fires: [P1002] the receiver of a call that is not @Consume
  int receiverOfBorrowingCall() {
    // :: error: [P1002]
    return make().read();
  }

  // fires: [P1002] an argument to a borrowing parameter
  int borrowingArgument() {
    // :: error: [P1002]
    return peek(new DropConn());
  }

  // fires: [P1002] an argument to an Object parameter, which only borrows
  void printed() {
    // :: error: [P1002]
    System.out.println(make());
  }

  // fires: [P1002] an operand of ==
  boolean comparedWithNull() {
    // :: error: [P1002]
    return make() == null;
  }

  // fires: [P1002] the body of a void expression lambda
  Runnable voidLambda() {
    // :: error: [P1002]
    return () -> new DropConn();
  }

  // fires: [P1002] a value made in one arm of ?: used as a borrowing receiver
  int ternaryReceiver(boolean b, DropConn c) {
    // :: error: [P1002]
    return (b ? new DropConn() : c).read();
  }

  // silent: [P1002] bound to a variable and consumed
  void boundAndClosed() {
    DropConn c = make();
    c.close();
  }

  // silent: [P1002] the receiver of a @Consume call is consumed
  void consumedReceiver() {
    make().close();
    new DropConn().close();
  }

  // silent: [P1002] an argument to an @Owned parameter moves there
  void ownedArgument() {
    give(make());
    give(new DropConn());
  }

  // silent: [P1002] returned to the caller
  DropConn returned() {
    return new DropConn();
  }

  // silent: [P1002] comparing variables makes nothing
  boolean compareVariables(DropConn a, DropConn b) {
    return a == b || a != null;
  }

  // silent: [P1002] a @BorrowedFrom result is a borrow, not a new value
  int viewReceiver(DropHolder h) {
    return h.view().read() + peek(h.view());
  }

  // silent: [P1002] a Supplier lambda returns its value to the caller
  Supplier<DropConn> supplier() {
    return () -> new DropConn();
  }

  // silent: [P1002] a void lambda whose body consumes what it makes
  Runnable consumingLambda() {
    return () -> make().close();
  }

  // silent: [P1002] a new holder takes ownership of a new value
  void nestedOwned() {
    new DropHolder(make()).close();
  }

  DropConn notOwning;

  // fires: [P1002] a new value stored in a field that does not own what it holds has no owner
  void intoNonOwningField() {
    // :: error: [P1002]
    notOwning = make();
  }

  // fires: [P1002] string concatenation only reads the value's text
  String concatenated() {
    // :: error: [P1002]
    return "conn: " + make();
  }

  // fires: [P1002] locking on a new value, then dropping it
  void lockedOn() {
    // :: error: [P1002]
    synchronized (make()) {
      System.out.println("locked");
    }
  }

  // fires: [P1003] an array initialiser takes the value out of the checker's sight
  Object[] inArray() {
    // :: warning: [P1003]
    return new Object[] {make()};
  }

  // silent: concatenating a borrowed value's text is fine
  String described(DropConn c) {
    return "conn: " + c;
  }
}
