package dev.patina.gameboy.core.bus;

import dev.patina.gameboy.core.apu.Apu;
import dev.patina.gameboy.core.cartridge.Cartridge;
import dev.patina.gameboy.core.cpu.Memory;
import dev.patina.gameboy.core.joypad.Joypad;
import dev.patina.gameboy.core.ppu.Ppu;
import dev.patina.gameboy.core.serial.Serial;
import dev.patina.gameboy.core.timer.Timer;
import dev.patina.units.Unit;

/**
 * The DMG's address space and its clock. Every CPU access first advances the machine one machine
 * cycle ({@link #tick()}), then reads or writes, so the parts see accesses at the cycle the CPU
 * makes them.
 */
public final class Bus implements Memory {

  /** Clock cycles per second of the DMG. */
  public static final @Unit("cycle/s") int CLOCK_HZ = 4_194_304;

  /** Clock cycles per machine cycle: every tick is four. */
  public static final @Unit("cycle") int CYCLES_PER_TICK = 4;

  private static final @Unit("s") int SECOND = 1;

  private final Cartridge cartridge;
  private final Ppu ppu;
  private final Timer timer;
  private final Serial serial;
  private final Joypad joypad;
  private final Apu apu = new Apu(CLOCK_HZ);
  private final byte[] wram = new byte[0x2000];
  private final byte[] hram = new byte[0x7F];
  private int interruptFlags = 0xE1;
  private int interruptEnable;
  private int dmaSource = -1;
  private int dmaIndex;
  private int dmaRegister = 0xFF;
  private int dmaDelay;
  private long machineCycles;
  private @Unit("cycle") long nextSecondAt = CLOCK_HZ * SECOND;
  private int unusedInterruptFlagBits = 0xE0;

  /** A bus over {@code cartridge} with freshly powered parts. */
  public Bus(Cartridge cartridge) {
    this.cartridge = cartridge;
    this.ppu = new Ppu(this::request);
    this.timer = new Timer(this::request);
    this.serial = new Serial(this::request);
    this.joypad = new Joypad(this::request);
  }

  /** Requests interrupt {@code bit} (0 VBlank, 1 STAT, 2 timer, 3 serial, 4 joypad). */
  public void request(int bit) {
    interruptFlags |= 1 << bit;
  }

  /** Advances every part one machine cycle. */
  public void tick() {
    machineCycles++;
    timer.tick();
    apu.tick(timer.counter());
    ppu.tick();
    serial.tick();
    if (dmaSource >= 0) {
      stepDma();
    }
    if (clockCycles() >= nextSecondAt) {
      nextSecondAt += CLOCK_HZ * SECOND;
      cartridge.secondElapsed();
    }
  }

  private void stepDma() {
    if (dmaDelay > 0) {
      dmaDelay--;
      return;
    }
    ppu.writeOam(0xFE00 + dmaIndex, peek(dmaSource + dmaIndex));
    if (++dmaIndex == 0xA0) {
      dmaSource = -1;
    }
  }

  @Override
  public int read(int address) {
    tick();
    return peek(address);
  }

  @Override
  public void write(int address, int value) {
    tick();
    poke(address, value);
  }

  @Override
  public void idle() {
    tick();
  }

  @Override
  public int pendingInterrupts() {
    return interruptFlags & interruptEnable & 0x1F;
  }

  @Override
  public void acknowledge(int bit) {
    interruptFlags &= ~(1 << bit);
  }

  @Override
  public int peek(int address) {
    return switch (address >> 12) {
      case 0x0, 0x1, 0x2, 0x3, 0x4, 0x5, 0x6, 0x7 -> cartridge.readRom(address);
      case 0x8, 0x9 -> ppu.readVram(address);
      case 0xA, 0xB -> cartridge.readRam(address);
      case 0xC, 0xD, 0xE -> wram[address & 0x1FFF] & 0xFF;
      default -> readHigh(address);
    };
  }

