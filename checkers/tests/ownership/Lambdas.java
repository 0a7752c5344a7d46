import dev.patina.ownership.*;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

// Lambdas: captured values are borrowed inside the lambda; lambda parameters borrow unless
// @Owned; a void expression lambda drops what its body makes.

@Linear
class LamConn {
  int read() {
    return 0;
  }

  @Consume
  void close() {}
}

interface LamSink {
  void take(@Owned LamConn c);
}

class Lambdas {
  static void give(@Owned LamConn c) {
    c.close();
  }

  static LamConn make() {
    return new LamConn();
  }

  // silent: a captured value is borrowed by the lambda, and its owner consumes it afterwards
  void captureBorrows() {
    LamConn c = new LamConn();
    IntSupplier s = () -> c.read();
    s.getAsInt();
    c.close();
  }

  // fires: [P0507] a captured value is only borrowed inside the lambda: it may not be consumed
  void captureConsumed() {
    LamConn c = new LamConn();
    // :: error: [P0507]
    Runnable r = () -> c.close();
    r.run();
    c.close();
  }

  // fires: [P1001] the lambda only borrows what it captures, so the owner must still consume it
  void captureDoesNotConsume() {
    // :: error: [P1001]
    LamConn c = new LamConn();
    IntSupplier s = () -> c.read();
    s.getAsInt();
  }

  // fires: [P0507] a lambda parameter borrows unless it is @Owned
  void parameterBorrows(List<LamConn> conns) {
    // :: error: [P0507]
    conns.forEach(x -> x.close());
  }

  // silent: a lambda parameter that only reads
  void parameterReads(List<LamConn> conns) {
    conns.forEach(x -> x.read());
  }

  // silent: an @Owned lambda parameter may be consumed
  void ownedParameter() {
    LamSink s = (@Owned LamConn x) -> x.close();
    s.take(new LamConn());
  }

  // fires: [P1001] an @Owned lambda parameter that is never consumed
  void ownedParameterLeaks() {
    // :: error: [P1001]
    LamSink s = (@Owned LamConn x) -> x.read();
    s.take(make());
  }

  // fires: [P1002] a void expression lambda drops the value its body makes
  void voidLambdaDrops() {
    // :: error: [P1002]
    Runnable r = () -> make();
    r.run();
  }

  // silent: a Supplier lambda hands its value to its caller
  void supplierReturns() {
    Supplier<LamConn> s = () -> new LamConn();
    LamConn c = s.get();
    c.close();
  }

  // fires: [P0507] returning a captured (borrowed) value from a lambda moves it out of a borrow
  void supplierOfCapture() {
    LamConn c = new LamConn();
    // :: error: [P0507]
    Supplier<LamConn> s = () -> c;
    c.close();
  }

  // fires: [P1001] a block lambda leaks its own local
  void blockLambdaLeaks() {
    Runnable r = () -> {
      // :: error: [P1001]
      LamConn c = new LamConn();
      c.read();
    };
    r.run();
  }

  // silent: a block lambda consumes its own local on every path
  void blockLambdaCloses() {
    Runnable r = () -> {
      LamConn c = new LamConn();
      if (c.read() > 0) {
        give(c);
        return;
      }
      c.close();
    };
    r.run();
  }

  // fires: [P0382] a block lambda uses its own local after moving it
  void blockLambdaUseAfterMove() {
    Runnable r = () -> {
      LamConn c = new LamConn();
      give(c);
      // :: error: [P0382]
      c.read();
    };
    r.run();
  }

  // silent: a lambda defined inside a loop borrows the loop's value
  void lambdaInLoop(int n) {
    for (int i = 0; i < n; i++) {
      LamConn c = new LamConn();
      IntSupplier s = () -> c.read() + 1;
      s.getAsInt();
      c.close();
    }
  }

  // ---- method references ----

  // fires: [P0507] Consumer.accept only borrows its argument, but close() consumes it
  static void closeEach(List<LamConn> conns) {
    // :: error: [P0507]
    conns.forEach(LamConn::close);
  }

  // fires: [P0507] a bound reference captures c and would consume it each time it runs
  static Runnable closer(@Owned LamConn c) {
    // :: error: [P0507]
    return c::close;
  }

  // fires: [P1002] a Runnable returns nothing, so what make() returns is dropped
  static Runnable maker() {
    // :: error: [P1002]
    return Lambdas::make;
  }

  // silent: a function that takes ownership may be implemented by a consuming method
  static LamSink sink() {
    return LamConn::close;
  }

  // silent: a Supplier hands what make() returns to its caller
  static Supplier<LamConn> supplier() {
    return Lambdas::make;
  }

  // silent: a reference to a method that only borrows
  static java.util.function.ToIntFunction<LamConn> reader() {
    return LamConn::read;
  }
}
