package dev.patina.gameboy.core.cartridge;

/**
 * A cartridge as the bus sees it: ROM at $0000–$7FFF, external RAM at $A000–$BFFF, and the
 * controller registers that writes to the ROM area set.
 */
public sealed interface Cartridge permits RomOnly, Mbc1, Mbc2, Mbc3, Mbc5 {

  /** What the header says. */
  Header header();

  /** Reads ROM ($0000–$7FFF). */
  int readRom(int address);

  /** A write to the ROM area: a controller register. */
  void writeRom(int address, int value);

  /** Reads external RAM or a clock register ($A000–$BFFF); $FF when disabled or absent. */
  int readRam(int address);

  /** Writes external RAM or a clock register; ignored when disabled or absent. */
  void writeRam(int address, int value);

  /** The battery-backed state to save (RAM, and the clock for MBC3); empty without a battery. */
  byte[] saveData();

  /** Restores what {@link #saveData()} returned; a wrong-sized save is rejected. */
  void loadSaveData(byte[] data) throws CartridgeException;

  /** One second of emulated time passed: the MBC3 clock counts it. */
  default void secondElapsed() {}
}
