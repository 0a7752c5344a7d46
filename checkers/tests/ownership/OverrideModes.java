import dev.patina.ownership.*;
import java.util.AbstractList;

@Linear
class Frame {
  @Consume
  void release() {}
}

@Linear
interface Sink {
  void accept(@Owned Frame f);

  @Consume
  void close();

  Frame peek();

  @Mut
  void clear();
}

@Linear
abstract class Buffered implements Sink {
  @Override
  public abstract void accept(@Owned Frame f);
}

// fires: the parameter is borrowed here but @Owned in Sink.accept
@Linear
class LeakySink implements Sink {
  // :: error: [P0053]
  public void accept(Frame f) {}

  @Consume
  public void close() {}

  public Frame peek() {
    return new Frame();
  }

  @Mut
  public void clear() {}
}

// fires: close() no longer consumes the receiver
@Linear
class KeepingSink implements Sink {
  public void accept(@Owned Frame f) {
    f.release();
  }

  // :: error: [P0053]
  public void close() {}

  public Frame peek() {
    return new Frame();
  }

  @Mut
  public void clear() {}
}

// fires: the result becomes a borrow, and clear() stops asking for an exclusive borrow
@Linear
class LendingSink implements Sink {
  private final Frame held = null;

  public void accept(@Owned Frame f) {
    f.release();
  }

  @Consume
  public void close() {}

  @BorrowedFrom("this")
  // :: error: [P0053]
  public Frame peek() {
    return held;
  }

  // :: error: [P0053]
  public void clear() {}
}

// silent: every mode matches, including through an abstract class in between
@Linear
class GoodSink extends Buffered {
  @Override
  public void accept(@Owned Frame f) {
    f.release();
  }

  @Consume
  public void close() {}

  public Frame peek() {
    return new Frame();
  }

  @Mut
  public void clear() {}
}

// silent: plain code overriding JDK methods is not looked at
class Names extends AbstractList<String> {
  @Override
  public String get(int i) {
    return "n" + i;
  }

  @Override
  public int size() {
    return 3;
  }

  @Override
  public boolean add(String s) {
    return false;
  }
}

// silent: an untracked parameter (Object) may differ in annotations without meaning anything
class Printer {
  void print(Object o) {}
}

class LoudPrinter extends Printer {
  @Override
  void print(Object o) {}
}
