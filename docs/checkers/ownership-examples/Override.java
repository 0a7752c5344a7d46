import dev.patina.ownership.*;

interface Sink {
  void accept(@Owned Conn c);
}

final class Logger implements Sink {
  @Override
  public void accept(Conn c) {   // borrows, but Sink.accept takes ownership
    c.read();
  }
}
