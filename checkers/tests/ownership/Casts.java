import dev.patina.ownership.*;

// Casts keep ownership; a conversion to an untracked type is a P1003 warning.

@Linear
class CastBase {
  int read() {
    return 0;
  }

  @Consume
  void close() {}
}

class CastSub extends CastBase {}

class Casts {
  static void give(@Owned CastBase c) {
    c.close();
  }

  static int peek(CastBase c) {
    return c.read();
  }

  // silent: an upcast moves ownership to the cast's target, which consumes it
  void upcast() {
    CastSub s = new CastSub();
    CastBase b = (CastBase) s;
    b.close();
  }

  // fires: [P0382] the cast moved the value into b
  void useAfterCastMove() {
    CastSub s = new CastSub();
    CastBase b = (CastBase) s;
    // :: error: [P0382]
    s.read();
    b.close();
  }

  // silent: a downcast of an owned parameter, consumed through the subtype
  void downcast(@Owned CastBase b) {
    CastSub s = (CastSub) b;
    s.close();
  }

  // fires: [P1001] the downcast's target owns the value and leaks it
  void downcastLeaks(@Owned CastBase b) {
    // :: error: [P1001]
    CastSub s = (CastSub) b;
    s.read();
  }

  // fires: [P1003] a cast to Object stops tracking
  void castToObject() {
    CastBase b = new CastBase();
    // :: warning: [P1003]
    Object o = (Object) b;
  }

  // silent: a cast in a borrowing position is still a borrow
  void castBorrow() {
    CastSub s = new CastSub();
    peek((CastBase) s);
    s.close();
  }

  // fires: [P1002] a cast of a new value passed to a borrowing parameter
  int castDrop() {
    // :: error: [P1002]
    return peek((CastBase) new CastSub());
  }

  // fires: [P0507] a cast of a borrowed parameter moved into an owner
  void castBorrowedMoved(CastBase b) {
    // :: error: [P0507]
    give((CastSub) b);
  }

  // fires: [P0507] an Object parameter only borrows its argument (the spec's rule for untracked
  // parameters), so what a cast gets out of it is a borrow too: consuming it would consume the
  // caller's value behind its back
  void fromObject(Object o) {
    CastBase b = (CastBase) o;
    // :: error: [P0507]
    b.close();
  }

  // fires: [P0507] consuming straight through a cast of an Object parameter
  void fromObjectInline(Object o) {
    // :: error: [P0507]
    ((CastBase) o).close();
  }

  // silent: reading through a cast of an untracked parameter is fine
  int fromObjectRead(Object o) {
    CastBase b = (CastBase) o;
    return b.hashCode();
  }

  // silent: a cast in a returned position hands ownership to the caller
  CastBase returnedCast() {
    CastSub s = new CastSub();
    return (CastBase) s;
  }
}
