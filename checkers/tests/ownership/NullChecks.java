import dev.patina.ownership.*;

// Null checks: on a path where a variable is known to be null, it owes nothing.

@Linear
class NcConn {
  int read() {
    return 0;
  }

  @Consume
  void close() {}
}

class NullChecks {
  static NcConn find(String key) {
    return key.isEmpty() ? null : new NcConn();
  }

  static void give(@Owned NcConn c) {
    c.close();
  }

  // silent: `if (c != null) c.close();` owes nothing when c is null
  void closeIfPresent(String k) {
    NcConn c = find(k);
    if (c != null) c.close();
  }

  // silent: returns early when null
  void returnIfNull(String k) {
    NcConn c = find(k);
    if (c == null) {
      return;
    }
    c.close();
  }

  // silent: null on one path, a value on the other, consumed when present
  void maybeAssigned(boolean b) {
    NcConn c = null;
    if (b) {
      c = new NcConn();
    }
    if (c != null) {
      give(c);
    }
  }

  // silent: the null literal on the left
  void reversedNullTest(String k) {
    NcConn c = find(k);
    if (null == c) {
      return;
    }
    give(c);
  }

  // fires: [P1001] the non-null branch reads but never consumes
  void nonNullBranchLeaks(String k) {
    // :: error: [P1001]
    NcConn c = find(k);
    if (c != null) {
      c.read();
    }
  }

  // fires: [P1001] known non-null, but the second condition can still skip the close
  void nonNullAndFlag(String k, boolean flag) {
    // :: error: [P1001]
    NcConn c = find(k);
    if (c != null && flag) {
      c.close();
    }
  }

  // fires: [P1001] the else-branch of a null test is the non-null one, and it only reads
  void elseBranchLeaks(String k) {
    // :: error: [P1001]
    NcConn c = find(k);
    if (c == null) {
      System.out.println("none");
    } else {
      c.read();
    }
  }

  // fires: [P0382] comparing a consumed value with null still reads it
  void testAfterClose(String k) {
    NcConn c = new NcConn();
    c.close();
    // :: error: [P0382]
    if (c != null) {
      System.out.println("closed");
    }
  }

  // silent: setting a consumed variable to null
  void nullAfterClose() {
    NcConn c = new NcConn();
    c.close();
    c = null;
  }

  // silent: a value known to be null at the end owes nothing
  void neverAssigned(boolean b) {
    NcConn c = null;
    if (b) {
      System.out.println("nothing");
    }
  }
}
