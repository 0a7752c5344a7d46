import dev.patina.ownership.*;

// P1001: an owned @Linear value is not consumed on some path. It is reported where the value
// became owned (its declaration or assignment); the exit is the related place.

@Linear
class LeakConn {
  int read() {
    return 0;
  }

  @Consume
  void close() {}
}

@Linear
class LeakHolder {
  @Owned LeakConn conn;
  @Owned LeakConn spare;

  LeakHolder(@Owned LeakConn conn, @Owned LeakConn spare) {
    this.conn = conn;
    this.spare = spare;
  }

  @BorrowedFrom("this")
  LeakConn view() {
    return conn;
  }

  // fires: [P1001] a @Consume method that forgets one of its @Owned fields (exit: end of method)
  // :: error: [P1001]
  @Consume void closeConnOnly() { conn.close(); }

  // fires: [P1001] a @Consume method leaves a field on its early-return path (exit: the return)
  @Consume
  void closeUnlessHurried(boolean hurry) {
    conn.close();
    if (hurry) {
      // :: error: [P1001]
      return;
    }
    spare.close();
  }

  // silent: [P1001] a @Consume method that consumes both fields on every path
  @Consume
  void close() {
    conn.close();
    Leaks.give(spare);
  }

  // fires: [P1001] overwriting an @Owned field leaks the value it held
  void replaceConn(@Owned LeakConn fresh) {
    // :: error: [P1001]
    conn = fresh;
  }

  // silent: [P1001] the old field value is consumed before the new one is stored
  void swapConn(@Owned LeakConn fresh) {
    conn.close();
    conn = fresh;
  }
}

class Leaks {
  static void give(@Owned LeakConn c) {
    c.close();
  }

  // fires: [P1001] falls off the end of the method still owning c
  void neverClosed() {
    // :: error: [P1001]
    LeakConn c = new LeakConn();
    c.read();
  }

  // fires: [P1001] the early return skips the close
  void returnEarly(boolean b) {
    // :: error: [P1001]
    LeakConn c = new LeakConn();
    if (b) {
      return;
    }
    c.close();
  }

  // fires: [P1001] an @Owned parameter is the method's to consume (reported at the parameter)
  // :: error: [P1001]
  void ownedParameterKept(@Owned LeakConn c) {
    c.read();
  }

  // fires: [P1001] reassigning the variable while it owns a value leaks that value; reported at
  // the reassignment, where the old value is lost, with the declaration as the related place
  void reassignLeaks() {
    LeakConn c = new LeakConn();
    // :: error: [P1001]
    c = new LeakConn();
    c.close();
  }

  // fires: [P1001] a value that became owned by assignment leaks from there
  void assignedLater(boolean b) {
    LeakConn c = null;
    if (b) {
      // :: error: [P1001]
      c = new LeakConn();
    }
  }

  // fires: [P1001] only the then-branch consumes
  void oneBranch(boolean b) {
    // :: error: [P1001]
    LeakConn c = new LeakConn();
    if (b) {
      c.close();
    }
  }

  // fires: [P1001] a local declared with var has the tracked type of its initialiser
  void varLeaks() {
    // :: error: [P1001]
    var c = new LeakConn();
    c.read();
  }

  // fires: [P1001] a constructor is checked like any method
  Leaks() {
    // :: error: [P1001]
    LeakConn c = new LeakConn();
    c.read();
  }

  // silent: [P1001] returned to the caller, who owns it now
  LeakConn handOff() {
    LeakConn c = new LeakConn();
    c.read();
    return c;
  }

  // silent: [P1001] moved into an owner
  void movedAway() {
    LeakConn c = new LeakConn();
    give(c);
  }

  // silent: [P1001] a borrowed parameter is not the method's to consume
  void borrowedParameter(LeakConn c) {
    c.read();
  }

  // silent: [P1001] consumed, then a new value that is consumed too
  void reassignAfterClose() {
    LeakConn c = new LeakConn();
    c.close();
    c = new LeakConn();
    c.close();
  }

  // silent: [P1001] a @BorrowedFrom result is a borrow: nothing to consume
  int viewIsBorrowed(LeakHolder h) {
    LeakConn v = h.view();
    return v.read();
  }

  // silent: [P1001] both branches consume, one through an owner
  void bothBranches(boolean b) {
    LeakConn c = new LeakConn();
    if (b) {
      c.close();
    } else {
      give(c);
    }
  }

  // silent: [P1001] a holder built from owned values, then closed as a whole
  void holderOwnsFields() {
    LeakConn a = new LeakConn();
    LeakHolder h = new LeakHolder(a, new LeakConn());
    h.close();
  }
}
