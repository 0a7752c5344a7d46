/** The debugger: stepping, breakpoints, registers, disassembly, memory dumps and Gameboy Doctor traces. */
package dev.patina.gameboy.host.debug;
