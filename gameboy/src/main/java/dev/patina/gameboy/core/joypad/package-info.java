/** The joypad register P1 and the buttons a host presses. */
package dev.patina.gameboy.core.joypad;
