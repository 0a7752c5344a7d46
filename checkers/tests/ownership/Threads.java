import dev.patina.ownership.*;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;

@NotSend
class ThreadLocalCache {
  int hits() {
    return 0;
  }
}

// inherits @NotSend through its interface
@NotSend
interface UiHandle {}

class Widget implements UiHandle {}

@Linear
class Job {
  int size() {
    return 1;
  }

  @Consume
  void finish() {}
}

class Threads {
  static void runOn(@Send Runnable task) {
    new Thread(task).start();
  }

  static void hold(@Send Object value) {}

  // fires: [P0277] a lambda sent to an executor captures a value that must stay on its thread
  void capturesNotSend(Executor pool) {
    ThreadLocalCache cache = new ThreadLocalCache();
    // :: error: [P0277]
    pool.execute(() -> System.out.println(cache.hits()));
  }

  // fires: [P0277] a @NotSend value passed straight where @Send is required (via an interface)
  void passesNotSend() {
    Widget w = new Widget();
    // :: error: [P0277]
    hold(w);
  }

  // fires: [P0277] an anonymous Runnable for a new Thread uses a @NotSend local
  void anonymousThread() {
    ThreadLocalCache cache = new ThreadLocalCache();
    new Thread(new Runnable() {
      @Override
      public void run() {
        // :: error: [P0277]
        System.out.println(cache.hits());
      }
    }).start();
  }

  // fires: [P0277] a bound method reference carries its receiver to the other thread
  void methodReference(ExecutorService pool) {
    ThreadLocalCache cache = new ThreadLocalCache();
    // :: error: [P0277]
    CompletableFuture.supplyAsync(cache::hits);
  }

  // silent: the @NotSend value is made inside the task, on the thread that uses it
  void madeInsideTheTask(Executor pool) {
    pool.execute(() -> System.out.println(new ThreadLocalCache().hits()));
  }

  // silent: @NotSend values used on their own thread, and tasks that capture only plain values
  void plainTasks(ExecutorService pool) {
    ThreadLocalCache cache = new ThreadLocalCache();
    int hits = cache.hits();
    pool.submit(() -> System.out.println(hits));
    runOn(() -> System.out.println("no captures"));
  }

  // silent: a task that captures a @NotSend value but runs on this thread (no @Send anywhere)
  void staysOnThisThread() {
    ThreadLocalCache cache = new ThreadLocalCache();
    Runnable r = () -> System.out.println(cache.hits());
    r.run();
  }

  // fires: [P0373] a borrowed job captured by a task for another thread
  void capturesBorrow(Executor pool, Job job) {
    // :: error: [P0373]
    pool.execute(() -> System.out.println(job.size()));
  }

  // fires: [P0373] a borrowed job handed straight to a @Send parameter
  void passesBorrow(Job job) {
    // :: error: [P0373]
    hold(job);
  }

  // fires: [P0373] a local that only borrows (declared @Borrowed) captured by a new Thread's task
  void capturesBorrowedLocal(@Owned Job job) {
    @Borrowed Job view = job;
    // :: error: [P0373]
    new Thread(() -> System.out.println(view.size())).start();
    job.finish();
  }

  // silent: an owned job moved into the task's creation is the task's own; the task consumes it
  void ownedJobSent(@Owned Job job) {
    Job mine = job;
    runOn(() -> System.out.println("sent"));
    mine.finish();
  }

  // silent: the task copies out what it needs before it is sent
  void copiesOut(Executor pool, Job job) {
    int size = job.size();
    pool.execute(() -> System.out.println(size));
  }

  // silent: a borrowed job used by a task that stays on this thread (Runnable.run is not @Send)
  void staysHere(Job job) {
    Runnable r = () -> System.out.println(job.size());
    r.run();
  }
}

// fires: [P0373] a task that uses an instance member captures `this`, which only borrows the job
@Linear
class Worker {
  int count() {
    return 0;
  }

  void schedule(Executor pool) {
    // :: error: [P0373]
    pool.execute(() -> System.out.println(count()));
  }

  @Consume
  void stop() {}
}
