/**
 * The {@code gb} suite: steady-state headless frames per second of the Game Boy emulator on
 * Blargg's {@code cpu_instrs.gb}, after warm-up (issue 8, acceptance 4).
 */
package dev.patina.bench.gb;
