/** Running a ROM without a window: a number of frames, then a screenshot. */
package dev.patina.gameboy.host.headless;
