package dev.patina.gameboy.core.serial;

import dev.patina.gameboy.core.state.NotState;
import java.util.function.IntConsumer;

/**
 * SB and SC. A transfer on the internal clock shifts eight bits out at 8,192 Hz (one bit every 128
 * machine cycles) and then requests the serial interrupt; with no partner connected the bits that
 * come in are ones. Each byte sent goes to the host's sink, which is how test ROMs report.
 */
public final class Serial {

  /** Serial interrupt, bit 3 of IF. */
  public static final int INTERRUPT = 3;

  private static final int CYCLES_PER_BIT = 128;

  @NotState private final IntConsumer interruptLine;
  @NotState private IntConsumer sink = b -> { };
  private int sb;
  private int sc;
  private int bitsLeft;
  private int cyclesToNextBit;

  /** A port that requests its interrupt through {@code interruptLine}. */
  public Serial(IntConsumer interruptLine) {
    this.interruptLine = interruptLine;
    this.sc = 0x7E;
  }

  /** Where each byte sent goes (the default drops it). */
  public void connect(IntConsumer byteSink) {
    this.sink = byteSink;
  }

  /** Advances one machine cycle. */
  public void tick() {
    if (bitsLeft == 0 || --cyclesToNextBit > 0) {
      return;
    }
    cyclesToNextBit = CYCLES_PER_BIT;
    sb = ((sb << 1) | 1) & 0xFF;
    if (--bitsLeft == 0) {
      sc &= 0x7F;
      interruptLine.accept(INTERRUPT);
    }
  }

  /** Reads $FF01 or $FF02. */
  public int read(int address) {
    return address == 0xFF01 ? sb : sc | 0x7E;
  }

  /** Writes $FF01 or $FF02. */
  public void write(int address, int value) {
    if (address == 0xFF01) {
      sb = value;
      return;
    }
    sc = value & 0x81;
    if ((value & 0x81) == 0x81) {
      sink.accept(sb);
      bitsLeft = 8;
      cyclesToNextBit = CYCLES_PER_BIT;
    }
  }
}
