package dev.patina.runtime.executor;

import dev.patina.runtime.task.Task;
import java.util.List;

/** Cancels the tasks left at shutdown and counts them by where they were, for the report. */
final class Reaper {

  private Reaper() {}

  static ShutdownReport cancel(List<Task<?>> live, BlockingPool.Stopped blocking) {
    int queued = 0;
    int idle = 0;
    int running = 0;
    for (Task<?> t : live) {
      switch (t.cancelAtShutdown()) {
        case SCHEDULED -> queued++;
        case IDLE -> idle++;
        case RUNNING -> running++;
        case COMPLETE -> { } // finished between the snapshot and now: nothing was dropped
      }
    }
    return new ShutdownReport(queued, idle, running, blocking.cancelled(), blocking.running());
  }
}
