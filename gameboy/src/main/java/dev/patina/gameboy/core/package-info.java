/**
 * The emulated DMG: CPU, memory bus, cartridge, PPU, APU, timer, serial port and joypad.
 *
 * <p>The core needs nothing but {@code java.base}: no AWT or Swing, no {@code java.io}, no threads
 * (an ArchUnit test enforces it), so that it can run anywhere a host can feed it a ROM and take its
 * frames, samples and serial bytes. Hosts live in {@code dev.patina.gameboy.host}.
 *
 * <p>Timing is exact at the level of memory accesses: every read or write the CPU makes, and every
 * internal cycle of an instruction, advances the rest of the machine by one machine cycle (four
 * clock cycles) through {@link dev.patina.gameboy.core.bus.Bus#tick()}, so a ROM that reads the
 * timer or the LCD status in the middle of an instruction sees what the hardware shows.
 * {@link dev.patina.gameboy.core.GameBoy} wires the parts together.
 */
package dev.patina.gameboy.core;
