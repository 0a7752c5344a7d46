package dev.patina.gameboy.host.debug;

import dev.patina.gameboy.core.GameBoy;
import dev.patina.gameboy.core.cpu.Registers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.TreeSet;

/**
 * {@code patina gb debug ROM}: a line-oriented debugger. Commands: {@code s [N]} step, {@code c}
 * continue to a breakpoint (or N frames' worth of cycles), {@code b ADDR} / {@code d ADDR} set and
 * delete breakpoints, {@code r} registers, {@code l [ADDR] [N]} disassemble, {@code x ADDR [N]}
 * dump memory, {@code f [N]} run frames, {@code q} quit. Addresses are hexadecimal.
 */
public final class Debugger {

  private static final long CONTINUE_LIMIT_FRAMES = 60L * 60;

  private final GameBoy gb;
  private final PrintWriter out;
  private final TreeSet<Integer> breakpoints = new TreeSet<>();

  /** A debugger over {@code gb} that prints to {@code out}. */
  public Debugger(GameBoy gb, PrintWriter out) {
    this.gb = gb;
    this.out = out;
  }

  /** Reads commands until {@code q} or the end of input; returns the exit code. */
  public int run(BufferedReader in) throws IOException {
    out.println("Patina Game Boy debugger — s [N] step, c continue, b/d ADDR breakpoints, r registers, l [ADDR] [N] disassemble, x ADDR [N] memory, f [N] frames, q quit");
    where();
    for (String line; prompt() && (line = in.readLine()) != null; ) {
      String[] w = line.strip().split("\\s+");
      try {
        if (!command(w)) {
          return 0;
        }
      } catch (IllegalArgumentException e) {
        out.println("? " + e.getMessage());
      }
    }
    return 0;
  }

  private boolean prompt() {
    out.print("> ");
    out.flush();
    return true;
  }

  /** Runs one command; false means quit. */
  boolean command(String[] w) {
    switch (w[0]) {
      case "", "r" -> registers();
      case "s" -> {
        for (int i = count(w, 1, 1); i > 0; i--) {
          gb.step();
        }
        where();
      }
      case "c" -> continueToBreakpoint();
      case "b" -> {
        breakpoints.add(address(w, 1));
        out.println("breakpoints: " + list());
      }
      case "d" -> {
        breakpoints.remove(address(w, 1));
        out.println("breakpoints: " + list());
      }
      case "l" -> disassemble(w.length > 1 ? address(w, 1) : gb.cpu().registers().pc(), count(w, 2, 10));
      case "x" -> dump(address(w, 1), count(w, 2, 64));
      case "f" -> {
        for (int i = count(w, 1, 1); i > 0; i--) {
          gb.runFrame();
        }
        where();
      }
      case "q" -> {
        return false;
      }
      default -> throw new IllegalArgumentException("unknown command `" + w[0] + "`");
    }
    return true;
  }

  private void continueToBreakpoint() {
    long end = gb.clockCycles() + CONTINUE_LIMIT_FRAMES * GameBoy.CYCLES_PER_FRAME;
    gb.step();
    while (!breakpoints.contains(gb.cpu().registers().pc()) && gb.clockCycles() < end) {
      gb.step();
    }
    if (!breakpoints.contains(gb.cpu().registers().pc())) {
      out.println("no breakpoint reached in " + CONTINUE_LIMIT_FRAMES + " frames");
    }
    where();
  }

  private void where() {
    registers();
    disassemble(gb.cpu().registers().pc(), 1);
  }

  private void registers() {
    Registers r = gb.cpu().registers();
    out.printf("AF=%02X%02X BC=%02X%02X DE=%02X%02X HL=%02X%02X SP=%04X PC=%04X  %s%s%s%s  IME=%d%s  cycles=%d%n",
        r.a(), r.f(), r.b(), r.c(), r.d(), r.e(), r.h(), r.l(), r.sp(), r.pc(),
        (r.f() & 0x80) != 0 ? "Z" : "-", (r.f() & 0x40) != 0 ? "N" : "-",
        (r.f() & 0x20) != 0 ? "H" : "-", (r.f() & 0x10) != 0 ? "C" : "-",
        r.ime() ? 1 : 0, r.halted() ? " HALT" : "", gb.clockCycles());
  }

  private void disassemble(int address, int count) {
    int a = address;
    for (int i = 0; i < count; i++) {
      Disassembler.Instruction ins = Disassembler.at(gb.bus(), a);
      StringBuilder bytes = new StringBuilder();
      for (int k = 0; k < ins.length(); k++) {
        bytes.append(String.format("%02X ", gb.bus().peek((a + k) & 0xFFFF)));
      }
      out.printf("%s%04X  %-9s %s%n", breakpoints.contains(a) ? "*" : " ", a, bytes, ins.text());
      a = (a + ins.length()) & 0xFFFF;
    }
  }

  private void dump(int address, int count) {
    for (int row = 0; row < count; row += 16) {
      StringBuilder hex = new StringBuilder();
      StringBuilder text = new StringBuilder();
      for (int k = 0; k < 16 && row + k < count; k++) {
        int v = gb.bus().peek((address + row + k) & 0xFFFF);
        hex.append(String.format("%02X ", v));
        text.append(v >= 0x20 && v < 0x7F ? (char) v : '.');
      }
      out.printf("%04X  %-48s %s%n", (address + row) & 0xFFFF, hex, text);
    }
  }

  private String list() {
    return breakpoints.isEmpty() ? "none" : String.join(" ", breakpoints.stream().map(b -> String.format("%04X", b)).toList());
  }

  private static int address(String[] w, int i) {
    if (w.length <= i) {
      throw new IllegalArgumentException("give an address (hexadecimal)");
    }
    try {
      int a = Integer.parseInt(w[i].replaceFirst("^(\\$|0x)", ""), 16);
      if (a < 0 || a > 0xFFFF) {
        throw new IllegalArgumentException(w[i] + " is not an address ($0000-$FFFF)");
      }
      return a;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(w[i] + " is not a hexadecimal address");
    }
  }

  private static int count(String[] w, int i, int otherwise) {
    if (w.length <= i) {
      return otherwise;
    }
    try {
      return Math.max(1, Integer.parseInt(w[i]));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(w[i] + " is not a count");
    }
  }
}
