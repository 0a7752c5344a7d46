import dev.patina.ownership.*;

// P0382: a moved or consumed value is used again.

@Linear
class UamConn {
  int read() {
    return 0;
  }

  @Consume
  void close() {}
}

class UseAfterMove {
  static void give(@Owned UamConn c) {
    c.close();
  }

  static int peek(UamConn c) {
    return c.read();
  }

  // fires: [P0382] read after close: the value is gone
  void readAfterClose() {
    UamConn c = new UamConn();
    c.close();
    // :: error: [P0382]
    c.read();
  }

  // fires: [P0382] passed to a borrowing parameter after it moved into give
  void passAfterMove() {
    UamConn c = new UamConn();
    give(c);
    // :: error: [P0382]
    peek(c);
  }

  // fires: [P0382] consumed twice
  void closeTwice() {
    UamConn c = new UamConn();
    c.close();
    // :: error: [P0382]
    c.close();
  }

  // fires: [P0382] moved on one branch only, then used after the if (possibly moved)
  void movedOnOneBranch(boolean b) {
    UamConn c = new UamConn();
    if (b) {
      give(c);
    }
    // :: error: [P0382]
    c.close();
  }

  // fires: [P0382] once: later uses of the same moved value stay quiet
  void reportedOnce() {
    UamConn c = new UamConn();
    give(c);
    // :: error: [P0382]
    c.read();
    c.read();
    peek(c);
    c.close();
  }

  // fires: [P0382] an initialiser moved it into d; c is then used
  void movedIntoAnotherVariable() {
    UamConn c = new UamConn();
    UamConn d = c;
    // :: error: [P0382]
    c.read();
    d.close();
  }

  // fires: [P0382] an @Owned parameter moved, then returned
  UamConn returnAfterMove(@Owned UamConn c) {
    give(c);
    // :: error: [P0382]
    return c;
  }

  // fires: [P0382] the right operand of && may have moved it
  void movedInCondition(boolean b) {
    UamConn c = new UamConn();
    if (b && take(c)) {
      return;
    }
    // :: error: [P0382]
    c.close();
  }

  static boolean take(@Owned UamConn c) {
    c.close();
    return true;
  }

  // silent: [P0382] each branch consumes exactly once
  void eachBranchOnce(boolean b) {
    UamConn c = new UamConn();
    if (b) {
      give(c);
    } else {
      c.close();
    }
  }

  // silent: [P0382] the variable gets a new value after the move
  void reassignedAfterMove() {
    UamConn c = new UamConn();
    give(c);
    c = new UamConn();
    c.read();
    c.close();
  }

  // silent: [P0382] borrows before the move are fine
  void readThenMove() {
    UamConn c = new UamConn();
    peek(c);
    c.read();
    give(c);
  }

  // silent: [P0382] an owned parameter may be read and then moved
  void ownedParameter(@Owned UamConn c) {
    c.read();
    give(c);
  }

  // silent: [P0382] the branch that consumes returns, so the use after the if sees an owned value
  void earlyReturn(boolean b) {
    UamConn c = new UamConn();
    if (b) {
      c.close();
      return;
    }
    c.read();
    give(c);
  }

  // silent: [P0382] moved into d, and only d is used afterwards
  void onlyNewOwnerUsed() {
    UamConn c = new UamConn();
    UamConn d = c;
    d.read();
    d.close();
  }
}
