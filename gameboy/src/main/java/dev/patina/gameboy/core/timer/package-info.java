/** The DIV/TIMA timer, with the falling-edge behaviour behind its edge cases. */
package dev.patina.gameboy.core.timer;
