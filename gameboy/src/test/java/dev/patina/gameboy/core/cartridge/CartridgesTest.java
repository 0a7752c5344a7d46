package dev.patina.gameboy.core.cartridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.patina.gameboy.testing.SyntheticRoms;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Malformed images are rejected with one line that says why; good ones get the right controller. */
class CartridgesTest {

  static byte[] rom(int type, int romCode, int ramCode) {
    return SyntheticRoms.rom(type, romCode, ramCode);
  }

  @Test
  void anEmptyFileIsRejected() {
    assertThatThrownBy(() -> Cartridges.load(new byte[0])).isInstanceOf(CartridgeException.class)
        .hasMessage("the file is empty: a Game Boy ROM is at least 32 KiB");
  }

  @Test
  void aFileTooShortForAHeaderIsRejected() {
    assertThatThrownBy(() -> Cartridges.load(new byte[0x100])).isInstanceOf(CartridgeException.class)
        .hasMessageStartingWith("truncated: 256 bytes is too short");
  }

  @Test
  void aTruncatedRomIsRejected() {
    byte[] full = rom(0x01, 2, 0);
    byte[] cut = java.util.Arrays.copyOf(full, 40 * 1024);
    assertThatThrownBy(() -> Cartridges.load(cut)).isInstanceOf(CartridgeException.class)
        .hasMessage("truncated: the header says 128 KiB of ROM but the file has 40960 bytes");
  }

  @Test
  void aHeaderClaimingAHugeRomIsRejected() {
    byte[] rom = rom(0x01, 0, 0);
    rom[0x148] = (byte) 0x52;
    assertThatThrownBy(() -> Cartridges.load(rom)).isInstanceOf(CartridgeException.class)
        .hasMessageContaining("ROM size code $52 is not a real size");
  }

  @Test
  void unsupportedControllersAreNamed() {
    assertThatThrownBy(() -> Cartridges.load(rom(0x22, 0, 0))).isInstanceOf(CartridgeException.class)
        .hasMessageContaining("cartridge type $22 (MBC7) is not supported");
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 2026})
  void randomBytesAreRejectedOrLoadedButNeverCrash(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 200; i++) {
      byte[] bytes = new byte[random.nextInt(3) == 0 ? random.nextInt(0x200) : 32 * 1024];
      random.nextBytes(bytes);
      try {
        Cartridge c = Cartridges.load(bytes);
        assertThat(c.header().romBytes()).isLessThanOrEqualTo(bytes.length);
      } catch (CartridgeException e) {
        assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
      }
    }
  }

  @Test
  void aBadChecksumIsAWarningNotAnError() throws CartridgeException {
    byte[] rom = rom(0x00, 0, 0);
    rom[0x14D] ^= 0x5A;
    Cartridge c = Cartridges.load(rom);
    assertThat(c.header().checksumValid()).isFalse();
    assertThat(c.header().warnings()).singleElement().asString().contains("header checksum");
    assertThat(c.header().title()).isEqualTo("PATINA TEST");
  }

  @Test
  void mbc1SwitchesBanksAndTreatsZeroAsOne() throws CartridgeException {
    Cartridge c = Cartridges.load(rom(0x01, 4, 0)); // 512 KiB, 32 banks
    assertThat(c).isInstanceOf(Mbc1.class);
    assertThat(c.readRom(0x7FFF)).isEqualTo(1);
    c.writeRom(0x2000, 0x05);
    assertThat(c.readRom(0x7FFF)).isEqualTo(5);
    c.writeRom(0x2000, 0x00);
    assertThat(c.readRom(0x7FFF)).isEqualTo(1);
    c.writeRom(0x2000, 0x21); // only five bits: bank 1
    assertThat(c.readRom(0x7FFF)).isEqualTo(1);
  }

  @Test
  void mbc5AllowsBankZeroAndNineBits() throws CartridgeException {
    Cartridge c = Cartridges.load(rom(0x19, 8, 0)); // 8 MiB, 512 banks
    c.writeRom(0x2000, 0x00);
    assertThat(c.readRom(0x7FFF)).isEqualTo(0);
    c.writeRom(0x2000, 0x03);
    c.writeRom(0x3000, 0x01);
    assertThat(c.readRom(0x7FFF)).isEqualTo(0x103 & 0xFF);
  }

  @Test
  void batteryRamRoundTripsAndAWrongSizedSaveIsRefused() throws CartridgeException {
    Cartridge c = Cartridges.load(rom(0x03, 0, 3)); // MBC1+RAM+BATTERY, 32 KiB RAM
    c.writeRom(0x0000, 0x0A);
    c.writeRam(0xA123, 0x77);
    byte[] save = c.saveData();
    assertThat(save).hasSize(32 * 1024);
    Cartridge again = Cartridges.load(rom(0x03, 0, 3));
    again.loadSaveData(save);
    again.writeRom(0x0000, 0x0A);
    assertThat(again.readRam(0xA123)).isEqualTo(0x77);
    assertThatThrownBy(() -> again.loadSaveData(new byte[5])).isInstanceOf(CartridgeException.class)
        .hasMessageContaining("5 bytes");
  }

  @Test
  void theMbc3ClockCountsAndLatches() throws CartridgeException {
    Cartridge c = Cartridges.load(rom(0x10, 0, 3));
    c.writeRom(0x0000, 0x0A);
    for (int s = 0; s < 3 * 3600 + 61; s++) {
      c.secondElapsed();
    }
    c.writeRom(0x6000, 0);
    c.writeRom(0x6000, 1);
    c.writeRom(0x4000, 0x08);
    assertThat(c.readRam(0xA000)).isEqualTo(1); // seconds
    c.writeRom(0x4000, 0x09);
    assertThat(c.readRam(0xA000)).isEqualTo(1); // minutes
    c.writeRom(0x4000, 0x0A);
    assertThat(c.readRam(0xA000)).isEqualTo(3); // hours
    assertThat(c.saveData()).hasSize(32 * 1024 + 10);
  }
}
