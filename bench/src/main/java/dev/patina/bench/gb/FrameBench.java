package dev.patina.bench.gb;

import dev.patina.gameboy.core.GameBoy;
import dev.patina.gameboy.core.cartridge.CartridgeException;
import dev.patina.gameboy.core.cartridge.Cartridges;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One emulated frame (70,224 clock cycles) of {@code cpu_instrs.gb} per operation, so the score in
 * ops/s is frames per second. Each iteration starts a fresh machine and skips its first 60 frames
 * (the ROM's start-up), so every measured frame runs the tests themselves, which take about 3,200
 * frames — more than an iteration runs.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FrameBench {

  private byte[] rom;
  private GameBoy gb;

  @Setup(Level.Trial)
  public void loadRom() throws IOException {
    Path home = Path.of(System.getProperty("patina.home", "."));
    rom = Files.readAllBytes(home.resolve("../shared/gb-test-roms/blargg/cpu_instrs/cpu_instrs.gb"));
  }

  @Setup(Level.Iteration)
  public void powerOn() throws CartridgeException {
    gb = new GameBoy(Cartridges.load(rom));
    for (int i = 0; i < 60; i++) {
      gb.runFrame();
    }
  }

  @Benchmark
  public long cpuInstrsFrame() {
    gb.runFrame();
    return gb.clockCycles();
  }
}
