package dev.patina.gameboy.core.apu;

/** What the mixer and NR52 need of every channel. */
sealed interface Channel permits SquareChannel, WaveChannel, NoiseChannel {

  /** Whether the channel is playing (NR52's status bit). */
  boolean enabled();

  /** Its DAC's input now, 0–15; 0 when disabled. */
  int output();

  /** Advances its frequency timer by four clock cycles. */
  void tick();

  /** The frame sequencer's 256 Hz length clock. */
  void clockLength();

  /** Reads the channel's register {@code index} (0–4: NRx0–NRx4) without the read masks. */
  int read(int index);

  /** Writes the channel's register {@code index}; a write with bit 7 of NRx4 set triggers it. */
  void write(int index, int value);

  /** Powering the APU off clears the channel. */
  void powerOff();

  /** Whether the channel's DAC is on; a channel whose DAC is off outputs nothing and cannot play. */
  boolean dacOn();
}
