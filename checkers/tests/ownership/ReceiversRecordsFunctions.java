import dev.patina.ownership.*;

@Linear
class RrConn {
  int read() {
    return 0;
  }

  @Consume
  void close() {}
}

@Linear
class RrBase {
  @Consume
  void free() {}
}

class RrHold {
  static void keep(@Owned RrRes r) {
    r.free();
  }

  static void all(@Owned RrConn... cs) {
    for (RrConn c : cs) {
      c.close();
    }
  }
}

@Linear
class RrRes extends RrBase {
  // fires: [P0597] a method that borrows `this` hands it out as an owned value
  RrRes self() {
    // :: error: [P0597]
    return this;
  }

  // fires: [P0507] a borrowed receiver moved into an @Owned parameter
  void give() {
    // :: error: [P0507]
    RrHold.keep(this);
  }

  // fires: [P0507] consuming through `super` is consuming `this`
  void peek() {
    // :: error: [P0507]
    super.free();
  }

  // silent: a @Consume method owns `this` and may hand it on
  @Consume
  void handOver() {
    RrHold.keep(this);
  }
}

// silent: a record owns its @Owned component and its @Consume method consumes it
@Linear
record RrPair(@Owned RrConn a) {
  @Consume
  void free() {
    a.close();
  }
}

interface RrSink<T> {
  void accept(@Owned T t);
}

class ReceiversRecordsFunctions {
  // fires: [P0507] an accessor lends the component; the record still owns it
  static void closeThroughAccessor(@Owned RrPair p) {
    RrConn x = p.a();
    // :: error: [P0507]
    x.close();
    p.free();
  }

  // silent: a lambda implementing accept(@Owned T) owns its parameter, and consumes it
  static RrSink<RrConn> closer() {
    return c -> c.close();
  }

  // fires: [P1001] a lambda implementing accept(@Owned T) must consume what it is given
  static RrSink<RrConn> reader() {
    // :: error: [P1001]
    return c -> System.out.println(c.read());
  }

  // silent: '@Owned RrConn...' takes each argument
  static void varargsTake() {
    RrConn a = new RrConn();
    RrConn b = new RrConn();
    RrHold.all(a, b);
  }

  // fires: [P0382] after the varargs call took it, the value is gone
  static void varargsThenUse() {
    RrConn a = new RrConn();
    RrHold.all(a);
    // :: error: [P0382]
    a.read();
  }

  // fires: [P1001] a type variable bounded by a @Linear type is tracked like it
  // :: error: [P1001]
  static <T extends RrConn> void dropsBounded(@Owned T t) {}

  // silent: and may be consumed like it
  static <T extends RrConn> void closesBounded(@Owned T t) {
    t.close();
  }
}
