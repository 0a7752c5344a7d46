package dev.patina.gameboy.core.apu;

/** Channel 3: plays 32 four-bit samples from wave RAM at one of four volume shifts. */
final class WaveChannel implements Channel {

  private static final int[] SHIFT = {4, 0, 1, 2};

  final byte[] waveRam = new byte[16];
  private final Length length = new Length(256);
  private boolean dacOn;
  private boolean enabled;
  private int volumeCode;
  private int frequency;
  private int timer;
  private int position;
  private int sample;

  @Override
  public boolean enabled() {
    return enabled;
  }

  @Override
  public boolean dacOn() {
    return dacOn;
  }

  @Override
  public int output() {
    return enabled ? sample >> SHIFT[volumeCode] : 0;
  }

  @Override
  public void tick() {
    timer -= 4;
    while (timer <= 0) {
      timer += (2048 - frequency) * 2;
      position = (position + 1) & 31;
      int b = waveRam[position >> 1] & 0xFF;
      sample = (position & 1) == 0 ? b >> 4 : b & 0x0F;
    }
  }

  @Override
  public void clockLength() {
    if (length.clock()) {
      enabled = false;
    }
  }

  @Override
  public int read(int index) {
    return switch (index) {
      case 0 -> dacOn ? 0x80 : 0;
      case 2 -> volumeCode << 5;
      case 4 -> length.enabled ? 0x40 : 0;
      default -> 0;
    };
  }

  @Override
  public void write(int index, int value) {
    switch (index) {
      case 0 -> {
        dacOn = (value & 0x80) != 0;
        if (!dacOn) {
          enabled = false;
        }
      }
      case 1 -> length.load(value);
      case 2 -> volumeCode = (value >> 5) & 3;
      case 3 -> frequency = (frequency & 0x700) | value;
      default -> {
        frequency = (frequency & 0xFF) | ((value & 7) << 8);
        length.enabled = (value & 0x40) != 0;
        if ((value & 0x80) != 0) {
          enabled = dacOn;
          length.trigger();
          timer = (2048 - frequency) * 2;
          position = 0;
        }
      }
    }
  }

  @Override
  public void powerOff() {
    enabled = false;
    dacOn = false;
    volumeCode = 0;
    frequency = 0;
    length.enabled = false;
  }
}
