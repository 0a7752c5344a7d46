package dev.patina.gameboy.core.joypad;

/** The eight buttons; {@code row} is 0 for the d-pad, 1 for the action buttons. */
public enum Button {
  RIGHT(0, 0), LEFT(0, 1), UP(0, 2), DOWN(0, 3), A(1, 0), B(1, 1), SELECT(1, 2), START(1, 3);

  final int row;
  final int bit;

  Button(int row, int bit) {
    this.row = row;
    this.bit = bit;
  }
}
