package dev.patina.gameboy.core.apu;

/** A volume envelope (NRx2): a starting volume that steps up or down every {@code period} ticks of 64 Hz. */
final class Envelope {

  int register;
  int volume;
  private int timer;

  void write(int value) {
    register = value;
  }

  /** Whether the channel's DAC is on: any of NRx2's upper five bits set. */
  boolean dacOn() {
    return (register & 0xF8) != 0;
  }

  void trigger() {
    volume = register >> 4;
    timer = period();
  }

  private int period() {
    int p = register & 7;
    return p == 0 ? 8 : p;
  }

  /** The frame sequencer's step 7 (64 Hz). */
  void clock() {
    if ((register & 7) == 0 || --timer > 0) {
      return;
    }
    timer = period();
    if ((register & 0x08) != 0 && volume < 15) {
      volume++;
    } else if ((register & 0x08) == 0 && volume > 0) {
      volume--;
    }
  }
}
