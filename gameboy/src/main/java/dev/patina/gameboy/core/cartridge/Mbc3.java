package dev.patina.gameboy.core.cartridge;

import dev.patina.gameboy.core.state.NotState;

/**
 * MBC3: a 7-bit ROM bank (0 reads as 1), four RAM banks, and on the "TIMER" types a real-time
 * clock — seconds, minutes, hours and a 9-bit day counter with halt and carry flags — that the
 * game reads through a latch. The clock counts emulated seconds, so a saved game's clock stands
 * still while the emulator is not running.
 */
public final class Mbc3 implements Cartridge {

  private static final int SECONDS = 0;
  private static final int MINUTES = 1;
  private static final int HOURS = 2;
  private static final int DAYS_LOW = 3;
  private static final int DAYS_HIGH = 4;
  private static final int HALT = 0x40;
  private static final int DAY_CARRY = 0x80;

  @NotState private final Header header;
  private final Banked mem;
  private final boolean hasClock;
  private final int[] clock = new int[5];
  private final int[] latched = new int[5];
  private boolean enabled;
  private int romBank = 1;
  private int select;
  private int lastLatchWrite = -1;

  Mbc3(Header header, byte[] rom, boolean battery, boolean hasClock) {
    this.header = header;
    this.mem = new Banked(rom, header.ramBytes(), battery);
    this.hasClock = hasClock;
  }

  @Override
  public Header header() {
    return header;
  }

  @Override
  public int readRom(int address) {
    return mem.rom(address < 0x4000 ? 0 : romBank, address);
  }

  @Override
  public void writeRom(int address, int value) {
    switch (address >> 13) {
      case 0 -> enabled = (value & 0x0F) == 0x0A;
      case 1 -> romBank = (value & 0x7F) == 0 ? 1 : value & 0x7F;
      case 2 -> select = value & 0x0F;
      default -> {
        if (lastLatchWrite == 0 && value == 1) {
          System.arraycopy(clock, 0, latched, 0, clock.length);
        }
        lastLatchWrite = value;
      }
    }
  }

  @Override
  public int readRam(int address) {
    if (!enabled) {
      return 0xFF;
    }
    if (select <= 3) {
      return mem.ram(select, address);
    }
    return hasClock && select >= 8 && select <= 0x0C ? latched[select - 8] : 0xFF;
  }

  @Override
  public void writeRam(int address, int value) {
    if (!enabled) {
      return;
    }
    if (select <= 3) {
      mem.setRam(select, address, value);
    } else if (hasClock && select >= 8 && select <= 0x0C) {
      int[] masks = {0x3F, 0x3F, 0x1F, 0xFF, 0xC1};
      clock[select - 8] = value & masks[select - 8];
      latched[select - 8] = clock[select - 8];
    }
  }

  @Override
  public void secondElapsed() {
    if (!hasClock || (clock[DAYS_HIGH] & HALT) != 0) {
      return;
    }
    clock[SECONDS] = (clock[SECONDS] + 1) & 0x3F;
    if (clock[SECONDS] != 60) {
      return;
    }
    clock[SECONDS] = 0;
    clock[MINUTES] = (clock[MINUTES] + 1) & 0x3F;
    if (clock[MINUTES] != 60) {
      return;
    }
    clock[MINUTES] = 0;
    clock[HOURS] = (clock[HOURS] + 1) & 0x1F;
    if (clock[HOURS] != 24) {
      return;
    }
    clock[HOURS] = 0;
    int days = ((clock[DAYS_HIGH] & 1) << 8 | clock[DAYS_LOW]) + 1;
    if (days > 0x1FF) {
      days = 0;
      clock[DAYS_HIGH] |= DAY_CARRY;
    }
    clock[DAYS_LOW] = days & 0xFF;
    clock[DAYS_HIGH] = (clock[DAYS_HIGH] & ~1) | (days >> 8);
  }

  /** The RAM, then the five clock registers and their five latched copies. */
  @Override
  public byte[] saveData() {
    if (!mem.battery) {
      return new byte[0];
    }
    byte[] ram = mem.save();
    if (!hasClock) {
      return ram;
    }
    byte[] out = new byte[ram.length + 10];
    System.arraycopy(ram, 0, out, 0, ram.length);
    for (int i = 0; i < 5; i++) {
      out[ram.length + i] = (byte) clock[i];
      out[ram.length + 5 + i] = (byte) latched[i];
    }
    return out;
  }

  @Override
  public void loadSaveData(byte[] data) throws CartridgeException {
    int ramLength = mem.ram.length;
    if (!hasClock) {
      mem.load(data);
      return;
    }
    if (data.length != ramLength + 10) {
      throw new CartridgeException("an MBC3 save with a clock has " + (ramLength + 10) + " bytes; this one has " + data.length);
    }
    byte[] ram = new byte[ramLength];
    System.arraycopy(data, 0, ram, 0, ramLength);
    mem.load(ram);
    for (int i = 0; i < 5; i++) {
      clock[i] = data[ramLength + i] & 0xFF;
      latched[i] = data[ramLength + 5 + i] & 0xFF;
    }
  }
}
