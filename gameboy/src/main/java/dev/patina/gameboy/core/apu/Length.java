package dev.patina.gameboy.core.apu;

/** A length counter: when enabled, it counts down at 256 Hz and silences its channel at zero. */
final class Length {

  private final int max;
  int counter;
  boolean enabled;

  Length(int max) {
    this.max = max;
  }

  void load(int value) {
    counter = max - value;
  }

  void trigger() {
    if (counter == 0) {
      counter = max;
    }
  }

  /** The frame sequencer's even steps; returns true when the counter just ran out. */
  boolean clock() {
    if (enabled && counter > 0) {
      counter--;
      return counter == 0;
    }
    return false;
  }
}
