package dev.patina.gameboy.host.testrom;

/**
 * How a test ROM says it is done.
 *
 * <ul>
 *   <li>{@code SERIAL}: prints through the serial port and ends with "Passed" or "Failed" (Blargg's
 *       cpu_instrs, instr_timing, mem_timing).
 *   <li>{@code MEMORY}: writes $DE,$B0,$61 at $A001–$A003, $80 at $A000 while running, then the
 *       result code, with text at $A004 (Blargg's mem_timing-2).
 *   <li>{@code BREAKPOINT}: executes LD B,B when its picture is complete (dmg-acid2).
 *   <li>{@code SCREEN}: shows its result on screen after a fixed time (halt_bug).
 * </ul>
 */
public enum Protocol { SERIAL, MEMORY, BREAKPOINT, SCREEN }
