package dev.patina.examples.typestate.cartridge;

import dev.patina.ownership.Affine;
import dev.patina.typestate.Ensures;
import dev.patina.typestate.Protocol;
import dev.patina.typestate.Requires;

/**
 * The MBC1 memory bank controller of a Game Boy cartridge, as an emulator sees it: the CPU reads
 * and writes the addresses 0x0000-0x7FFF (ROM) and 0xA000-0xBFFF (external RAM), and writes to
 * the ROM area set the controller's bank registers instead of the ROM (the behaviour of the Pan
 * Docs' MBC1 description, including the bank 0 → 1 and 0x20 → 0x21 quirks of mode 0).
 *
 * <p>The protocol is the device's: the bank registers hold no defined value until {@link
 * #powerOn()} resets them, so {@link #read} and {@link #write} need {@code Initialised}, and power
 * comes on once. A cartridge may be dropped in either state. {@code @Affine}: an emulator has one
 * owner of the cartridge in its slot.
 */
@Affine
@Protocol(states = {"Uninitialised", "Initialised"}, initial = "Uninitialised", end = {"Uninitialised", "Initialised"})
public final class Mbc1 {

  private static final int ROM_BANK = 0x4000;
  private static final int RAM_BANK = 0x2000;

  private final byte[] rom;
  private final byte[] ram;
  private boolean initialised;
  private boolean ramEnabled;
  private int bank1;
  private int bank2;
  private int mode;

  /**
   * A cartridge holding {@code rom} (32 KiB times a power of two, at most 2 MiB) and {@code
   * ramSize} bytes of battery RAM (0, 8 KiB or 32 KiB).
   */
  public Mbc1(byte[] rom, int ramSize) {
    int banks = rom.length / ROM_BANK;
    if (rom.length % ROM_BANK != 0 || banks < 2 || banks > 128 || Integer.bitCount(banks) != 1) {
      throw new IllegalArgumentException("an MBC1 ROM is 32 KiB to 2 MiB, a power of two: not " + rom.length + " bytes");
    }
    if (ramSize != 0 && ramSize != RAM_BANK && ramSize != 4 * RAM_BANK) {
      throw new IllegalArgumentException("MBC1 RAM is 0, 8 KiB or 32 KiB: not " + ramSize + " bytes");
    }
    this.rom = rom.clone();
    this.ram = new byte[ramSize];
  }

  /** Resets the bank registers to their power-on values: ROM bank 1, RAM disabled, mode 0. */
  @Requires("Uninitialised")
  @Ensures("Initialised")
  public void powerOn() {
    if (initialised) {
      throw new IllegalStateException("the cartridge is already powered on");
    }
    bank1 = 1;
    bank2 = 0;
    mode = 0;
    ramEnabled = false;
    initialised = true;
  }

  /** The byte the CPU reads at {@code address}; 0xFF where nothing answers (disabled or absent RAM). */
  @Requires("Initialised")
  public int read(int address) {
    checkInitialised(address);
    if (address >= 0x0000 && address < 0x4000) {
      return rom[romOffset(mode == 1 ? bank2 << 5 : 0, address)] & 0xFF;
    }
    if (address >= 0x4000 && address < 0x8000) {
      return rom[romOffset(bank2 << 5 | bank1, address - 0x4000)] & 0xFF;
    }
    if (address >= 0xA000 && address < 0xC000) {
      return ramEnabled && ram.length > 0 ? ram[ramOffset(address)] & 0xFF : 0xFF;
    }
    throw new IllegalArgumentException(String.format("0x%04X is not a cartridge address", address));
  }

  /** What the CPU writing {@code value} (a byte) at {@code address} does: set a register, or store to RAM. */
  @Requires("Initialised")
  public void write(int address, int value) {
    checkInitialised(address);
    int v = value & 0xFF;
    if (address >= 0x0000 && address < 0x2000) {
      ramEnabled = (v & 0x0F) == 0x0A;
    } else if (address >= 0x2000 && address < 0x4000) {
      bank1 = (v & 0x1F) == 0 ? 1 : v & 0x1F; // bank 0 cannot be selected here: it reads as bank 1
    } else if (address >= 0x4000 && address < 0x6000) {
      bank2 = v & 0x03;
    } else if (address >= 0x6000 && address < 0x8000) {
      mode = v & 0x01;
    } else if (address >= 0xA000 && address < 0xC000) {
      if (ramEnabled && ram.length > 0) {
        ram[ramOffset(address)] = (byte) v;
      }
    } else {
      throw new IllegalArgumentException(String.format("0x%04X is not a cartridge address", address));
    }
  }

  private int romOffset(int bank, int offset) {
    int banks = rom.length / ROM_BANK;
    return (bank & (banks - 1)) * ROM_BANK + offset; // the unused high bank bits are not wired
  }

  private int ramOffset(int address) {
    int bank = mode == 1 && ram.length > RAM_BANK ? bank2 : 0;
    return bank * RAM_BANK + (address - 0xA000);
  }

  private void checkInitialised(int address) {
    if (!initialised) {
      throw new IllegalStateException(String.format(
          "access to 0x%04X before powerOn(): the bank registers hold no defined value yet", address));
    }
  }
}
