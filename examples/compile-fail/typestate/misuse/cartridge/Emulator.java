// Wrong uses of the device protocol (Uninitialised -> Initialised) of
// examples/src/main/java/dev/patina/examples/typestate/cartridge/Mbc1.java: a Game Boy emulator's
// cartridge slot, one mistake per method. Each comment names the code the typestate checker must
// report there.
package dev.patina.examples.typestate.misuse.cartridge;

import dev.patina.examples.typestate.cartridge.Console;
import dev.patina.examples.typestate.cartridge.Mbc1;

final class Emulator {

  /** T0001: the header is read before power-on, when the bank registers are still undefined. */
  static int cartridgeType(byte[] rom) {
    Mbc1 cartridge = new Mbc1(rom, 0);
    return cartridge.read(0x0147); // T0001: Uninitialised, read() requires Initialised
  }

  /** T0001: a reset handler powers the cartridge on a second time. */
  static void reset(byte[] rom, boolean warm) {
    Mbc1 cartridge = new Mbc1(rom, 0x2000);
    cartridge.powerOn();
    if (!warm) {
      cartridge.powerOn(); // T0001: Initialised, powerOn() requires Uninitialised
    }
  }

  /** T0003: the bank switch is handed a cartridge that was never powered on. */
  static int firstSwitchableBank(byte[] rom) {
    Mbc1 cartridge = new Mbc1(rom, 0);
    return Console.switchTo(cartridge, 1); // T0003: the argument is Uninitialised, the parameter wants Initialised
  }
}
