package dev.patina.gameboy.core.joypad;

import dev.patina.gameboy.core.state.NotState;
import java.util.function.IntConsumer;

/**
 * P1 ($FF00): the game selects the d-pad (bit 4 low) or the buttons (bit 5 low) and reads the
 * pressed ones as zero bits. Pressing a button requests the joypad interrupt.
 */
public final class Joypad {

  /** Joypad interrupt, bit 4 of IF. */
  public static final int INTERRUPT = 4;

  @NotState private final IntConsumer interruptLine;
  private final int[] pressed = new int[2];
  private int select = 0x30;

  /** A joypad that requests its interrupt through {@code interruptLine}. */
  public Joypad(IntConsumer interruptLine) {
    this.interruptLine = interruptLine;
  }

  /** Presses or releases {@code button}. */
  public void set(Button button, boolean down) {
    int before = pressed[button.row];
    pressed[button.row] = down ? before | (1 << button.bit) : before & ~(1 << button.bit);
    if (down && before != pressed[button.row]) {
      interruptLine.accept(INTERRUPT);
    }
  }

  /** Reads P1. */
  public int read() {
    int low = 0;
    if ((select & 0x10) == 0) {
      low |= pressed[0];
    }
    if ((select & 0x20) == 0) {
      low |= pressed[1];
    }
    return 0xC0 | select | (~low & 0x0F);
  }

  /** Writes P1 (only the select bits are writable). */
  public void write(int value) {
    select = value & 0x30;
  }
}
