import static dev.patina.runtime.async.Await.await;
import static dev.patina.runtime.async.Await.completed;

import dev.patina.async.Async;
import dev.patina.checkers.ownership.compiled.CompiledTasks;
import dev.patina.checkers.ownership.compiled.CompiledTasks.Batch;
import dev.patina.ownership.*;
import dev.patina.runtime.future.Future;

// P0277 and P0373 for futures: the future of an @Async call passed where @Send is required.
// (dev.patina.runtime.* are the test stand-ins of checkers/src/test/java, which the async checks'
// tests use too; CompiledTasks comes from a class file, so its bodies are unseen.)

@NotSend
class Cache {
  int hits() {
    return 0;
  }

  Future<Integer> load() {
    return completed(1);
  }

  int merge(int n) {
    return n;
  }
}

/** A session bound to the thread that opened it. */
@NotSend
class Session {
  int user() {
    return 7;
  }

  // uses `this` after its await
  @Async
  Future<Integer> refresh() {
    await(completed(0));
    return completed(user());
  }

  // never uses `this`
  @Async
  Future<Integer> constant() {
    int a = await(completed(3));
    return completed(a);
  }
}

@Linear
class Ledger {
  int total() {
    return 1;
  }

  @Async
  Future<Integer> audit() {
    return completed(total());
  }

  @Async
  @Consume
  Future<Integer> settle() {
    int t = total();
    close();
    return completed(t);
  }

  @Consume
  void close() {}
}

/** A multi-threaded executor: what it spawns may run on, and move between, any of its threads. */
class Workers {
  <T> void spawn(@Send Future<T> future) {}

  /** Runs the future on this thread: nothing is sent. */
  <T> T blockOn(Future<T> future) {
    return null;
  }
}

class AsyncFutures {

  // ---- the @Async methods whose futures are sent below ----------------------------------

  @Async
  static Future<Integer> localAcross() {
    Cache c = new Cache();
    await(completed(0));
    return completed(c.hits());
  }

  @Async
  static Future<Integer> localInLoop(int n) {
    Cache c = new Cache();
    int sum = 0;
    while (n-- > 0) {
      sum += c.hits();
      sum += await(completed(1));
    }
    return completed(sum);
  }

  @Async
  static Future<Integer> awaitsWhatItHolds() {
    Cache c = new Cache();
    return completed(await(c.load()));
  }

  @Async
  static Future<Integer> receiverOnTheStack() {
    Cache c = new Cache();
    return completed(c.merge(await(completed(1))));
  }

  @Async
  static Future<Integer> temporaryOnTheStack() {
    return completed(new Cache().merge(await(completed(1))));
  }

  @Async
  static Future<Integer> doneBeforeTheAwait() {
    Cache c = new Cache();
    int n = c.hits() + await(completed(1));
    return completed(new Cache().merge(n));
  }

  @Async
  static Future<Integer> usesArgument(Cache c) {
    return completed(c.hits());
  }

  @Async
  static Future<Integer> ignoresArgument(Cache c) {
    int a = await(completed(2));
    return completed(a);
  }

  @Async
  static Future<Integer> localBeforeAwait() {
    Cache c = new Cache();
    int hits = c.hits();
    int more = await(completed(hits));
    return completed(more);
  }

  @Async
  static Future<Integer> localAfterLastAwait() {
    int a = await(completed(1));
    Cache c = new Cache();
    return completed(a + c.hits());
  }

  @Async
  static Future<Integer> freshEachIteration(int n) {
    int sum = 0;
    for (int i = 0; i < n; i++) {
      Cache c = new Cache();
      sum += c.hits();
      sum += await(completed(i));
    }
    return completed(sum);
  }

  @Async
  static Future<Integer> measure(Ledger ledger) {
    return completed(ledger.total());
  }

  @Async
  static Future<Integer> adjust(@Mut Ledger ledger) {
    return completed(ledger.total());
  }

  @Async
  static Future<Integer> append(@Borrowed StringBuilder out) {
    out.append('x');
    return completed(out.length());
  }

  @Async
  static Future<Integer> keep(@Owned Ledger ledger) {
    int t = ledger.total();
    ledger.close();
    return completed(t);
  }

  @Async
  static Future<Integer> label(String text) {
    return completed(text.length());
  }

  // ---- P0277 fires -----------------------------------------------------------------------

  // fires: a @NotSend local is used after the await, so the future holds it while suspended
  void localLiveAcrossAnAwait(Workers pool) {
    // :: error: [P0277]
    pool.spawn(localAcross());
  }

  // fires: used before the await inside a loop, so the next iteration uses it after this one's await
  void localLiveAroundALoop(Workers pool) {
    // :: error: [P0277]
    pool.spawn(localInLoop(3));
  }

  // fires: the awaited future is made from the @NotSend local, and may hold it while suspended
  void localInTheAwaitedExpression(Workers pool) {
    // :: error: [P0277]
    pool.spawn(awaitsWhatItHolds());
  }

