/**
 * The window host: the picture in a Swing window at an integer scale, the keyboard as the joypad,
 * sound through {@code javax.sound.sampled}, frames paced at the DMG's 59.73 Hz, pause, and save
 * states.
 */
package dev.patina.gameboy.host.window;
