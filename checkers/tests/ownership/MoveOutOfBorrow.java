import dev.patina.ownership.*;

// P0507: moving or consuming a value through a borrow (a @Borrowed or @Mut reference, a
// borrowed parameter or receiver, or a field of another object).

@Linear
class MobConn {
  int read() {
    return 0;
  }

  @Consume
  void close() {}
}

@Linear
class MobPool {
  @Owned MobConn conn;

  MobPool(@Owned MobConn conn) {
    this.conn = conn;
  }

  int size() {
    return conn.read();
  }

  // fires: [P0507] a method that is not @Consume consumes its (borrowed) receiver
  void shutdown() {
    // :: error: [P0507]
    close();
  }

  // fires: [P0507] the same through an explicit `this`
  void shutdownExplicitly() {
    // :: error: [P0507]
    this.close();
  }

  // fires: [P0507] moves its own @Owned field out and returns without giving it a new value
  void dropConnection() {
    // :: error: [P0507]
    MoveOutOfBorrow.give(conn);
  }

  // silent: [P0507] the field is consumed and then replaced on every path
  void replace(@Owned MobConn fresh) {
    conn.close();
    conn = fresh;
  }

  // silent: [P0507] a @Consume method may consume this, here through another @Consume method
  @Consume
  void dispose() {
    close();
  }

  // silent: [P0507] a @Consume method owns its fields and may consume them
  @Consume
  void close() {
    conn.close();
  }
}

class MoveOutOfBorrow {
  static void give(@Owned MobConn c) {
    c.close();
  }

  static int peek(MobConn c) {
    return c.read();
  }

  // fires: [P0507] a parameter borrows by default: it may not be consumed
  void closeBorrowed(MobConn c) {
    // :: error: [P0507]
    c.close();
  }

  // fires: [P0507] an explicitly @Borrowed parameter moved into an owner
  void giveBorrowed(@Borrowed MobConn c) {
    // :: error: [P0507]
    give(c);
  }

  // fires: [P0507] an exclusive borrow may not be consumed either
  void closeMut(@Mut MobConn c) {
    // :: error: [P0507]
    c.close();
  }

  // fires: [P0507] moving a field out of another object
  void stealField(MobPool pool) {
    // :: error: [P0507]
    give(pool.conn);
  }

  // fires: [P0507] a local declared @Borrowed never owns
  void borrowedLocal() {
    MobConn c = new MobConn();
    @Borrowed MobConn b = c;
    // :: error: [P0507]
    b.close();
    c.close();
  }

  // fires: [P0507] a borrowed parameter moved into an owning local
  void borrowedIntoOwner(MobConn c) {
    // :: error: [P0507]
    MobConn mine = c;
    mine.close();
  }

  // silent: [P0507] an @Owned parameter may be consumed
  void closeOwned(@Owned MobConn c) {
    c.close();
  }

  // silent: [P0507] a borrowed parameter may be read and lent on
  void readBorrowed(MobConn c) {
    c.read();
    peek(c);
    System.out.println(c);
  }

  // silent: [P0507] reading a field of another object is a borrow
  int readField(MobPool pool) {
    return pool.conn.read() + peek(pool.conn) + pool.size();
  }

  // silent: [P0507] a @Borrowed local lends on without moving; the owner consumes
  void borrowedLocalLends() {
    MobConn c = new MobConn();
    @Borrowed MobConn b = c;
    peek(b);
    c.close();
  }

  // silent: [P0507] an @Owned parameter handed to an owner
  void forward(@Owned MobConn c) {
    give(c);
  }
}
