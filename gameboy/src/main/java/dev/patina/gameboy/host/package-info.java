/**
 * Hosts around the core: they may use the JDK freely (files, windows, sound, threads), the core
 * may not.
 */
package dev.patina.gameboy.host;
