package dev.patina.examples.typestate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.patina.examples.typestate.cartridge.Console;
import dev.patina.examples.typestate.cartridge.Mbc1;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The MBC1 bank controller at run time: bank switching with its hardware quirks, RAM, and the power-on rule. */
class Mbc1Test {

  private static Mbc1 poweredOn(int banks, int ramSize) {
    Mbc1 cartridge = new Mbc1(Console.numberedRom(banks), ramSize);
    cartridge.powerOn();
    return cartridge;
  }

  @ParameterizedTest(name = "{0} banks, select {1}: bank {2}")
  @CsvSource({
      "128, 1, 1",
      "128, 31, 31",
      "128, 0, 1",       // bank 0 cannot be mapped at 0x4000
      "128, 32, 33",     // nor 0x20, 0x40, 0x60: the low five bits 0 read as 1
      "128, 97, 97",
      "8, 9, 1",         // a small ROM ignores the bank bits it has no banks for
      "8, 7, 7",
  })
  void theSwitchableBankFollowsTheRegisters(int banks, int select, int answers) {
    Mbc1 cartridge = poweredOn(banks, 0);
    assertThat(Console.switchTo(cartridge, select)).isEqualTo(answers);
  }

  @Test
  void modeOneMapsTheUpperBitsIntoTheFixedBankToo() {
    Mbc1 cartridge = poweredOn(128, 0);
    Console.switchTo(cartridge, 0x45);
    assertThat(cartridge.read(0x0000)).isEqualTo(0); // mode 0: bank 0 at 0x0000
    cartridge.write(0x6000, 1);
    assertThat(cartridge.read(0x0000)).isEqualTo(0x40);
    assertThat(cartridge.read(0x4000)).isEqualTo(0x45);
  }

  @Test
  void ramAnswersOnlyWhenEnabledAndBanksInModeOne() {
    Mbc1 cartridge = poweredOn(4, 0x8000);
    assertThat(cartridge.read(0xA000)).isEqualTo(0xFF);
    cartridge.write(0xA000, 0x12); // ignored: RAM is disabled
    cartridge.write(0x0000, 0x0A);
    assertThat(cartridge.read(0xA000)).isZero();
    cartridge.write(0xA000, 0x12);
    cartridge.write(0x6000, 1);
    cartridge.write(0x4000, 2);
    cartridge.write(0xA000, 0x34);
    assertThat(cartridge.read(0xA000)).isEqualTo(0x34);
    cartridge.write(0x4000, 0);
    assertThat(cartridge.read(0xA000)).isEqualTo(0x12);
    assertThat(Console.save(cartridge, 0x99)).isEqualTo(0x99);
    assertThat(cartridge.read(0xA000)).isEqualTo(0xFF); // save() disabled RAM again
  }

  @Test
  void impossibleCartridgesAndAddressesAreRefused() {
    assertThatThrownBy(() -> new Mbc1(new byte[0x6000], 0)).hasMessageContaining("a power of two: not 24576 bytes");
    assertThatThrownBy(() -> new Mbc1(new byte[0x8000], 0x1000)).hasMessageContaining("not 4096 bytes");
    Mbc1 cartridge = poweredOn(2, 0);
    assertThat(cartridge.read(0x7FFF)).isZero();
    try {
      cartridge.read(0xC000);
      throw new AssertionError("0xC000 was read from the cartridge");
    } catch (IllegalArgumentException e) {
      assertThat(e).hasMessage("0xC000 is not a cartridge address");
    }
  }

  @Test
  @SuppressWarnings("typestate") // deliberately wrong: access before powerOn(), and powerOn() twice (T0001)
  void accessBeforePowerOnThrowsAtRunTime() {
    Mbc1 cartridge = new Mbc1(Console.numberedRom(2), 0);
    assertThatThrownBy(() -> cartridge.read(0x4000)).isInstanceOf(IllegalStateException.class)
        .hasMessage("access to 0x4000 before powerOn(): the bank registers hold no defined value yet");
    cartridge.powerOn();
    assertThatThrownBy(cartridge::powerOn).isInstanceOf(IllegalStateException.class);
  }
}
