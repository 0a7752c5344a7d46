import dev.patina.ownership.*;

@Linear
class Pool {
  int used() {
    return 0;
  }

  int len() {
    return 0;
  }

  @Mut
  void reset() {}

  @Mut
  void push(int v) {}

  @BorrowedFrom("this")
  View view(int from, int to) {
    return new View();
  }

  @Mut
  @BorrowedFrom("this")
  View viewMut(int from, int to) {
    return new View();
  }

  @Consume
  void free() {}
}

@Affine
class View {
  int get(int i) {
    return i;
  }

  @BorrowedFrom("this")
  View narrow() {
    return this;
  }
}

class BorrowConflicts {
  static void read(View v) {}

  static void merge(@Mut Pool into, Pool from) {}

  static void swap(@Mut Pool a, @Mut Pool b) {}

  // ---- borrows for the length of one call ----

  // fires: [P0502] the same pool lent exclusively and shared to one call
  static void mergeIntoItself(@Mut Pool pool) {
    // :: error: [P0502]
    merge(pool, pool);
  }

  // fires: [P0499] the same pool lent exclusively twice to one call
  static void swapWithItself(@Mut Pool pool) {
    // :: error: [P0499]
    swap(pool, pool);
  }

  // silent: two different pools, one lent exclusively and one shared
  static void mergeTwo(@Mut Pool a, Pool b) {
    merge(a, b);
  }

  static void drop(@Owned Pool p) {
    p.free();
  }

  // ---- P0502: an exclusive use while a shared borrow is live, or the reverse ----

  // fires: [P0502] the shared view is used after the reset
  static void resetWhileViewed(@Mut Pool pool) {
    View v = pool.view(0, 8);
    // :: error: [P0502]
    pool.reset();
    read(v);
  }

  // silent: NLL: the view's last use comes before the reset, so the borrow is over
  static void resetAfterLastUse(@Mut Pool pool) {
    View v = pool.view(0, 8);
    read(v);
    pool.reset();
  }

  // fires: [P0502] reading the pool while an exclusive view of it is live
  static void readWhileExclusive(@Mut Pool pool) {
    View v = pool.viewMut(0, 8);
    // :: error: [P0502]
    int n = pool.used();
    read(v);
  }

  // fires: [P0502] a view of a view keeps the pool borrowed
  static void throughANarrowerView(@Mut Pool pool) {
    View v = pool.view(0, 8);
    View w = v.narrow();
    // :: error: [P0502]
    pool.reset();
    read(w);
  }

  // fires: [P0502] in a loop, the view taken before it is used again after the reset
  static void resetInLoop(@Mut Pool pool, int n) {
    View v = pool.view(0, 8);
    for (int i = 0; i < n; i++) {
      read(v);
      // :: error: [P0502]
      pool.reset();
    }
  }

  // silent: a fresh view each iteration ends before the reset
  static void freshViewPerIteration(@Mut Pool pool, int n) {
    for (int i = 0; i < n; i++) {
      View v = pool.view(0, 8);
      read(v);
      pool.reset();
    }
  }

  // silent: two-phase borrow: the shared use in the argument ends before the @Mut call begins
  static void pushLength(@Mut Pool pool) {
    pool.push(pool.len());
  }

  // silent: the view is used only on the branch that does not reset
  static void branches(@Mut Pool pool, boolean fast) {
    View v = pool.view(0, 8);
    if (fast) {
      read(v);
    } else {
      pool.reset();
    }
  }

  // ---- P0499: two exclusive borrows at once ----

  // fires: [P0499] a second exclusive view while the first is still used
  static void twoExclusive(@Mut Pool pool) {
    View a = pool.viewMut(0, 8);
    // :: error: [P0499]
    View b = pool.viewMut(8, 16);
    read(a);
    read(b);
  }

  // fires: [P0499] a @Mut call while an exclusive view is live
  static void mutCallWhileExclusive(@Mut Pool pool) {
    View a = pool.viewMut(0, 8);
    // :: error: [P0499]
    pool.reset();
    read(a);
  }

