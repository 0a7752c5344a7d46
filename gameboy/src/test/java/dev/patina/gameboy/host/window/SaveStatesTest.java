package dev.patina.gameboy.host.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.patina.gameboy.core.GameBoy;
import dev.patina.gameboy.core.cartridge.Cartridges;
import dev.patina.gameboy.testing.SyntheticRoms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SaveStatesTest {

  static final Path ROMS = Path.of(System.getProperty("patina.gb.roms", "../../shared/gb-test-roms"));

  private static GameBoy boot(String rom) throws Exception {
    return new GameBoy(Cartridges.load(Files.readAllBytes(ROMS.resolve(rom))));
  }

  @Test
  void aRestoredMachineRunsExactlyAsTheOriginalWould() throws Exception {
    GameBoy original = boot("blargg/cpu_instrs/cpu_instrs.gb");
    for (int i = 0; i < 300; i++) {
      original.runFrame();
    }
    byte[] state = SaveStates.encode(original);
    GameBoy restored = boot("blargg/cpu_instrs/cpu_instrs.gb");
    SaveStates.decode(restored, state);
    assertThat(restored.cpu().registers()).isEqualTo(original.cpu().registers());
    for (int i = 0; i < 200; i++) {
      original.runFrame();
      restored.runFrame();
    }
    assertThat(restored.clockCycles()).isEqualTo(original.clockCycles());
    assertThat(restored.cpu().registers()).isEqualTo(original.cpu().registers());
    assertThat(Arrays.equals(restored.frame(), original.frame())).isTrue();
    assertThat(SaveStates.encode(restored)).isEqualTo(SaveStates.encode(original));
  }

  @Test
  void anotherGamesStateIsRefusedAndChangesNothing() throws Exception {
    byte[] state = SaveStates.encode(boot("dmg-acid2/dmg-acid2.gb"));
    GameBoy other = new GameBoy(Cartridges.load(SyntheticRoms.program(0x18, 0xFE)));
    byte[] before = SaveStates.encode(other);
    assertThatThrownBy(() -> SaveStates.decode(other, state)).isInstanceOf(IOException.class)
        .hasMessageContaining("belongs to another game");
    assertThat(SaveStates.encode(other)).isEqualTo(before);
  }

  @Test
  void aTruncatedStateIsRefusedWhole() throws Exception {
    GameBoy gb = boot("dmg-acid2/dmg-acid2.gb");
    gb.runFrame();
    byte[] state = SaveStates.encode(gb);
    GameBoy fresh = boot("dmg-acid2/dmg-acid2.gb");
    byte[] before = SaveStates.encode(fresh);
    assertThatThrownBy(() -> SaveStates.decode(fresh, Arrays.copyOf(state, state.length / 2)))
        .isInstanceOf(IOException.class).hasMessage("the state file is truncated");
    assertThat(SaveStates.encode(fresh)).isEqualTo(before);
  }
}
