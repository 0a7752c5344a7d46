package dev.patina.cli.command;

import dev.patina.gameboy.host.headless.Headless;
import dev.patina.gameboy.host.testrom.TestRomRunner;
import dev.patina.gameboy.host.testrom.TestRoms;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code patina gb}: the Game Boy emulator — play a ROM, run test ROMs, debug. */
@Command(
    name = "gb",
    header = "Run the Game Boy emulator.",
    mixinStandardHelpOptions = true,
    description = {
      "Plays ROM in a window, or with --headless runs --frames N frames without one and",
      "writes --screenshot PNG. `patina gb test-rom ROM...` runs test ROMs until they report."
    },
    subcommands = {GbCommand.TestRom.class})
public final class GbCommand extends PatinaCommand {

  @Parameters(index = "0", arity = "0..1", paramLabel = "ROM", description = "The ROM (.gb) to run.")
  Path rom;

  @Option(names = "--headless", description = "Run without a window.")
  boolean headless;

  @Option(names = "--frames", paramLabel = "N", defaultValue = "600", description = "Frames to run headless (default: ${DEFAULT-VALUE}, 10 s).")
  long frames;

  @Option(names = "--screenshot", paramLabel = "PNG", description = "Write the last frame here (headless).")
  Path screenshot;

  @Override
  public Integer call() {
    if (rom == null) {
      throw usage("give a ROM to run, or a subcommand (test-rom)");
    }
    if (!headless) {
      throw usage("the window host is not written yet; use --headless");
    }
    if (frames <= 0) {
      throw usage("--frames must be positive");
    }
    return Headless.run(rom, frames, Optional.ofNullable(screenshot), out(), err());
  }

  /** {@code patina gb test-rom ROM...}. */
  @Command(
      name = "test-rom",
      header = "Run test ROMs headless until they report.",
      mixinStandardHelpOptions = true,
      description = {
        "Runs each ROM until it reports (serial text, the $A000 protocol, LD B,B with a screen",
        "compare, or the screen after --screen-after seconds for ROMs that say nothing else) or",
        "--limit emulated seconds pass. Prints PASS or FAIL per ROM; exits 0 only if all pass."
      })
  public static final class TestRom extends PatinaCommand {

    @Parameters(arity = "1..*", paramLabel = "ROM", description = "The test ROMs.")
    List<Path> roms = new ArrayList<>();

    @Option(names = "--limit", paramLabel = "SECONDS", defaultValue = "120", description = "Emulated seconds before a ROM fails (default: ${DEFAULT-VALUE}).")
    double limit;

    @Option(names = "--screen-after", paramLabel = "SECONDS", defaultValue = "3", description = "When a screen-only ROM's picture is compared (default: ${DEFAULT-VALUE}).")
    double screenAfter;

    @Override
    public Integer call() {
      if (limit <= 0 || screenAfter <= 0) {
        throw usage("--limit and --screen-after must be positive");
      }
      return TestRoms.run(roms, new TestRomRunner(limit, screenAfter), out());
    }
  }
}
