/**
 * The Sharp SM83 CPU: registers, the full instruction set with the CB prefix, exact flags
 * (including DAA), interrupts with their dispatch timing, HALT with the HALT bug, STOP, and EI's
 * one-instruction delay.
 */
package dev.patina.gameboy.core.cpu;
