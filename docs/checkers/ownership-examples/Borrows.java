import dev.patina.ownership.*;

@Linear
final class Arena {
  @Mut void reset() {}
  @Consume void free() {}
}

final class Holders {
  static Arena last;

  static void wipe(Arena arena) {   // a shared borrow
    arena.reset();
  }

  static void remember(Arena arena) {
    last = arena;
  }
}
