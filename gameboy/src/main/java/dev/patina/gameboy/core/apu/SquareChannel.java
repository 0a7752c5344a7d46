package dev.patina.gameboy.core.apu;

/** Channels 1 and 2: a square wave with four duty cycles, an envelope, and (channel 1) a sweep. */
final class SquareChannel implements Channel {

  private static final int[] DUTY = {0b00000001, 0b10000001, 0b10000111, 0b01111110};

  private final boolean hasSweep;
  private final Length length = new Length(64);
  private final Envelope envelope = new Envelope();
  private boolean enabled;
  private int duty;
  private int dutyStep;
  private int frequency;
  private int timer;
  private int sweep;
  private int sweepTimer;
  private int shadowFrequency;
  private boolean sweepEnabled;

  SquareChannel(boolean hasSweep) {
    this.hasSweep = hasSweep;
  }

  @Override
  public boolean enabled() {
    return enabled;
  }

  @Override
  public boolean dacOn() {
    return envelope.dacOn();
  }

  @Override
  public int output() {
    return enabled && ((DUTY[duty] >> (7 - dutyStep)) & 1) != 0 ? envelope.volume : 0;
  }

  @Override
  public void tick() {
    timer -= 4;
    while (timer <= 0) {
      timer += (2048 - frequency) * 4;
      dutyStep = (dutyStep + 1) & 7;
    }
  }

  @Override
  public void clockLength() {
    if (length.clock()) {
      enabled = false;
    }
  }

  void clockEnvelope() {
    envelope.clock();
  }

  /** The frame sequencer's 128 Hz sweep clock (channel 1 only). */
  void clockSweep() {
    if (!hasSweep || --sweepTimer > 0) {
      return;
    }
    sweepTimer = sweepPeriod();
    if (!sweepEnabled || ((sweep >> 4) & 7) == 0) {
      return;
    }
    int next = sweepTarget();
    if (next <= 2047 && (sweep & 7) != 0) {
      shadowFrequency = next;
      frequency = next;
      sweepTarget(); // the hardware checks for overflow a second time
    }
  }

  private int sweepPeriod() {
    int p = (sweep >> 4) & 7;
    return p == 0 ? 8 : p;
  }

  /** The next frequency; a result past 2047 disables the channel. */
  private int sweepTarget() {
    int delta = shadowFrequency >> (sweep & 7);
    int next = (sweep & 0x08) != 0 ? shadowFrequency - delta : shadowFrequency + delta;
    if (next > 2047) {
      enabled = false;
    }
    return next;
  }

  @Override
  public int read(int index) {
    return switch (index) {
      case 0 -> sweep;
      case 1 -> duty << 6;
      case 2 -> envelope.register;
      case 4 -> length.enabled ? 0x40 : 0;
      default -> 0; // NRx3 is write-only
    };
  }

  @Override
  public void write(int index, int value) {
    switch (index) {
      case 0 -> sweep = value & 0x7F;
      case 1 -> {
        duty = value >> 6;
        length.load(value & 0x3F);
      }
      case 2 -> {
        envelope.write(value);
        if (!envelope.dacOn()) {
          enabled = false;
        }
      }
      case 3 -> frequency = (frequency & 0x700) | value;
      default -> {
        frequency = (frequency & 0xFF) | ((value & 7) << 8);
        length.enabled = (value & 0x40) != 0;
        if ((value & 0x80) != 0) {
          trigger();
        }
      }
    }
  }

  private void trigger() {
    enabled = envelope.dacOn();
    length.trigger();
    envelope.trigger();
    timer = (2048 - frequency) * 4;
    if (hasSweep) {
      shadowFrequency = frequency;
      sweepTimer = sweepPeriod();
      sweepEnabled = ((sweep >> 4) & 7) != 0 || (sweep & 7) != 0;
      if ((sweep & 7) != 0) {
        sweepTarget();
      }
    }
  }

  @Override
  public void powerOff() {
    enabled = false;
    duty = 0;
    frequency = 0;
    sweep = 0;
    envelope.write(0);
    envelope.volume = 0;
    length.enabled = false;
  }
}
