/** The memory map: who answers each address, OAM DMA, and the clock that drives the parts. */
package dev.patina.gameboy.core.bus;
