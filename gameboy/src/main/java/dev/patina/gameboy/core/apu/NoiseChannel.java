package dev.patina.gameboy.core.apu;

/** Channel 4: a linear-feedback shift register (15 or 7 bits) clocked at a chosen rate, with an envelope. */
final class NoiseChannel implements Channel {

  private static final int[] DIVISOR = {8, 16, 32, 48, 64, 80, 96, 112};

  private final Length length = new Length(64);
  private final Envelope envelope = new Envelope();
  private boolean enabled;
  private int polynomial;
  private int timer;
  private int lfsr = 0x7FFF;

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
    return enabled && (lfsr & 1) == 0 ? envelope.volume : 0;
  }

  @Override
  public void tick() {
    timer -= 4;
    while (timer <= 0) {
      timer += DIVISOR[polynomial & 7] << (polynomial >> 4);
      int bit = (lfsr ^ (lfsr >> 1)) & 1;
      lfsr = (lfsr >> 1) | (bit << 14);
      if ((polynomial & 0x08) != 0) {
        lfsr = (lfsr & ~0x40) | (bit << 6);
      }
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

  @Override
  public int read(int index) {
    return switch (index) {
      case 2 -> envelope.register;
      case 3 -> polynomial;
      case 4 -> length.enabled ? 0x40 : 0;
      default -> 0;
    };
  }

  @Override
  public void write(int index, int value) {
    switch (index) {
      case 1 -> length.load(value & 0x3F);
      case 2 -> {
        envelope.write(value);
        if (!envelope.dacOn()) {
          enabled = false;
        }
      }
      case 3 -> polynomial = value;
      case 4 -> {
        length.enabled = (value & 0x40) != 0;
        if ((value & 0x80) != 0) {
          enabled = envelope.dacOn();
          length.trigger();
          envelope.trigger();
          lfsr = 0x7FFF;
          timer = DIVISOR[polynomial & 7] << (polynomial >> 4);
        }
      }
      default -> { } // NR40 does not exist
    }
  }

  @Override
  public void powerOff() {
    enabled = false;
    polynomial = 0;
    envelope.write(0);
    envelope.volume = 0;
    length.enabled = false;
  }
}
