package dev.patina.examples.typestate.cartridge;

import dev.patina.typestate.State;

/**
 * Plays the part of a Game Boy's CPU against an {@link Mbc1} cartridge: powers it on, switches
 * ROM banks the way games do, and saves a byte to battery RAM. {@code
 * examples/compile-fail/typestate/misuse/cartridge} holds the accesses the checker rejects
 * (before power-on, power-on twice).
 */
public final class Console {

  private Console() {}

  /** A ROM of {@code banks} 16 KiB banks, each starting with its own number, so that a read shows which bank answered. */
  public static byte[] numberedRom(int banks) {
    byte[] rom = new byte[banks * 0x4000];
    for (int b = 0; b < banks; b++) {
      rom[b * 0x4000] = (byte) b;
    }
    return rom;
  }

  /** The bank that answers at 0x4000 after the game selects {@code bank} (upper bits in 0x4000, lower in 0x2000). */
  public static int switchTo(@State("Initialised") Mbc1 cartridge, int bank) {
    cartridge.write(0x4000, bank >> 5);
    cartridge.write(0x2000, bank & 0x1F);
    return cartridge.read(0x4000);
  }

  /** Writes {@code value} to the first byte of battery RAM the way a save routine does, and reads it back. */
  public static int save(@State("Initialised") Mbc1 cartridge, int value) {
    cartridge.write(0x0000, 0x0A); // enable RAM
    cartridge.write(0xA000, value);
    int stored = cartridge.read(0xA000);
    cartridge.write(0x0000, 0x00); // disable it again, as games do before power may go
    return stored;
  }

  public static void main(String[] args) {
    Mbc1 cartridge = new Mbc1(numberedRom(8), 0x2000);
    cartridge.powerOn();
    System.out.printf("after power-on 0x4000 reads bank %d%n", cartridge.read(0x4000));
    for (int bank : new int[] {2, 7, 0}) {
      System.out.printf("select bank %d: bank %d answers%n", bank, switchTo(cartridge, bank));
    }
    System.out.printf("saved 0x42, read back 0x%02X; with RAM disabled it reads 0x%02X%n",
        save(cartridge, 0x42), cartridge.read(0xA000));
  }
}