  // fires: [P0499] the exclusive view taken before a loop is used in it after a @Mut call
  static void exclusiveAcrossLoop(@Mut Pool pool, int n) {
    View a = pool.viewMut(0, 8);
    for (int i = 0; i < n; i++) {
      // :: error: [P0499]
      pool.push(i);
      read(a);
    }
  }

  // silent: the first exclusive view is finished before the second is taken
  static void exclusiveOneAfterAnother(@Mut Pool pool) {
    View a = pool.viewMut(0, 8);
    read(a);
    View b = pool.viewMut(8, 16);
    read(b);
  }

  // silent: two shared views at once are fine
  static void twoShared(Pool pool) {
    View a = pool.view(0, 8);
    View b = pool.view(8, 16);
    read(a);
    read(b);
  }

  // silent: an exclusive view whose variable is reassigned from another pool no longer borrows this one
  static void reassignedView(@Mut Pool pool, @Mut Pool other) {
    View a = pool.viewMut(0, 8);
    read(a);
    a = other.viewMut(0, 8);
    pool.reset();
    read(a);
  }

  // fires: [P0502] a view copied into a @Borrowed local keeps the pool borrowed across the reset
  static void keptInBorrowedLocal(@Mut Pool pool, int n) {
    @Borrowed View previous = null;
    for (int i = 0; i < n; i++) {
      View v = pool.view(0, 8);
      if (previous != null) {
        read(previous);
      }
      previous = v;
      // :: error: [P0502]
      pool.reset();
    }
  }

  // fires: [P0502] the same, declared with its initial view
  static void borrowedLocalAfterReset(@Mut Pool pool) {
    @Borrowed View copy = pool.view(0, 8);
    // :: error: [P0502]
    pool.reset();
    read(copy);
  }

  // silent: the @Borrowed copy's last use is before the reset
  static void borrowedLocalBeforeReset(@Mut Pool pool) {
    View v = pool.view(0, 8);
    @Borrowed View copy = v;
    read(copy);
    pool.reset();
  }

  // ---- P0505: a move while borrowed ----

  // fires: [P0505] the pool is given away while a view of it is still used
  static void moveWhileViewed() {
    Pool pool = new Pool();
    View v = pool.view(0, 8);
    // :: error: [P0505]
    drop(pool);
    read(v);
  }

  // fires: [P0505] consuming the pool while an exclusive view is live
  static void freeWhileExclusive() {
    Pool pool = new Pool();
    View v = pool.viewMut(0, 8);
    // :: error: [P0505]
    pool.free();
    read(v);
  }

  // fires: [P0505] given away on one branch while the view is still used on it
  static void moveOnOneBranch(boolean give) {
    Pool pool = new Pool();
    View v = pool.view(0, 8);
    if (give) {
      // :: error: [P0505]
      drop(pool);
      read(v);
      return;
    }
    read(v);
    pool.free();
  }

  // silent: the view is finished before the pool is given away
  static void moveAfterLastUse() {
    Pool pool = new Pool();
    View v = pool.view(0, 8);
    read(v);
    drop(pool);
  }

  // silent: freed on one branch, viewed only on the other
  static void freeOnOtherBranch(boolean done) {
    Pool pool = new Pool();
    if (done) {
      pool.free();
    } else {
      View v = pool.view(0, 8);
      read(v);
      pool.free();
    }
  }

  // fires: [P0505] the pool is freed while a @Borrowed copy of its view is still used
  static void freeWhileBorrowedCopyLive() {
    Pool p = new Pool();
    View v = p.view(0, 8);
    @Borrowed View copy = v;
    // :: error: [P0505]
    p.free();
    read(copy);
  }

  // silent: views of two different pools do not conflict
  static void twoPools(@Mut Pool a, @Mut Pool b) {
    View v = a.view(0, 8);
    b.reset();
    read(v);
  }
}
