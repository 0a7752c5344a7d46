package dev.patina.examples.pin;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.patina.examples.PatinaCheckout;
import dev.patina.examples.PatinaCheckout.Run;
import dev.patina.runtime.future.Context;
import dev.patina.runtime.future.Poll;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pin example: a pinned self-referential struct stays at one address while a future polls
 * over it, a copy of it to another address (a move) leaves its pointers pointing into the old,
 * freed memory, and the ownership checker rejects reaching the struct through a handle that was
 * moved away. Nothing here reads freed memory: the dangling pointers are shown by their values.
 */
class PinExampleTest {

  private static final String FIXED = "examples/src/main/java/dev/patina/examples/pin";
  private static final String BROKEN = "examples/compile-fail/ownership/pin";

  /** Seeds for the random lists of numbers. */
  static LongStream seeds() {
    return LongStream.range(0, 24).map(i -> 0x9105_0000L + i);
  }

  /** One to eight numbers of up to six digits, which always fit the struct's 64 bytes of text. */
  private static long[] numbers(long seed) {
    Random random = new Random(seed);
    long[] numbers = new long[1 + random.nextInt(8)];
    for (int i = 0; i < numbers.length; i++) {
      numbers[i] = random.nextInt(4) == 0 ? random.nextInt(10) : random.nextInt(1_000_000);
    }
    return numbers;
  }

  private static String text(long[] numbers) {
    return String.join(",", Arrays.stream(numbers).mapToObj(Long::toString).toList());
  }

