package dev.patina.checkers.flow;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs a checker's walk of a file on a thread with a deep stack: javac attributes expressions
 * thousands deep, and walking them recursively overflows an ordinary thread's stack. One worker
 * thread is shared by every compilation in the JVM and javac waits for it, so the checkers still
 * run one file at a time, and no thread is started per file.
 */
public final class DeepStack {

  private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(task -> {
    Thread t = new Thread(null, task, "patina-checker", 1L << 29);
    t.setDaemon(true);
    return t;
  });

  private DeepStack() {}

  /**
   * Runs {@code work} on the deep-stack thread and waits for it; what it throws is rethrown here.
   * A call made on that thread already runs the work directly, so nested walks do not deadlock.
   */
  public static void run(Runnable work) {
    if (Thread.currentThread().getName().equals("patina-checker")) {
      work.run();
      return;
    }
    try {
      WORKER.submit(work).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while checking a file", e);
    } catch (ExecutionException e) {
      switch (e.getCause()) {
        case RuntimeException r -> throw r;
        case Error err -> throw err;
        default -> throw new IllegalStateException(e.getCause());
      }
    }
  }
}
