package dev.patina.gameboy.core.cartridge;

import dev.patina.gameboy.core.state.NotState;

/**
 * MBC2: a 4-bit ROM bank and 512 half-bytes of built-in RAM, mirrored across $A000–$BFFF. Address
 * bit 8 of a write to $0000–$3FFF picks the register: clear for RAM enable, set for the ROM bank.
 */
public final class Mbc2 implements Cartridge {

  @NotState private final Header header;
  private final Banked mem;
  private final byte[] ram = new byte[512];
  private boolean ramEnabled;
  private int bank = 1;

  Mbc2(Header header, byte[] rom, boolean battery) {
    this.header = header;
    this.mem = new Banked(rom, 0, battery);
  }

  @Override
  public Header header() {
    return header;
  }

  @Override
  public int readRom(int address) {
    return mem.rom(address < 0x4000 ? 0 : bank, address);
  }

  @Override
  public void writeRom(int address, int value) {
    if (address >= 0x4000) {
      return;
    }
    if ((address & 0x100) == 0) {
      ramEnabled = (value & 0x0F) == 0x0A;
    } else {
      bank = value & 0x0F;
      if (bank == 0) {
        bank = 1;
      }
    }
  }

  @Override
  public int readRam(int address) {
    return ramEnabled ? 0xF0 | (ram[address & 0x1FF] & 0x0F) : 0xFF;
  }

  @Override
  public void writeRam(int address, int value) {
    if (ramEnabled) {
      ram[address & 0x1FF] = (byte) (value & 0x0F);
    }
  }

  @Override
  public byte[] saveData() {
    return mem.battery ? ram.clone() : new byte[0];
  }

  @Override
  public void loadSaveData(byte[] data) throws CartridgeException {
    if (!mem.battery || data.length != ram.length) {
      throw new CartridgeException("an MBC2 save is 512 bytes from a cartridge with a battery; this one has " + data.length);
    }
    System.arraycopy(data, 0, ram, 0, ram.length);
  }
}
