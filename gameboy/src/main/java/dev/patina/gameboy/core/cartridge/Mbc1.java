package dev.patina.gameboy.core.cartridge;

import dev.patina.gameboy.core.state.NotState;

/**
 * MBC1: a 5-bit ROM bank register (0 reads as 1), a 2-bit register that is either the upper ROM
 * bank bits or the RAM bank, and the mode that decides whether it also banks $0000–$3FFF and RAM.
 * Multicarts (MBC1M, 1 MiB collections) wire only four bits of the first register.
 */
public final class Mbc1 implements Cartridge {

  @NotState private final Header header;
  private final Banked mem;
  private final int lowBits;
  private boolean ramEnabled;
  private int bank1 = 1;
  private int bank2;
  private boolean advancedMode;

  Mbc1(Header header, byte[] rom, boolean battery) {
    this.header = header;
    this.mem = new Banked(rom, header.ramBytes(), battery);
    this.lowBits = isMulticart(rom) ? 4 : 5;
  }

  /** A 1 MiB MBC1 image with a second Nintendo logo at bank $10 is a multicart. */
  static boolean isMulticart(byte[] rom) {
    if (rom.length != 1024 * 1024) {
      return false;
    }
    int second = 0x10 * 0x4000;
    for (int i = 0x104; i < 0x134; i++) {
      if (rom[i] != rom[second + i]) {
        return false;
      }
    }
    return true;
  }

  @Override
  public Header header() {
    return header;
  }

  @Override
  public int readRom(int address) {
    if (address < 0x4000) {
      return mem.rom(advancedMode ? bank2 << lowBits : 0, address);
    }
    return mem.rom((bank2 << lowBits) | (bank1 & ((1 << lowBits) - 1)), address);
  }

  @Override
  public void writeRom(int address, int value) {
    switch (address >> 13) {
      case 0 -> ramEnabled = (value & 0x0F) == 0x0A;
      case 1 -> {
        bank1 = value & 0x1F;
        if (bank1 == 0) {
          bank1 = 1; // the zero check sees all five bits, even on a multicart
        }
      }
      case 2 -> bank2 = value & 0x03;
      default -> advancedMode = (value & 1) != 0;
    }
  }

  @Override
  public int readRam(int address) {
    return ramEnabled ? mem.ram(advancedMode ? bank2 : 0, address) : 0xFF;
  }

  @Override
  public void writeRam(int address, int value) {
    if (ramEnabled) {
      mem.setRam(advancedMode ? bank2 : 0, address, value);
    }
  }

  @Override
  public byte[] saveData() {
    return mem.save();
  }

  @Override
  public void loadSaveData(byte[] data) throws CartridgeException {
    mem.load(data);
  }
}
