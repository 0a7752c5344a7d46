package dev.patina.gameboy.core.apu;

/**
 * The sound registers with the DMG's read-back behaviour: write-only bits read as 1, unused
 * addresses read $FF, and while NR52's power bit is off every register but NR52 and wave RAM
 * ignores writes and reads as if cleared. Sample synthesis (the four channels, the frame
 * sequencer and the mixer) is not written yet; games and test ROMs that only touch the registers
 * run correctly.
 */
public final class ApuRegisters {

  /** OR-masks of the bits that read back as 1, $FF10–$FF26 (from Pan Docs' register table). */
  private static final int[] READ_MASK = {
    0x80, 0x3F, 0x00, 0xFF, 0xBF, // NR10-NR14
    0xFF, 0x3F, 0x00, 0xFF, 0xBF, // (unused), NR21-NR24
    0x7F, 0xFF, 0x9F, 0xFF, 0xBF, // NR30-NR34
    0xFF, 0xFF, 0x00, 0x00, 0xBF, // (unused), NR41-NR44
    0x00, 0x00, 0x70,             // NR50, NR51, NR52
  };

  private final int[] regs = new int[0x30];
  private boolean powered = true;

  /** Reads $FF10–$FF3F. */
  public int read(int address) {
    int i = address - 0xFF10;
    if (address >= 0xFF30) {
      return regs[i];
    }
    if (address > 0xFF26) {
      return 0xFF;
    }
    if (address == 0xFF26) {
      return (powered ? 0x80 : 0) | READ_MASK[i];
    }
    return regs[i] | READ_MASK[i];
  }

  /** Writes $FF10–$FF3F. */
  public void write(int address, int value) {
    int i = address - 0xFF10;
    if (address >= 0xFF30) {
      regs[i] = value;
    } else if (address == 0xFF26) {
      boolean on = (value & 0x80) != 0;
      if (powered && !on) {
        java.util.Arrays.fill(regs, 0, 0x20, 0);
      }
      powered = on;
    } else if (powered && address < 0xFF26) {
      regs[i] = value;
    }
  }
}
