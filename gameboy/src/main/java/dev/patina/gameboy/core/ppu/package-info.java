/**
 * The picture processing unit: the LCD's modes and their timing, the STAT and VBlank interrupts,
 * and a scanline renderer for the background, the window and the sprites with the DMG's priority
 * rules.
 */
package dev.patina.gameboy.core.ppu;