  /** Builds the struct in scratch memory that is freed before this returns: pinning moved it. */
  private static Pinned<NumberScan> pin(String text) {
    try (Arena scratch = Arena.ofConfined()) {
      return Pinned.pin(NumberScan.TYPE, NumberScan.unpinned(scratch, text));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theStructStaysPutWhileTheFuturePollsIt(long seed) {
    long[] numbers = numbers(seed);
    String text = text(numbers);
    Pinned<NumberScan> pinned = pin(text);
    long address = pinned.address();
    long textStart = NumberScan.textAddress(address);
    SumFuture future = new SumFuture(pinned);
    try {
      AtomicInteger wakes = new AtomicInteger();
      Context cx = new Context(() -> wakes.incrementAndGet());
      List<Poll<Long>> polls = new ArrayList<>();
      Poll<Long> poll;
      do {
        poll = future.poll(cx);
        polls.add(poll);
        assertThat(future.structAddress()).as("the struct's address after poll %d", polls.size()).isEqualTo(address);
      } while (!poll.isDone() && polls.size() <= numbers.length);

      // one number per poll, pending in between, and each pending poll woke its own waker
      assertThat(polls).hasSize(numbers.length);
      assertThat(polls.subList(0, numbers.length - 1)).allMatch(p -> p == Poll.<Long>pending());
      assertThat(wakes.get()).isEqualTo(numbers.length - 1);
      assertThat(poll).isEqualTo(Poll.ready(Arrays.stream(numbers).sum()));

      // every poll saw the struct at the same address, and the cursor walk through its own text
      List<SumFuture.Step> steps = future.steps();
      assertThat(steps).hasSize(numbers.length);
      long expectedCursor = textStart;
      for (int i = 0; i < numbers.length; i++) {
        expectedCursor += Long.toString(numbers[i]).length() + (i < numbers.length - 1 ? 1 : 0);
        assertThat(steps.get(i)).isEqualTo(new SumFuture.Step(address, expectedCursor));
      }
      assertThat(expectedCursor).isEqualTo(textStart + text.length());
    } finally {
      future.close();
    }
  }

  @Test
  void aMoveAfterTheStructStartedLeavesItsPointersInTheOldMemory() {
    Pinned<NumberScan> pinned = pin("12,7,30");
    MemorySegment old = pinned.memory();
    long oldAddress = pinned.address();
    NumberScan.start(pinned);
    assertThat(NumberScan.step(pinned)).isFalse(); // parsed 12: the cursor is at "7,30", the struct's text + 3
    try (Arena elsewhere = Arena.ofConfined()) {
      // the move: the struct's bytes copied to a new address, and its old place freed, which is what
      // a Rust move does to a value (a memcpy, after which the source is dead)
      MemorySegment moved = elsewhere.allocate(ScanStateLayout.LAYOUT);
      MemorySegment.copy(old, 0, moved, 0, ScanStateLayout.SIZE);
      pinned.close();

      ScanStateView copied = NumberScan.fields(moved);
      long oldText = NumberScan.textAddress(oldAddress);
      long newText = NumberScan.textAddress(moved);
      assertThat(newText).isNotEqualTo(oldText);
      // the copied pointers are the old struct's: its text + 3 and its end, not the copy's
      assertThat(copied.cursor()).isEqualTo(oldText + 3).isNotEqualTo(newText + 3);
      assertThat(copied.end()).isEqualTo(oldText + 7).isNotEqualTo(newText + 7);
      // both point into [oldAddress, oldAddress + SIZE), memory that is freed now
      assertThat(copied.cursor()).isBetween(oldAddress, oldAddress + ScanStateLayout.SIZE - 1);
      assertThat(copied.end()).isBetween(oldAddress, oldAddress + ScanStateLayout.SIZE - 1);
      assertThat(old.scope().isAlive()).isFalse();
      // Java's segment for the old memory knows it is freed and refuses before it reads anything;
      // the raw address the copy holds carries no such knowledge, so it is never followed here
      assertThatThrownBy(() -> old.get(JAVA_BYTE, 3)).isInstanceOf(IllegalStateException.class);
      // the plain data moved intact: only the pointers into the struct went stale
      assertThat(copied.sum()).isEqualTo(12);
      assertThat(copied.parsed()).isEqualTo(1);
      assertThat(new String(moved.asSlice(ScanStateLayout.OFFSET_TEXT, copied.length()).toArray(JAVA_BYTE),
          StandardCharsets.US_ASCII)).isEqualTo("12,7,30");

      // the address arithmetic the debug check in step() does sees it, and pin() refuses the copy
      assertThat(NumberScan.pointsIntoItself(moved)).isFalse();
      assertThat(NumberScan.dangling(moved))
          .contains("its text at " + Pinned.hex(newText))
          .contains("its cursor holds " + Pinned.hex(oldText + 3))
          .contains("it was moved after it started");
      assertThatThrownBy(() -> Pinned.pin(NumberScan.TYPE, moved).close())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("already points into itself");
    }
  }

  @Test
  void aStructThatHasNotStartedMovesHarmlessly() {
    Arena first = Arena.ofConfined();
    try (Arena second = Arena.ofConfined()) {
      MemorySegment unpinned = NumberScan.unpinned(first, "40,2");
      assertThat(NumberScan.TYPE.holdsSelfPointers(unpinned)).isFalse();
      MemorySegment moved = second.allocate(ScanStateLayout.LAYOUT);
      MemorySegment.copy(unpinned, 0, moved, 0, ScanStateLayout.SIZE);
      first.close(); // the old place is freed, as after a move
      // no pointer was made before the last move, so the moved struct pins and runs correctly
      SumFuture future = new SumFuture(Pinned.pin(NumberScan.TYPE, moved));
      try {
        Context cx = new Context(() -> { });
        assertThat(future.poll(cx)).isSameAs(Poll.<Long>pending());
        assertThat(future.poll(cx)).isEqualTo(Poll.ready(42L));
        long text = NumberScan.textAddress(future.structAddress());
        assertThat(future.steps()).extracting(SumFuture.Step::cursor).containsExactly(text + 3, text + 4);
      } finally {
        future.close();
      }
    }
  }

  @ParameterizedTest(name = "`{0}`")
  @CsvSource(delimiter = '|', value = {
      "1,,2 | java.lang.IllegalArgumentException | no number at byte 2",
      "1,2x | java.lang.IllegalArgumentException | not a digit at byte 3: `x`",
      "7,-3 | java.lang.IllegalArgumentException | not a digit at byte 2: `-`",
      "5,99999999999999999999 | java.lang.ArithmeticException | overflow",
  })
  void aMalformedTextFailsTheFuture(String text, Class<? extends Throwable> type, String message) {
    SumFuture future = new SumFuture(pin(text));
    try {
      Context cx = new Context(() -> { });
      Poll<Long> poll = future.poll(cx);
      while (!poll.isDone()) {
        poll = future.poll(cx);
      }
      assertThat(poll).isInstanceOfSatisfying(Poll.Failed.class,
          failed -> assertThat(failed.cause()).isInstanceOf(type).hasMessageContaining(message));
      assertThatThrownBy(() -> future.poll(cx)).isInstanceOf(IllegalStateException.class);
    } finally {
      future.close();
    }
  }

  @Test
  void textLongerThanTheStructIsRefusedAndAStartedScanIsNotStartedAgain() {
    try (Arena arena = Arena.ofConfined()) {
      assertThatThrownBy(() -> NumberScan.unpinned(arena, "1,".repeat(32) + "1"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("holds 64 bytes of text, got 65");
    }
    Pinned<NumberScan> pinned = pin("1");
    try {
      NumberScan.start(pinned);
      assertThatThrownBy(() -> NumberScan.start(pinned)).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("has started already");
    } finally {
      pinned.close();
    }
  }

  @Test
  void noPublicMethodOfPinnedHandsOutTheMemory() {
    assertThat(Pinned.class.getConstructors()).isEmpty();
    for (Method method : Pinned.class.getMethods()) {
      assertThat(method.getReturnType()).as("%s", method).isNotIn(MemorySegment.class, Arena.class);
      if (!method.getName().equals("pin")) {
        assertThat(method.getParameterTypes()).as("%s", method).doesNotContain(MemorySegment.class, Arena.class);
      }
    }
  }

  @Test
  void theDemoPrintsOneAddressFromPinningToTheEnd() {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      PinDemo.main(new String[] {"5,10,200,3"});
    } finally {
      System.setOut(original);
    }
    String printed = out.toString(StandardCharsets.UTF_8);
    Matcher pinnedAt = Pattern.compile("after pinning:  the struct is at (0x[0-9a-f]+)").matcher(printed);
    assertThat(pinnedAt.find()).as(printed).isTrue();
    String address = pinnedAt.group(1);
    assertThat(printed).as(printed)
        .containsPattern("before pinning: the struct is at 0x[0-9a-f]+, with no pointers yet")
        .contains("poll 1: the struct is at " + address + ", its cursor points at")
        .contains("poll 4: the struct is at " + address + ", its cursor points at")
        .contains("(its text + 2)", "(its text + 5)", "(its text + 9)", "(its text + 10)")
        .contains("sum of 5,10,200,3 = 218 after 4 polls; the struct never moved");
    assertThat(Pattern.compile("the struct is at (0x[0-9a-f]+), its").matcher(printed).results()
        .map(m -> m.group(1)).distinct().toList()).containsExactly(address);
  }

  @Test
  void reachingTheStructThroughAMovedHandleIsCaught() throws Exception {
    Run run = PatinaCheckout.run(PatinaCheckout.home(), PatinaCheckout.patinaCommand(
        "check", "--format", "human", "--color", "never", BROKEN + "/PinDemo.java", FIXED + "/Pinned.java",
        FIXED + "/NumberScan.java", FIXED + "/ScanState.java", FIXED + "/SelfReferential.java",
        FIXED + "/SumFuture.java"), false);
    assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
    assertThat(run.output())
        .as("%s/expected.txt is what this test's `./patina check` command prints from the checkout's root", BROKEN)
        .isEqualTo(PatinaCheckout.read(PatinaCheckout.home().resolve(BROKEN).resolve("expected.txt")));
    assertThat(run.output())
        .contains("PinDemo.java:29:73", "PinDemo.java:40:7")
        .contains("error[P0382]: use of moved value: `pinned`")
        .doesNotContain("Pinned.java", "NumberScan.java", "SumFuture.java");
  }

  @Test
  void theExampleCompilesCleanWithEveryChecker() throws Exception {
    Run run = PatinaCheckout.run(PatinaCheckout.home(),
        PatinaCheckout.patinaCommand("check", "--format", "human", "--color", "never", FIXED));
    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.output()).as(run.output()).containsPattern("no problems found in \\d+ files");
  }
}
