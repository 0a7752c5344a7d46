package dev.patina.gameboy.host.testrom;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** {@code patina gb test-rom ROM...}: one line per ROM, exit 0 only if every ROM passed. */
public final class TestRoms {

  private TestRoms() {}

  /** Runs each ROM with {@code runner}, printing its line; returns the exit code. */
  public static int run(List<Path> roms, TestRomRunner runner, PrintWriter out) {
    int failed = 0;
    for (Path rom : roms) {
      Outcome outcome;
      try {
        outcome = runner.run(rom, References.find(rom));
      } catch (IOException e) {
        outcome = new Outcome(rom.getFileName().toString(), false, "cannot read it: " + e.getMessage(), 0, 0);
      }
      out.println(outcome.line());
      out.flush();
      if (!outcome.passed()) {
        failed++;
      }
    }
    out.println(failed == 0 ? "all " + roms.size() + " passed" : failed + " of " + roms.size() + " failed");
    return failed == 0 ? 0 : 1;
  }
}
