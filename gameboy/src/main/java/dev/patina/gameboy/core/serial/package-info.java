/** The serial port: test ROMs print through it, and a host can capture what they print. */
package dev.patina.gameboy.core.serial;
