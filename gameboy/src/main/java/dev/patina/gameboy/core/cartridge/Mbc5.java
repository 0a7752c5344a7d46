package dev.patina.gameboy.core.cartridge;

import dev.patina.gameboy.core.state.NotState;

/** MBC5: a 9-bit ROM bank (bank 0 is allowed at $4000) and a 4-bit RAM bank. */
public final class Mbc5 implements Cartridge {

  @NotState private final Header header;
  private final Banked mem;
  private boolean ramEnabled;
  private int romBank = 1;
  private int ramBank;

  Mbc5(Header header, byte[] rom, boolean battery) {
    this.header = header;
    this.mem = new Banked(rom, header.ramBytes(), battery);
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
    switch (address >> 12) {
      case 0, 1 -> ramEnabled = (value & 0x0F) == 0x0A;
      case 2 -> romBank = (romBank & 0x100) | value;
      case 3 -> romBank = (romBank & 0xFF) | ((value & 1) << 8);
      case 4, 5 -> ramBank = value & 0x0F;
      default -> { } // $6000-$7FFF: unused on MBC5
    }
  }

  @Override
  public int readRam(int address) {
    return ramEnabled ? mem.ram(ramBank, address) : 0xFF;
  }

  @Override
  public void writeRam(int address, int value) {
    if (ramEnabled) {
      mem.setRam(ramBank, address, value);
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
