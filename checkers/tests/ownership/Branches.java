import dev.patina.ownership.*;

// if/else chains and ternaries: moves happen on the path where they happen.

@Linear
class BrConn {
  int read() {
    return 0;
  }

  @Consume
  void close() {}
}

class Branches {
  static void give(@Owned BrConn c) {
    c.close();
  }

  static BrConn make() {
    return new BrConn();
  }

  // silent: every branch of an else-if chain consumes
  void chainAllConsume(int k) {
    BrConn c = new BrConn();
    if (k == 0) {
      c.close();
    } else if (k == 1) {
      give(c);
    } else {
      c.read();
      c.close();
    }
  }

  // fires: [P1001] an else-if chain without a final else
  void chainWithoutElse(int k) {
    // :: error: [P1001]
    BrConn c = new BrConn();
    if (k == 0) {
      c.close();
    } else if (k == 1) {
      give(c);
    }
  }

  // fires: [P0382] the ternary moves a only when flag holds; a is used afterwards
  void ternaryMoves(boolean flag, @Owned BrConn a) {
    BrConn c = flag ? a : new BrConn();
    c.close();
    // :: error: [P0382]
    a.close();
  }

  // silent: a ternary of two new values, bound and consumed
  void ternaryOfNewValues(boolean flag) {
    BrConn c = flag ? make() : new BrConn();
    c.close();
  }

  // silent: a ternary in a borrowing position borrows both variables
  void ternaryBorrows(boolean flag) {
    BrConn a = new BrConn();
    BrConn b = new BrConn();
    (flag ? a : b).read();
    a.close();
    b.close();
  }

  // silent: a ternary in an owning position: whichever value it makes moves into the callee
  void ternaryIntoOwner(boolean flag, @Owned BrConn a) {
    give(flag ? make() : new BrConn());
    give(flag ? a : a);
  }

  // fires: [P1002] a ternary arm that makes a value, in a borrowing position
  int ternaryDrops(boolean flag, BrConn a) {
    // :: error: [P1002]
    return (flag ? a : make()).read();
  }

  // fires: [P0382] moved in a nested if, used after both ifs
  void nestedIf(boolean x, boolean y) {
    BrConn c = new BrConn();
    if (x) {
      if (y) {
        give(c);
      }
    }
    // :: error: [P0382]
    c.read();
    c.close();
  }
}
