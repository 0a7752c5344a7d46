/**
 * Cartridges: the header, the memory bank controllers (none, MBC1 with multicarts, MBC2, MBC3 with
 * its real-time clock, MBC5) and battery-backed RAM. {@link
 * dev.patina.gameboy.core.cartridge.Cartridges#load} checks a ROM image and rejects a bad one with
 * a one-line reason.
 */
package dev.patina.gameboy.core.cartridge;
