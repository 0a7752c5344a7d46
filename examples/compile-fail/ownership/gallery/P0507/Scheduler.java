// P0507: moving out of a borrow.
// Rust: E0507, "cannot move out of `*job` which is behind a shared reference":
// `fn submit(&mut self, job: &Job) { self.pending.push(*job) }`.
package dev.patina.examples.gallery.p0507;

import dev.patina.ownership.Consume;
import dev.patina.ownership.Linear;
import java.util.ArrayDeque;
import java.util.Queue;

/** A unit of work that must run exactly once. */
@Linear
final class Job {
  @Consume
  void run() {}
}

final class Scheduler {
  private final Queue<Job> pending = new ArrayDeque<>();

  /** `job` is only borrowed (it is not @Owned), but Queue.offer takes ownership of it. */
  void submit(Job job) {
    pending.offer(job);
  }
}
