package dev.patina.gameboy.core.timer;

import dev.patina.gameboy.core.state.NotState;

/**
 * DIV, TIMA, TMA and TAC.
 *
 * <p>The hardware has one 16-bit counter that runs at the CPU clock; DIV is its high byte. TIMA
 * counts falling edges of one counter bit (bit 9, 3, 5 or 7 for TAC's clock select 0–3) ANDed with
 * TAC's enable bit. Modelling that AND rather than a period gives the edge cases for free: writing
 * DIV (which clears the counter) or TAC can itself make a falling edge and tick TIMA. When TIMA
 * overflows it reads 0 for one machine cycle, then is reloaded from TMA and requests the timer
 * interrupt; a write to TIMA during that cycle cancels the reload.
 */
public final class Timer {

  /** Timer interrupt, bit 2 of IF. */
  public static final int INTERRUPT = 2;

  private static final int[] SELECTED_BIT = {1 << 9, 1 << 3, 1 << 5, 1 << 7};

  @NotState private final InterruptLine interrupts;
  private int counter;
  private int tima;
  private int tma;
  private int tac;
  private boolean reloadPending;

  /** Where the timer requests its interrupt. */
  @FunctionalInterface
  public interface InterruptLine {
    void request(int bit);
  }

  /** A timer in the state the DMG boot ROM leaves (DIV = $AB). */
  public Timer(InterruptLine interrupts) {
    this.interrupts = interrupts;
    this.counter = 0xABCC;
    this.tac = 0xF8;
  }

  /** Advances one machine cycle (four clock cycles). */
  public void tick() {
    if (reloadPending) {
      reloadPending = false;
      tima = tma;
      interrupts.request(INTERRUPT);
    }
    int before = counter;
    counter = (counter + 4) & 0xFFFF;
    if (input(before) && !input(counter)) {
      incrementTima();
    }
  }

  private boolean input(int value) {
    return (tac & 0x04) != 0 && (value & SELECTED_BIT[tac & 3]) != 0;
  }

  private void incrementTima() {
    tima++;
    if (tima > 0xFF) {
      tima = 0;
      reloadPending = true;
    }
  }

  /** Reads $FF04–$FF07. */
  public int read(int address) {
    return switch (address) {
      case 0xFF04 -> counter >> 8;
      case 0xFF05 -> tima;
      case 0xFF06 -> tma;
      default -> tac | 0xF8;
    };
  }

  /** Writes $FF04–$FF07. */
  public void write(int address, int value) {
    switch (address) {
      case 0xFF04 -> {
        boolean before = input(counter);
        counter = 0;
        if (before) {
          incrementTima();
        }
      }
      case 0xFF05 -> {
        tima = value;
        reloadPending = false;
      }
      case 0xFF06 -> tma = value;
      default -> {
        boolean before = input(counter);
        tac = value & 0x07;
        if (before && !input(counter)) {
          incrementTima();
        }
      }
    }
  }

  /** The full 16-bit counter, for the serial port and the APU's frame sequencer, which share it. */
  public int counter() {
    return counter;
  }
}
