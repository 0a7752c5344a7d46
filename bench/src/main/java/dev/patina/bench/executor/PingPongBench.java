package dev.patina.bench.executor;

import dev.patina.bench.Baseline;
import dev.patina.runtime.executor.Executor;
import dev.patina.runtime.future.Context;
import dev.patina.runtime.future.Future;
import dev.patina.runtime.future.Poll;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * Tokio's {@code ping_pong}: 1,000 times, a task spawns a partner, sends it a oneshot signal and
 * waits for the answer on another. One operation is one ping: two spawns, two oneshots, two wakes.
 * Compared with Tokio only (through the companion): the JVM peers have no equivalent of a task
 * awaiting a channel.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(PingPongBench.NUM_PINGS)
public class PingPongBench {

  static final int NUM_PINGS = 1_000;

  /** Waits for the ping, answers. */
  record Pong(Oneshot ping, Oneshot pong) implements Future<Void> {
    @Override
    public Poll<Void> poll(Context cx) {
      if (!ping.poll(cx).isDone()) {
        return Poll.pending();
      }
      pong.send();
      return Done.READY;
    }
  }

  /** Spawns a partner, pings it, waits for the pong, counts itself off. */
  static final class Ping implements Future<Void> {
    private final AtomicInteger remaining;
    private final Done done;
    private Oneshot pong;

    Ping(AtomicInteger remaining, Done done) {
      this.remaining = remaining;
      this.done = done;
    }

    @Override
    public Poll<Void> poll(Context cx) {
      if (pong == null) {
        Oneshot ping = new Oneshot();
        pong = new Oneshot();
        Executor.current().spawn(new Pong(ping, pong)).detach();
        ping.send();
      }
      if (!pong.poll(cx).isDone()) {
        return Poll.pending();
      }
      if (remaining.decrementAndGet() == 0) {
        done.finish();
      }
      return Done.READY;
    }
  }

  /** The root task: spawns the pings. */
  record Pings(AtomicInteger remaining, Done done) implements Future<Void> {
    @Override
    public Poll<Void> poll(Context cx) {
      for (int i = 0; i < NUM_PINGS; i++) {
        Executor.current().spawn(new Ping(remaining, done)).detach();
      }
      return Done.READY;
    }
  }

  @Benchmark
  @Baseline
  public void patinaWorkStealing(Runtimes rt) {
    Done done = new Done();
    rt.workStealing.spawn(new Pings(new AtomicInteger(NUM_PINGS), done)).detach();
    rt.workStealing.blockOn(done);
  }

  @Benchmark
  public void patinaCurrentThread(Runtimes rt) {
    Done done = new Done();
    rt.currentThread.blockOn(new SpawnThenAwait(new Pings(new AtomicInteger(NUM_PINGS), done), done));
  }
}
