import dev.patina.ownership.*;

@Linear
class Arena {
  int used() {
    return 0;
  }

  @Mut
  void reset() {}

  @BorrowedFrom("this")
  Slice slice(int from, int to) {
    return new Slice();
  }

  @Mut
  @BorrowedFrom("this")
  Slice sliceMut(int from, int to) {
    return new Slice();
  }

  @Consume
  void free() {}

  // fires: [P0596] a method that only borrows `this` (shared) calls a @Mut method on it
  void clearAll() {
    // :: error: [P0596]
    reset();
  }

  // silent: a @Mut method may call other @Mut methods on `this`
  @Mut
  void clearTwice() {
    reset();
    reset();
  }

  // silent: a @Consume method owns `this`, so it may do anything with it
  @Consume
  void dispose() {
    reset();
    free();
  }
}

@Affine
class Slice {
  int get(int i) {
    return i;
  }

  @Mut
  void set(int i, int v) {}
}

class MutAndEscapes {
  static Slice cached;
  private Slice last;

  // fires: [P0596] a @Mut method through a shared (default) parameter
  static void wipe(Arena arena) {
    // :: error: [P0596]
    arena.reset();
  }

  // fires: [P0596] a local declared @Borrowed is a shared borrow
  static void wipeLocal(@Owned Arena arena) {
    @Borrowed Arena view = arena;
    // :: error: [P0596]
    view.reset();
    arena.free();
  }

  // fires: [P0596] the result of a @BorrowedFrom method that is not @Mut is a shared borrow
  static void writeThroughSharedSlice(@Mut Arena arena) {
    Slice s = arena.slice(0, 8);
    // :: error: [P0596]
    s.set(0, 1);
  }

  static void wipeIt(@Mut Arena arena) {
    arena.reset();
  }

  // fires: [P0596] a shared borrow lent on to a @Mut parameter
  static void lendShared(Arena arena) {
    // :: error: [P0596]
    wipeIt(arena);
  }

  // silent: an exclusive borrow lent on to a @Mut parameter
  static void lendExclusive(@Mut Arena arena) {
    wipeIt(arena);
  }

  // silent: a @Mut parameter is an exclusive borrow
  static void wipeMut(@Mut Arena arena) {
    arena.reset();
  }

  // silent: the owner may call @Mut methods, and the result of a @Mut @BorrowedFrom method is exclusive
  static void ownerWrites() {
    Arena arena = new Arena();
    arena.reset();
    Slice s = arena.sliceMut(0, 8);
    s.set(0, 1);
    arena.free();
  }

  // silent: methods that are not @Mut are fine through a shared borrow
  static int readOnly(Arena arena) {
    Slice s = arena.slice(0, 4);
    return arena.used() + s.get(1);
  }

  // fires: [P0597] a borrowed parameter stored into a static field outlives the call
  static void remember(Slice s) {
    // :: error: [P0597]
    cached = s;
  }

  // fires: [P0597] a borrow stored into an instance field
  void keep(Arena arena) {
    Slice s = arena.slice(0, 2);
    // :: error: [P0597]
    last = s;
  }

  // fires: [P0597] a borrowed parameter returned from a method that is not @BorrowedFrom
  static Slice passBack(Slice s) {
    // :: error: [P0597]
    return s;
  }

  // fires: [P0597] the result borrows a local arena, which is gone when the method returns
  // (and the arena itself is never freed: P1001)
  @BorrowedFrom("this")
  Slice dangling() {
    // :: error: [P1001]
    Arena local = new Arena();
    // :: error: [P0597]
    return local.slice(0, 1);
  }

  // fires: [P0597] a borrow returned straight from a method whose result is owned
  static Slice sliceOf(Arena arena) {
    // :: error: [P0597]
    return arena.slice(0, 4);
  }

  // silent: a method marked @BorrowedFrom may return a borrow of its parameter
  @BorrowedFrom("s")
  static Slice same(Slice s) {
    return s;
  }

  // silent: an owned value may be stored in a field that does not own (the local keeps it)
  void storeOwned() {
    Slice s = new Slice();
    last = s;
  }

  // silent: an owned value may be returned
  static Slice fresh() {
    Slice s = new Slice();
    return s;
  }
}
