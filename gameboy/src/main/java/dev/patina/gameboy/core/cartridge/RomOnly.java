package dev.patina.gameboy.core.cartridge;

import dev.patina.gameboy.core.state.NotState;

/** A 32 KiB cartridge with no controller (type $00, or $08/$09 with RAM). */
public final class RomOnly implements Cartridge {

  @NotState private final Header header;
  private final Banked mem;

  RomOnly(Header header, byte[] rom, boolean battery) {
    this.header = header;
    this.mem = new Banked(rom, header.ramBytes(), battery);
  }

  @Override
  public Header header() {
    return header;
  }

  @Override
  public int readRom(int address) {
    return mem.rom(address >> 14, address);
  }

  @Override
  public void writeRom(int address, int value) {
    // no controller: writes to ROM go nowhere
  }

  @Override
  public int readRam(int address) {
    return mem.ram(0, address);
  }

  @Override
  public void writeRam(int address, int value) {
    mem.setRam(0, address, value);
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