  // fires: `c` is the receiver of a call whose argument awaits: it waits on the operand stack
  void receiverHeldByTheCall(Workers pool) {
    // :: error: [P0277]
    pool.spawn(receiverOnTheStack());
  }

  // fires: a @NotSend temporary, the receiver of a call whose argument awaits
  void temporaryHeldByTheCall(Workers pool) {
    // :: error: [P0277]
    pool.spawn(temporaryOnTheStack());
  }

  // fires: a @NotSend argument waits in the future from the call; the polling thread uses it
  void notSendArgument(Workers pool) {
    // :: error: [P0277]
    pool.spawn(usesArgument(new Cache()));
  }

  // fires: the @NotSend receiver is used (through `user()`) after the await
  void notSendReceiver(Workers pool, Session session) {
    // :: error: [P0277]
    pool.spawn(session.refresh());
  }

  // fires: the body comes from a class file, so a @NotSend parameter is assumed held across an await
  void unseenBody(Workers pool) {
    // :: error: [P0277]
    pool.spawn(CompiledTasks.render(new CompiledTasks.Surface()));
  }

  // fires: the future is made into a local first, then sent
  void throughALocal(Workers pool) {
    Future<Integer> f = localAcross();
    // :: error: [P0277]
    pool.spawn(f);
  }

  // ---- P0277 stays silent ----------------------------------------------------------------

  // silent: the local ends before the first await (the body is polled on one thread until then)
  void localEndsBeforeTheAwait(Workers pool) {
    pool.spawn(localBeforeAwait());
  }

  // silent: `c.hits()` is done before the await starts (only its int waits), and the later cache is new
  void callDoneBeforeTheAwait(Workers pool) {
    pool.spawn(doneBeforeTheAwait());
  }

  // silent: the local is made after the last await
  void localMadeAfterTheLastAwait(Workers pool) {
    pool.spawn(localAfterLastAwait());
  }

  // silent: each iteration makes its own local, used before that iteration's await
  void localFreshInEachIteration(Workers pool) {
    pool.spawn(freshEachIteration(3));
  }

  // silent: the body never uses the @NotSend argument, nor `this`
  void unusedNotSendValues(Workers pool, Session session) {
    pool.spawn(ignoresArgument(new Cache()));
    pool.spawn(session.constant());
  }

  // silent: a future that holds a @NotSend value across its await, run on this thread
  void runHere(Workers pool) {
    pool.blockOn(localAcross());
  }

  // silent: a class-file body whose parameters may all cross threads
  void unseenButPlain(Workers pool) {
    pool.spawn(CompiledTasks.twice(2, "two"));
  }

  // ---- P0373 fires -----------------------------------------------------------------------

  // fires: the parameter is not @Owned, so the future borrows the ledger
  void borrowingParameter(Workers pool, @Owned Ledger ledger) {
    // :: error: [P0373]
    pool.spawn(measure(ledger));
    ledger.close();
  }

  // fires: a @Mut parameter: the future borrows the ledger exclusively
  void mutParameter(Workers pool, @Owned Ledger ledger) {
    // :: error: [P0373]
    pool.spawn(adjust(ledger));
    ledger.close();
  }

  // fires: @Borrowed on a parameter of an untracked type still says the future borrows it
  void explicitlyBorrowed(Workers pool) {
    StringBuilder out = new StringBuilder();
    // :: error: [P0373]
    pool.spawn(append(out));
  }

  // fires: a method that is not @Consume borrows its receiver, and so does its future
  void borrowedReceiver(Workers pool, @Owned Ledger ledger) {
    // :: error: [P0373]
    pool.spawn(ledger.audit());
    ledger.close();
  }

  // fires: a class-file @Async method's @Borrowed parameter (its signature is enough)
  void unseenBorrow(Workers pool, @Owned Batch batch) {
    // :: error: [P0373]
    pool.spawn(CompiledTasks.measure(batch));
    batch.close();
  }

  // ---- P0373 stays silent ----------------------------------------------------------------

  // silent: @Owned parameters: the futures own the values (and close them)
  void ownedParameters(Workers pool, @Owned Ledger ledger, @Owned Batch batch) {
    pool.spawn(keep(ledger));
    pool.spawn(CompiledTasks.drain(batch));
  }

  // silent: a @Consume method's future owns its receiver
  void consumedReceiver(Workers pool, @Owned Ledger ledger) {
    pool.spawn(ledger.settle());
  }

  // silent: an untracked, unmarked parameter is not a borrow
  void plainParameter(Workers pool) {
    pool.spawn(label("text"));
  }

  // silent: a borrowing future run on this thread, which outlives it
  void borrowRunHere(Workers pool, @Owned Ledger ledger) {
    pool.blockOn(measure(ledger));
    ledger.close();
  }
}
