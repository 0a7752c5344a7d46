package dev.patina.gameboy.core;

import dev.patina.gameboy.core.bus.Bus;
import dev.patina.gameboy.core.cartridge.Cartridge;
import dev.patina.gameboy.core.cpu.Cpu;
import dev.patina.gameboy.core.ppu.Ppu;
import dev.patina.units.Unit;

/**
 * A DMG with a cartridge in it, started in the state the boot ROM leaves. Hosts call {@link
 * #runFrame()} (or {@link #step()}) and read {@link #frame()}, and talk to the serial port and
 * joypad through {@link #bus()}.
 */
public final class GameBoy {

  /** Clock cycles per frame: 154 lines of 456 dots. */
  public static final @Unit("cycle") int CYCLES_PER_FRAME = Ppu.LINES * Ppu.DOTS_PER_LINE;

  private final Bus bus;
  private final Cpu cpu;

  /** Powers on with {@code cartridge}. */
  public GameBoy(Cartridge cartridge) {
    this.bus = new Bus(cartridge);
    this.cpu = new Cpu(bus);
  }

  /** Runs one CPU step: an instruction, an interrupt dispatch, or a cycle of HALT. */
  public void step() {
    cpu.step();
  }

  /**
   * Runs until the PPU finishes a frame, or for one frame's worth of cycles when the LCD is off
   * (then no frame is drawn but time passes as on hardware).
   */
  public void runFrame() {
    @Unit("cycle") long end = bus.clockCycles() + CYCLES_PER_FRAME;
    while (!bus.ppu().takeFrame() && bus.clockCycles() < end) {
      cpu.step();
    }
  }

  /** The last frame: 160 × 144 shades 0–3. */
  public int[] frame() {
    return bus.ppu().frame();
  }

  /** The bus, for the serial port, joypad, cartridge and peeking at memory. */
  public Bus bus() {
    return bus;
  }

  /** The CPU. */
  public Cpu cpu() {
    return cpu;
  }

  /** Clock cycles since power-on. */
  public @Unit("cycle") long clockCycles() {
    return bus.clockCycles();
  }
}
