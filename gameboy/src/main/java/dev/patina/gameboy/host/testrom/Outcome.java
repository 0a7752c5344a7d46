package dev.patina.gameboy.host.testrom;

import dev.patina.units.Unit;

/**
 * How one test ROM ended.
 *
 * @param rom the ROM's file name
 * @param passed whether it reported success
 * @param reason what it reported (its serial text, its $A000 message, the screen comparison) or
 *     why it was stopped
 * @param emulatedSeconds emulated time until the report
 * @param wallSeconds wall time it took
 */
public record Outcome(String rom, boolean passed, String reason, @Unit("s") double emulatedSeconds,
    @Unit("s") double wallSeconds) {

  /** The runner's line: {@code PASS name  reason  (53.5 emulated s, 3.1 wall s)}. */
  public String line() {
    return String.format("%s %s  %s  (%.1f emulated s, %.2f wall s)",
        passed ? "PASS" : "FAIL", rom, reason, emulatedSeconds, wallSeconds);
  }
}
