package dev.patina.gameboy.core.cpu;

/**
 * A snapshot of the CPU's registers, for debuggers, tracers and save states.
 *
 * @param a the accumulator
 * @param f the flags: Z (bit 7), N (6), H (5), C (4); the low four bits are always zero
 * @param b register B
 * @param c register C
 * @param d register D
 * @param e register E
 * @param h register H
 * @param l register L
 * @param sp the stack pointer
 * @param pc the program counter
 * @param ime the interrupt master enable
 * @param halted whether the CPU is in HALT
 */
public record Registers(int a, int f, int b, int c, int d, int e, int h, int l, int sp, int pc,
    boolean ime, boolean halted) {

  /** The line Gameboy Doctor compares, e.g. {@code A:01 F:B0 B:00 C:13 … PC:0100 PCMEM:00,C3,13,02}. */
  public String doctorLine(Memory memory) {
    return String.format("A:%02X F:%02X B:%02X C:%02X D:%02X E:%02X H:%02X L:%02X SP:%04X PC:%04X PCMEM:%02X,%02X,%02X,%02X",
        a, f, b, c, d, e, h, l, sp, pc, memory.peek(pc), memory.peek((pc + 1) & 0xFFFF),
        memory.peek((pc + 2) & 0xFFFF), memory.peek((pc + 3) & 0xFFFF));
  }
}
