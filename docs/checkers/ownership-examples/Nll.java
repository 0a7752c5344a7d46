import dev.patina.ownership.*;

@Linear
final class Buffer {
  @BorrowedFrom("this") Chunk slice(int from, int to) { return new Chunk(); }
  @Mut void reset() {}
  @Consume void free() {}
}

@Affine
final class Chunk {
  int get(int i) { return i; }
}

final class Nll {
  static void fine(@Mut Buffer buf) {
    Chunk c = buf.slice(0, 8);
    System.out.println(c.get(0));   // the last use of `c`: the borrow ends here
    buf.reset();
  }

  static void conflict(@Mut Buffer buf) {
    Chunk c = buf.slice(0, 8);
    buf.reset();
    System.out.println(c.get(0));
  }
}
