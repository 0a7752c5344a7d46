package dev.patina.gameboy.core.apu;

import dev.patina.units.Unit;

/**
 * The APU as the bus sees it: registers $FF10–$FF3F with the DMG's read-back masks, the frame
 * sequencer driven by bit 12 of the timer's counter (DIV bit 4, 512 Hz), and stereo samples at the
 * rate the host asked for, in a ring the host drains once per frame.
 */
public final class Apu {

  /** OR-masks of the bits that read back as 1, $FF10–$FF26 (Pan Docs' register table). */
  private static final int[] READ_MASK = {
    0x80, 0x3F, 0x00, 0xFF, 0xBF, // NR10-NR14
    0xFF, 0x3F, 0x00, 0xFF, 0xBF, // (unused), NR21-NR24
    0x7F, 0xFF, 0x9F, 0xFF, 0xBF, // NR30-NR34
    0xFF, 0xFF, 0x00, 0x00, 0xBF, // (unused), NR41-NR44
    0x00, 0x00, 0x70,             // NR50, NR51, NR52
  };
  private static final int FRAME_SEQUENCER_BIT = 1 << 12;
  private static final @Unit("cycle") int CYCLES_PER_TICK = 4;
  private static final int RING_FRAMES = 16_384;

  private final SquareChannel square1 = new SquareChannel(true);
  private final SquareChannel square2 = new SquareChannel(false);
  private final WaveChannel wave = new WaveChannel();
  private final NoiseChannel noise = new NoiseChannel();
  private final Channel[] channels = {square1, square2, wave, noise};
  private final short[] ring = new short[RING_FRAMES * 2];
  private final @Unit("cycle/s") long clockHz;
  private boolean powered = true;
  private int nr50 = 0x77;
  private int nr51 = 0xF3;
  private int step;
  private int lastCounter;
  private @Unit("Hz") long sampleRate;
  /** Sample rate × clock cycles since the last sample: a sample is due each time it reaches the clock rate. */
  private @Unit("cycle/s") long phase;
  private int ringStart;
  private int ringCount;

  /** An APU for a machine whose clock runs at {@code clockHz}, producing no samples until asked. */
  public Apu(@Unit("cycle/s") long clockHz) {
    this.clockHz = clockHz;
  }

  /** Produce stereo samples at {@code hz} (e.g. 48,000); 0 stops producing them. */
  public void setSampleRate(@Unit("Hz") int hz) {
    this.sampleRate = hz;
    this.phase = 0;
  }

  /** Advances one machine cycle; {@code timerCounter} is the timer's 16-bit counter after the tick. */
  public void tick(int timerCounter) {
    if ((lastCounter & FRAME_SEQUENCER_BIT) != 0 && (timerCounter & FRAME_SEQUENCER_BIT) == 0 && powered) {
      stepFrameSequencer();
    }
    lastCounter = timerCounter;
    if (powered) {
      for (Channel c : channels) {
        c.tick();
      }
    }
    if (sampleRate > 0) {
      phase += sampleRate * CYCLES_PER_TICK;
      if (phase >= clockHz) {
        phase -= clockHz;
        emitSample();
      }
    }
  }

  private void stepFrameSequencer() {
    if ((step & 1) == 0) {
      for (Channel c : channels) {
        c.clockLength();
      }
    }
    if (step == 2 || step == 6) {
      square1.clockSweep();
    }
    if (step == 7) {
      square1.clockEnvelope();
      square2.clockEnvelope();
      noise.clockEnvelope();
    }
    step = (step + 1) & 7;
  }

  private void emitSample() {
    int left = 0;
    int right = 0;
    for (int i = 0; i < 4; i++) {
      Channel c = channels[i];
      if (!c.dacOn()) {
        continue;
      }
      int analog = c.output() * 2 - 15; // the DAC maps 0..15 to -15..15 (in units of 1/15)
      if ((nr51 & (0x10 << i)) != 0) {
        left += analog;
      }
      if ((nr51 & (1 << i)) != 0) {
        right += analog;
      }
    }
    left = left * (((nr50 >> 4) & 7) + 1);
    right = right * ((nr50 & 7) + 1);
    // full scale: 4 channels x 15 x volume 8 = 480
    int at = ((ringStart + ringCount) % RING_FRAMES) * 2;
    ring[at] = (short) (left * 32767 / 480);
    ring[at + 1] = (short) (right * 32767 / 480);
    if (ringCount < RING_FRAMES) {
      ringCount++;
    } else {
      ringStart = (ringStart + 1) % RING_FRAMES; // the host fell behind: drop the oldest
    }
  }

  /** Moves up to {@code out.length / 2} stereo frames (left, right) into {@code out}; returns how many shorts. */
  public int drainSamples(short[] out) {
    int frames = Math.min(ringCount, out.length / 2);
    for (int i = 0; i < frames; i++) {
      int at = ((ringStart + i) % RING_FRAMES) * 2;
      out[2 * i] = ring[at];
      out[2 * i + 1] = ring[at + 1];
    }
    ringStart = (ringStart + frames) % RING_FRAMES;
    ringCount -= frames;
    return frames * 2;
  }

  /** Reads $FF10–$FF3F. */
  public int read(int address) {
    if (address >= 0xFF30) {
      return wave.waveRam[address - 0xFF30] & 0xFF;
    }
    if (address > 0xFF26) {
      return 0xFF;
    }
    int i = address - 0xFF10;
    int raw = switch (address) {
      case 0xFF24 -> nr50;
      case 0xFF25 -> nr51;
      case 0xFF26 -> status();
      default -> channels[i / 5].read(i % 5);
    };
    return raw | READ_MASK[i];
  }

  private int status() {
    int bits = powered ? 0x80 : 0;
    for (int i = 0; i < 4; i++) {
      if (channels[i].enabled()) {
        bits |= 1 << i;
      }
    }
    return bits;
  }

  /** Writes $FF10–$FF3F. */
  public void write(int address, int value) {
    if (address >= 0xFF30) {
      wave.waveRam[address - 0xFF30] = (byte) value;
    } else if (address == 0xFF26) {
      setPower((value & 0x80) != 0);
    } else if (powered && address < 0xFF26) {
      switch (address) {
        case 0xFF24 -> nr50 = value;
        case 0xFF25 -> nr51 = value;
        default -> {
          int i = address - 0xFF10;
          channels[i / 5].write(i % 5, value);
        }
      }
    }
  }

  private void setPower(boolean on) {
    if (powered && !on) {
      for (Channel c : channels) {
        c.powerOff();
      }
      nr50 = 0;
      nr51 = 0;
    } else if (!powered && on) {
      step = 0;
    }
    powered = on;
  }
}
