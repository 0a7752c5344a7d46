package dev.patina.gameboy.host.debug;

import static org.assertj.core.api.Assertions.assertThat;

import dev.patina.gameboy.core.GameBoy;
import dev.patina.gameboy.core.cartridge.Cartridges;
import dev.patina.gameboy.testing.SyntheticRoms;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DebuggerTest {

  private static String session(GameBoy gb, String commands) throws Exception {
    StringWriter text = new StringWriter();
    new Debugger(gb, new PrintWriter(text, true)).run(new BufferedReader(new StringReader(commands)));
    return text.toString();
  }

  @Test
  void stepsBreaksDisassemblesAndDumps() throws Exception {
    // LD A,$42; LD ($C000),A; INC A; JR -2
    GameBoy gb = new GameBoy(Cartridges.load(SyntheticRoms.program(0x3E, 0x42, 0xEA, 0x00, 0xC0, 0x3C, 0x18, 0xFE)));
    String out = session(gb, "l 100 4\nb 105\nc\nr\nx c000 4\ns 2\nbogus\nq\n");
    assertThat(out).contains(" 0100  3E 42     LD A,$42").contains(" 0102  EA 00 C0  LD ($C000),A")
        .contains(" 0105  3C        INC A").contains(" 0106  18 FE     JR $0106")
        .contains("breakpoints: 0105").contains("*0105  3C        INC A")
        .contains("C000  42 00 00 00").contains("AF=43").contains("? unknown command `bogus`");
  }

  @Test
  void theDisassemblerKnowsPrefixedAndIllegalOpcodes() throws Exception {
    GameBoy gb = new GameBoy(Cartridges.load(SyntheticRoms.program(0xCB, 0x7C, 0xD3, 0xE0, 0x44, 0xF8, 0xFE)));
    assertThat(Disassembler.at(gb.bus(), 0x100).text()).isEqualTo("BIT 7,H");
    assertThat(Disassembler.at(gb.bus(), 0x102).text()).startsWith("DB $D3 ; illegal");
    assertThat(Disassembler.at(gb.bus(), 0x103).text()).isEqualTo("LDH ($FF44),A");
    assertThat(Disassembler.at(gb.bus(), 0x105).text()).isEqualTo("LD HL,SP-2");
  }

  @Test
  void aTraceIsAGameboyDoctorLog(@TempDir Path dir) throws Exception {
    GameBoy gb = new GameBoy(Cartridges.load(SyntheticRoms.program(0x00, 0x18, 0xFE)));
    Path log = dir.resolve("t.log");
    long lines = Traces.write(gb, 1, log, true);
    assertThat(Files.readAllLines(log)).hasSize((int) lines).first()
        .isEqualTo("A:01 F:B0 B:00 C:13 D:00 E:D8 H:01 L:4D SP:FFFE PC:0100 PCMEM:00,18,FE,00");
    assertThat(dir.resolve("t.log.tmp")).doesNotExist();
  }
}
