package dev.patina.gameboy.core.cpu;

/**
 * What the CPU sees of the machine: byte reads and writes that each take one machine cycle, an
 * internal cycle that takes one without touching memory, and the interrupt lines.
 */
public interface Memory {

  /** Reads the byte at {@code address} (0–0xFFFF); advances the machine one machine cycle. */
  int read(int address);

  /** Writes {@code value} (0–0xFF) at {@code address}; advances the machine one machine cycle. */
  void write(int address, int value);

  /** Reads the byte at {@code address} without advancing the machine: for tracers and debuggers. */
  int peek(int address);

  /** An internal CPU cycle: advances the machine one machine cycle without a memory access. */
  void idle();

  /** The interrupts both requested (IF) and enabled (IE), low five bits. */
  int pendingInterrupts();

  /** Clears the request bit of interrupt {@code bit} (0 VBlank … 4 joypad) in IF. */
  void acknowledge(int bit);
}
