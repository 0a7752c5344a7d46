package dev.patina.gameboy.host.testrom;

import dev.patina.gameboy.core.GameBoy;
import dev.patina.gameboy.core.bus.Bus;
import dev.patina.gameboy.core.cartridge.CartridgeException;
import dev.patina.gameboy.core.cartridge.Cartridges;
import dev.patina.units.Unit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Runs one test ROM headless until it reports or its limit passes, watching every protocol at
 * once: serial text, the $A000 signature, LD B,B, and (when a reference picture is known) the
 * screen after a fixed time.
 */
public final class TestRomRunner {

  /** Frames per emulated second: 4,194,304 / 70,224. */
  public static final @Unit("1/s") double FRAMES_PER_SECOND = (double) Bus.CLOCK_HZ / GameBoy.CYCLES_PER_FRAME;

  /** Frames to keep running after "Passed"/"Failed" so the rest of the line arrives. */
  private static final int TAIL_FRAMES = 30;

  private static final @Unit("s") double SECONDS_PER_NANOSECOND = 1e-9;

  private final @Unit("s") double limitSeconds;
  private final @Unit("s") double screenSeconds;

  /**
   * @param limitSeconds emulated seconds after which a ROM that has not reported fails
   * @param screenSeconds emulated seconds after which a screen-only ROM's picture is compared
   */
  public TestRomRunner(@Unit("s") double limitSeconds, @Unit("s") double screenSeconds) {
    this.limitSeconds = limitSeconds;
    this.screenSeconds = screenSeconds;
  }

  /** Runs {@code rom}; {@code reference} is the picture to compare with, if the ROM has one. */
  public Outcome run(Path rom, Optional<Path> reference) {
    long start = System.nanoTime();
    String name = rom.getFileName().toString();
    GameBoy gb;
    int[] expected;
    try {
      gb = new GameBoy(Cartridges.load(Files.readAllBytes(rom)));
      expected = reference.isPresent() ? Screens.read(reference.get()) : null;
    } catch (IOException | CartridgeException e) {
      return new Outcome(name, false, "cannot run it: " + e.getMessage(), 0, seconds(start));
    }
    StringBuilder serial = new StringBuilder();
    gb.bus().serial().connect(b -> serial.append((char) b));
    Verdict verdict = watch(gb, serial, expected);
    return new Outcome(name, verdict.passed(), verdict.reason(),
        gb.clockCycles() / (double) Bus.CLOCK_HZ, seconds(start));
  }

  private record Verdict(boolean passed, String reason) {}

  private Verdict watch(GameBoy gb, StringBuilder serial, int[] expected) {
    long limitFrames = (long) (limitSeconds * FRAMES_PER_SECOND);
    long screenFrames = (long) (screenSeconds * FRAMES_PER_SECOND);
    int tail = -1;
    for (long frame = 0; frame < limitFrames; frame++) {
      gb.runFrame();
      if (gb.cpu().lockedOpcode() >= 0) {
        return new Verdict(false, String.format("the CPU locked up on illegal opcode $%02X at $%04X; serial: %s",
            gb.cpu().lockedOpcode(), gb.cpu().registers().pc(), quote(serial)));
      }
      if (tail < 0 && (serial.indexOf("Passed") >= 0 || serial.indexOf("Failed") >= 0)) {
        tail = TAIL_FRAMES;
      }
      if (tail >= 0 && tail-- == 0) {
        return new Verdict(serial.indexOf("Passed") >= 0 && serial.indexOf("Failed") < 0, "serial: " + quote(serial));
      }
      Optional<Verdict> memory = memoryResult(gb);
      if (memory.isPresent()) {
        return memory.get();
      }
      // LD B,B may be an ordinary instruction of a ROM: a picture that does not match yet is no verdict
      boolean screenOnly = frame >= screenFrames && serial.isEmpty() && !hasSignature(gb.bus());
      boolean breakpoint = gb.cpu().takeSoftwareBreakpoint();
      if (expected != null && (breakpoint || screenOnly) && Screens.differences(gb.frame(), expected) == 0) {
        return new Verdict(true, "screen matches the reference");
      }
    }
    if (expected != null && serial.isEmpty() && !hasSignature(gb.bus())) {
      return new Verdict(false, "screen differs from the reference in " + Screens.differences(gb.frame(), expected)
          + " of 23040 pixels after " + limitSeconds + " emulated s");
    }
    return new Verdict(false, "no result within " + limitSeconds + " emulated s; serial: " + quote(serial));
  }

  /** Blargg's $A000 protocol: only once the signature is there and $A000 left $80. */
  private static Optional<Verdict> memoryResult(GameBoy gb) {
    Bus bus = gb.bus();
    if (!hasSignature(bus)) {
      return Optional.empty();
    }
    int status = bus.peek(0xA000);
    if (status == 0x80) {
      return Optional.empty();
    }
    StringBuilder text = new StringBuilder();
    for (int a = 0xA004; a < 0xC000 && bus.peek(a) != 0; a++) {
      text.append((char) bus.peek(a));
    }
    return Optional.of(new Verdict(status == 0, "result " + status + ": " + quote(text)));
  }

  private static boolean hasSignature(Bus bus) {
    return bus.peek(0xA001) == 0xDE && bus.peek(0xA002) == 0xB0 && bus.peek(0xA003) == 0x61;
  }

  private static String quote(CharSequence text) {
    String oneLine = text.toString().strip().replaceAll("\\s+", " ");
    return "\"" + (oneLine.length() > 200 ? oneLine.substring(0, 200) + "…" : oneLine) + "\"";
  }

  private static @Unit("s") double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) * SECONDS_PER_NANOSECOND;
  }
}