  private int readHigh(int address) {
    if (address < 0xFE00) {
      return wram[address & 0x1FFF] & 0xFF;
    }
    if (address < 0xFEA0) {
      return dmaSource >= 0 && dmaDelay == 0 ? 0xFF : ppu.readOam(address);
    }
    if (address < 0xFF00) {
      return 0x00;
    }
    if (address >= 0xFF80) {
      return address == 0xFFFF ? interruptEnable : hram[address - 0xFF80] & 0xFF;
    }
    return readIo(address);
  }

  private int readIo(int address) {
    if (address >= 0xFF10 && address <= 0xFF3F) {
      return apu.read(address);
    }
    return switch (address) {
      case 0xFF00 -> joypad.read();
      case 0xFF01, 0xFF02 -> serial.read(address);
      case 0xFF04, 0xFF05, 0xFF06, 0xFF07 -> timer.read(address);
      case 0xFF0F -> unusedInterruptFlagBits | interruptFlags;
      case 0xFF46 -> dmaRegister;
      case 0xFF40, 0xFF41, 0xFF42, 0xFF43, 0xFF44, 0xFF45, 0xFF47, 0xFF48, 0xFF49, 0xFF4A, 0xFF4B -> ppu.read(address);
      default -> 0xFF;
    };
  }

  private void poke(int address, int value) {
    switch (address >> 12) {
      case 0x0, 0x1, 0x2, 0x3, 0x4, 0x5, 0x6, 0x7 -> cartridge.writeRom(address, value);
      case 0x8, 0x9 -> ppu.writeVram(address, value);
      case 0xA, 0xB -> cartridge.writeRam(address, value);
      case 0xC, 0xD, 0xE -> wram[address & 0x1FFF] = (byte) value;
      default -> writeHigh(address, value);
    }
  }

  private void writeHigh(int address, int value) {
    if (address < 0xFE00) {
      wram[address & 0x1FFF] = (byte) value;
    } else if (address < 0xFEA0) {
      ppu.writeOam(address, value);
    } else if (address >= 0xFF80) {
      if (address == 0xFFFF) {
        interruptEnable = value;
      } else {
        hram[address - 0xFF80] = (byte) value;
      }
    } else if (address >= 0xFF00) {
      writeIo(address, value);
    }
  }

  private void writeIo(int address, int value) {
    if (address >= 0xFF10 && address <= 0xFF3F) {
      apu.write(address, value);
      return;
    }
    switch (address) {
      case 0xFF00 -> joypad.write(value);
      case 0xFF01, 0xFF02 -> serial.write(address, value);
      case 0xFF04, 0xFF05, 0xFF06, 0xFF07 -> timer.write(address, value);
      case 0xFF0F -> interruptFlags = value & 0x1F;
      case 0xFF46 -> {
        dmaRegister = value;
        dmaSource = (value << 8) & 0xFFFF;
        if (dmaSource >= 0xE000) {
          dmaSource -= 0x2000; // $E0-$FF read the echo of work RAM
        }
        dmaIndex = 0;
        dmaDelay = 1;
      }
      case 0xFF40, 0xFF41, 0xFF42, 0xFF43, 0xFF44, 0xFF45, 0xFF47, 0xFF48, 0xFF49, 0xFF4A, 0xFF4B -> ppu.write(address, value);
      default -> { } // unmapped I/O and the boot ROM switch ($FF50): no boot ROM here
    }
  }

  /**
   * Makes the machine read like the emulator Gameboy Doctor's reference traces come from: LY fixed
   * at $90, and IF's three unused bits reading 0 (hardware reads them as 1). Only for comparing
   * traces with those logs.
   */
  public void doctorCompatibility() {
    ppu.fixLy(0x90);
    unusedInterruptFlagBits = 0;
  }

  /** The PPU. */
  public Ppu ppu() {
    return ppu;
  }

  /** The APU, for the host's sound. */
  public Apu apu() {
    return apu;
  }

  /** The serial port. */
  public Serial serial() {
    return serial;
  }

  /** The joypad. */
  public Joypad joypad() {
    return joypad;
  }

  /** The cartridge. */
  public Cartridge cartridge() {
    return cartridge;
  }

  /** Clock cycles since power-on. */
  public @Unit("cycle") long clockCycles() {
    return machineCycles * CYCLES_PER_TICK;
  }
}
