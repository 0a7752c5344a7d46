/**
 * Runs test ROMs headless until they report — serial text, the $A000 protocol, the LD B,B
 * breakpoint with a screen compare, or a fixed time for screen-only ROMs — or a limit passes.
 */
package dev.patina.gameboy.host.testrom;
