package dev.patina.gameboy.testing;

/** Small synthetic ROM images for tests: a valid header, code at $0100. */
public final class SyntheticRoms {

  private SyntheticRoms() {}

  /** A well-formed image: 32 KiB × 2^romCode, the type and RAM code, a valid checksum. */
  public static byte[] rom(int type, int romCode, int ramCode) {
    byte[] rom = new byte[(32 * 1024) << romCode];
    byte[] title = "PATINA TEST".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    System.arraycopy(title, 0, rom, 0x134, title.length);
    rom[0x147] = (byte) type;
    rom[0x148] = (byte) romCode;
    rom[0x149] = (byte) ramCode;
    fixChecksum(rom);
    for (int bank = 0; bank < rom.length / 0x4000; bank++) {
      rom[bank * 0x4000 + 0x3FFF] = (byte) bank; // each bank's last byte names it
    }
    return rom;
  }

  /** A ROM-only image whose program at $0100 is {@code code}. */
  public static byte[] program(int... code) {
    byte[] rom = rom(0x00, 0, 0);
    for (int i = 0; i < code.length; i++) {
      rom[0x100 + i] = (byte) code[i];
    }
    return rom;
  }

  /** Sets the header checksum at $014D. */
  public static void fixChecksum(byte[] rom) {
    int sum = 0;
    for (int i = 0x134; i <= 0x14C; i++) {
      sum = (sum - (rom[i] & 0xFF) - 1) & 0xFF;
    }
    rom[0x14D] = (byte) sum;
  }
}
