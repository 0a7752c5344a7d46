package dev.patina.gameboy.core.cartridge;

/** Makes the right {@link Cartridge} for a ROM image, or says in one line why it cannot. */
public final class Cartridges {

  private Cartridges() {}

  /** Checks {@code rom}'s header and builds its controller; the image is not copied. */
  public static Cartridge load(byte[] rom) throws CartridgeException {
    Header header = Header.parse(rom);
    int type = header.type();
    return switch (type) {
      case 0x00 -> new RomOnly(header, rom, false);
      case 0x08 -> new RomOnly(header, rom, false);
      case 0x09 -> new RomOnly(header, rom, true);
      case 0x01, 0x02 -> new Mbc1(header, rom, false);
      case 0x03 -> new Mbc1(header, rom, true);
      case 0x05 -> new Mbc2(header, rom, false);
      case 0x06 -> new Mbc2(header, rom, true);
      case 0x0F, 0x10 -> new Mbc3(header, rom, true, true);
      case 0x11, 0x12 -> new Mbc3(header, rom, false, false);
      case 0x13 -> new Mbc3(header, rom, true, false);
      case 0x19, 0x1A, 0x1C, 0x1D -> new Mbc5(header, rom, false);
      case 0x1B, 0x1E -> new Mbc5(header, rom, true);
      default -> throw new CartridgeException(String.format(
          "cartridge type $%02X (%s) is not supported; Patina runs ROM-only, MBC1, MBC2, MBC3 and MBC5 cartridges",
          type, typeName(type)));
    };
  }

  private static String typeName(int type) {
    return switch (type) {
      case 0x0B, 0x0C, 0x0D -> "MMM01";
      case 0x20 -> "MBC6";
      case 0x22 -> "MBC7";
      case 0xFC -> "Pocket Camera";
      case 0xFD -> "Bandai TAMA5";
      case 0xFE -> "HuC3";
      case 0xFF -> "HuC1";
      default -> "unknown";
    };
  }
}
