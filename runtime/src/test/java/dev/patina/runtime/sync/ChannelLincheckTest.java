package dev.patina.runtime.sync;

import static dev.patina.runtime.testing.LincheckRuns.SYNC;

import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Linearizability of the channels' non-blocking operations: {@code trySend}, {@code tryRecv} and
 * closing either side, against the same operations run one at a time. The receiver's operations
 * share a non-parallel group (there is one consumer), and so do each sender handle's sends and its
 * close: a handle is not closed while it sends, as a Rust sender cannot be dropped mid-send.
 */
class ChannelLincheckTest {

  /** A bounded channel of capacity 2, so full and empty are both reached. */
  @Param(name = "v", gen = IntGen.class, conf = "1:9")
  public static class Bounded {
    private final Mpsc.Channel<Integer> ch = Mpsc.bounded(2);
    private final Mpsc.Sender<Integer> other = ch.tx().clone();

    @Operation(nonParallelGroup = "tx")
    public boolean trySend(@Param(name = "v") int v) {
      return ch.tx().trySend(v);
    }

    @Operation(nonParallelGroup = "other")
    public boolean trySendOther(@Param(name = "v") int v) {
      return other.trySend(v);
    }

    @Operation(nonParallelGroup = "consumer")
    public Integer tryRecv() {
      return ch.rx().tryRecv();
    }

    @Operation
    public void closeReceiver() {
      ch.rx().close();
    }

    @Operation(nonParallelGroup = "tx")
    public void closeSender() {
      ch.tx().close();
    }

    @Operation(nonParallelGroup = "other")
    public void closeOther() {
      other.close();
    }
  }

  /** An unbounded channel: its sends never refuse for want of space. */
  @Param(name = "v", gen = IntGen.class, conf = "1:9")
  public static class Unbounded {
    private final Mpsc.UnboundedChannel<Integer> ch = Mpsc.unbounded();
    private final Mpsc.UnboundedSender<Integer> other = ch.tx().clone();

    @Operation(nonParallelGroup = "tx")
    public void send(@Param(name = "v") int v) {
      ch.tx().send(v);
    }

    @Operation(nonParallelGroup = "other")
    public void sendOther(@Param(name = "v") int v) {
      other.send(v);
    }

    @Operation(nonParallelGroup = "consumer")
    public Integer tryRecv() {
      return ch.rx().tryRecv();
    }

    @Operation
    public void closeReceiver() {
      ch.rx().close();
    }

    @Operation(nonParallelGroup = "tx")
    public void closeSender() {
      ch.tx().close();
    }

    @Operation(nonParallelGroup = "other")
    public void closeOther() {
      other.close();
    }
  }

  /** A oneshot: send once, receive once, close either side. */
  @Param(name = "v", gen = IntGen.class, conf = "1:9")
  public static class OneshotOps {
    private final Oneshot.Channel<Integer> ch = Oneshot.channel();

    @Operation(nonParallelGroup = "sender")
    public boolean send(@Param(name = "v") int v) {
      return ch.tx().send(v);
    }

    @Operation(nonParallelGroup = "sender")
    public void closeSender() {
      ch.tx().close();
    }

    @Operation
    public boolean senderSeesClosed() {
      return ch.tx().isClosed();
    }

    @Operation(nonParallelGroup = "receiver")
    public Integer tryRecv() {
      return ch.rx().tryRecv();
    }

    @Operation(nonParallelGroup = "receiver")
    public void closeReceiver() {
      ch.rx().close();
    }
  }

  @Nested
  class ModelChecking {
    @Test
    void bounded() {
      SYNC.modelChecking().check(Bounded.class);
    }

    @Test
    void unbounded() {
      SYNC.modelChecking().check(Unbounded.class);
    }

    @Test
    void oneshot() {
      SYNC.modelChecking().check(OneshotOps.class);
    }
  }

  @Nested
  class Stress {
    @Test
    void bounded() {
      SYNC.stress().check(Bounded.class);
    }

    @Test
    void unbounded() {
      SYNC.stress().check(Unbounded.class);
    }

    @Test
    void oneshot() {
      SYNC.stress().check(OneshotOps.class);
    }
  }
}
