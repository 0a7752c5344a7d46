import dev.patina.ownership.*;

@Linear
final class Conn {
  static Conn open() { return new Conn(); }  // the result is owned by the caller
  int read() { return 0; }                   // borrows its receiver
  @Consume void close() {}                   // consumes it
}
