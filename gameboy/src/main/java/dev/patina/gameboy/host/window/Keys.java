package dev.patina.gameboy.host.window;

import dev.patina.gameboy.core.joypad.Button;
import java.awt.event.KeyEvent;
import java.util.Map;
import java.util.Optional;

/** The keyboard layout: arrows, Z = A, X = B, Enter = Start, Backspace or Shift = Select. */
final class Keys {

  private static final Map<Integer, Button> BUTTONS = Map.of(
      KeyEvent.VK_RIGHT, Button.RIGHT, KeyEvent.VK_LEFT, Button.LEFT,
      KeyEvent.VK_UP, Button.UP, KeyEvent.VK_DOWN, Button.DOWN,
      KeyEvent.VK_Z, Button.A, KeyEvent.VK_X, Button.B,
      KeyEvent.VK_ENTER, Button.START, KeyEvent.VK_BACK_SPACE, Button.SELECT,
      KeyEvent.VK_SHIFT, Button.SELECT);

  /** What the window's help line says. */
  static final String HELP = "arrows, Z = A, X = B, Enter = Start, Backspace = Select; P pause, F5 save state, F9 load state, Esc quit";

  private Keys() {}

  static Optional<Button> button(int keyCode) {
    return Optional.ofNullable(BUTTONS.get(keyCode));
  }
}
