// P0277: a @NotSend value is sent to another thread.
// Rust: E0277, "`Rc<Frame>` cannot be sent between threads safely" (the trait `Send` is not
// implemented), from `thread::spawn(move || frame.draw())`.
package dev.patina.examples.gallery.p0277;

import dev.patina.ownership.NotSend;
import java.util.concurrent.ExecutorService;

/** A frame of the UI toolkit: only the UI thread that made it may touch it. */
@NotSend
final class Frame {
  void draw() {}
}

final class Renderer {
  static void redraw(ExecutorService workers) {
    Frame frame = new Frame();
    workers.submit(() -> frame.draw());   // the task runs on a worker thread
  }
}
