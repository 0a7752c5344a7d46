package dev.patina.cli.command;

import dev.patina.gameboy.core.GameBoy;
import dev.patina.gameboy.host.RomFiles;
import dev.patina.gameboy.host.debug.Debugger;
import dev.patina.gameboy.host.debug.Traces;
import dev.patina.gameboy.host.headless.Headless;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import dev.patina.gameboy.host.testrom.TestRomRunner;
import dev.patina.gameboy.host.testrom.TestRoms;
import dev.patina.gameboy.host.window.Window;
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
      "Plays ROM in a window (arrows, Z = A, X = B, Enter = Start, Backspace = Select; P pause,",
      "F5 save state, F9 load state, Esc quit), or with --headless runs --frames N frames",
      "without one and writes --screenshot PNG. `patina gb test-rom ROM...` runs test ROMs",
      "until they report. Battery RAM is saved beside the ROM (game.sav)."
    },
    subcommands = {GbCommand.TestRom.class, GbCommand.Debug.class})
public final class GbCommand extends PatinaCommand {

  @Parameters(index = "0", arity = "0..1", paramLabel = "ROM", description = "The ROM (.gb) to run.")
  Path rom;

  @Option(names = "--headless", description = "Run without a window.")
  boolean headless;

  @Option(names = "--frames", paramLabel = "N", defaultValue = "600", description = "Frames to run headless (default: ${DEFAULT-VALUE}, 10 s).")
  long frames;

  @Option(names = "--screenshot", paramLabel = "PNG", description = "Headless: write the last frame here. In a window: after --frames frames, write a screenshot of the window here and close it.")
  Path screenshot;

  @Option(names = "--scale", paramLabel = "N", defaultValue = "3", description = "Window: integer scale of the 160x144 picture (default: ${DEFAULT-VALUE}).")
  int scale;

  @Override
  public Integer call() {
    if (rom == null) {
      throw usage("give a ROM to run, or a subcommand (test-rom)");
    }
    if (frames <= 0) {
      throw usage("--frames must be positive");
    }
    if (headless) {
      return Headless.run(rom, frames, Optional.ofNullable(screenshot), out(), err());
    }
    if (scale < 1 || scale > 10) {
      throw usage("--scale must be between 1 and 10");
    }
    return Window.play(rom, scale, Optional.ofNullable(screenshot), frames, out(), err());
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

  /** {@code patina gb debug ROM [--trace FILE]}. */
  @Command(
      name = "debug",
      header = "Step through a ROM, or write a Gameboy Doctor trace.",
      mixinStandardHelpOptions = true,
      description = {
        "Without --trace, reads debugger commands from standard input: s [N] step, c continue to a",
        "breakpoint, b ADDR / d ADDR breakpoints, r registers, l [ADDR] [N] disassemble,",
        "x ADDR [N] memory, f [N] frames, q quit (addresses in hexadecimal).",
        "With --trace FILE, runs --frames N frames writing one Gameboy Doctor line per instruction."
      })
  public static final class Debug extends PatinaCommand {

    @Parameters(index = "0", paramLabel = "ROM", description = "The ROM.")
    Path rom;

    @Option(names = "--trace", paramLabel = "FILE", description = "Write a Gameboy Doctor log here instead of debugging.")
    Path trace;

    @Option(names = "--frames", paramLabel = "N", defaultValue = "600", description = "Frames to trace (default: ${DEFAULT-VALUE}).")
    long frames;

    @Option(names = "--doctor", description = "Read LY as $90 and IF's unused bits as 0, as Doctor's reference logs were made.")
    boolean doctor;

    @Override
    public Integer call() {
      GameBoy gb;
      try {
        gb = new GameBoy(RomFiles.load(rom));
      } catch (RomFiles.RomException e) {
        return fail(e.getMessage());
      }
      try {
        if (trace != null) {
          long lines = Traces.write(gb, frames, trace, doctor);
          out().println("wrote " + lines + " lines to " + trace);
          return 0;
        }
        return new Debugger(gb, out()).run(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
      } catch (IOException e) {
        return fail(e.getMessage());
      }
    }
  }
}
