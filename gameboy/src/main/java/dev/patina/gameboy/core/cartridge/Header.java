package dev.patina.gameboy.core.cartridge;

import java.util.ArrayList;
import java.util.List;

/**
 * What the cartridge header at $0100–$014F says.
 *
 * @param title the game's title (up to 16 ASCII characters, trailing zeros dropped)
 * @param type the cartridge type byte at $0147
 * @param romBytes the ROM size the header declares
 * @param ramBytes the external RAM size the header declares
 * @param checksumValid whether the header checksum at $014D matches
 * @param warnings what is odd but not fatal, e.g. a bad header checksum
 */
public record Header(String title, int type, int romBytes, int ramBytes, boolean checksumValid,
    List<String> warnings) {

  /** The smallest image that holds a header. */
  public static final int MIN_SIZE = 0x150;

  private static final int[] RAM_SIZES = {0, 2 * 1024, 8 * 1024, 32 * 1024, 128 * 1024, 64 * 1024};

  public Header {
    warnings = List.copyOf(warnings);
  }

  /** Reads and checks the header of {@code rom}. */
  public static Header parse(byte[] rom) throws CartridgeException {
    if (rom.length == 0) {
      throw new CartridgeException("the file is empty: a Game Boy ROM is at least 32 KiB");
    }
    if (rom.length < MIN_SIZE) {
      throw new CartridgeException("truncated: " + rom.length + " bytes is too short to hold a cartridge header ($0100-$014F)");
    }
    int romCode = rom[0x148] & 0xFF;
    if (romCode > 8) {
      throw new CartridgeException(String.format("the header's ROM size code $%02X is not a real size (the largest is $08, 8 MiB)", romCode));
    }
    int romBytes = (32 * 1024) << romCode;
    if (rom.length < romBytes) {
      throw new CartridgeException("truncated: the header says " + romBytes / 1024 + " KiB of ROM but the file has " + rom.length + " bytes");
    }
    int ramCode = rom[0x149] & 0xFF;
    if (ramCode >= RAM_SIZES.length) {
      throw new CartridgeException(String.format("the header's RAM size code $%02X is not a real size", ramCode));
    }
    int sum = 0;
    for (int i = 0x134; i <= 0x14C; i++) {
      sum = (sum - (rom[i] & 0xFF) - 1) & 0xFF;
    }
    boolean valid = sum == (rom[0x14D] & 0xFF);
    List<String> warnings = new ArrayList<>();
    if (!valid) {
      warnings.add(String.format("the header checksum is $%02X but the header adds up to $%02X (a real DMG would not boot it)", rom[0x14D] & 0xFF, sum));
    }
    return new Header(title(rom), rom[0x147] & 0xFF, romBytes, RAM_SIZES[ramCode], valid, warnings);
  }

  private static String title(byte[] rom) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0x134; i <= 0x143 && rom[i] != 0; i++) {
      int ch = rom[i] & 0xFF;
      sb.append(ch >= 0x20 && ch < 0x7F ? (char) ch : '?');
    }
    return sb.toString().strip();
  }
}
