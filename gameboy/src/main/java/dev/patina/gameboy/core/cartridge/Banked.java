package dev.patina.gameboy.core.cartridge;

import dev.patina.gameboy.core.state.NotState;

/** ROM and RAM storage with bank arithmetic, shared by the controllers. */
final class Banked {

  @NotState final byte[] rom;
  final byte[] ram;
  final int romBanks;
  final int ramBanks;
  final boolean battery;

  Banked(byte[] rom, int ramBytes, boolean battery) {
    this.rom = rom;
    this.ram = new byte[ramBytes];
    this.romBanks = Math.max(2, rom.length / 0x4000);
    this.ramBanks = Math.max(1, ramBytes / 0x2000);
    this.battery = battery;
  }

  int rom(int bank, int address) {
    int index = (bank % romBanks) * 0x4000 + (address & 0x3FFF);
    return index < rom.length ? rom[index] & 0xFF : 0xFF;
  }

  int ram(int bank, int address) {
    if (ram.length == 0) {
      return 0xFF;
    }
    return ram[ramIndex(bank, address)] & 0xFF;
  }

  void setRam(int bank, int address, int value) {
    if (ram.length != 0) {
      ram[ramIndex(bank, address)] = (byte) value;
    }
  }

  private int ramIndex(int bank, int address) {
    return ((bank % ramBanks) * 0x2000 + (address & 0x1FFF)) % ram.length;
  }

  byte[] save() {
    return battery ? ram.clone() : new byte[0];
  }

  void load(byte[] data) throws CartridgeException {
    if (!battery) {
      throw new CartridgeException("this cartridge has no battery, so it has no save");
    }
    if (data.length != ram.length) {
      throw new CartridgeException("the save has " + data.length + " bytes but the cartridge has " + ram.length + " bytes of RAM");
    }
    System.arraycopy(data, 0, ram, 0, data.length);
  }
}
