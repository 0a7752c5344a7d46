package dev.patina.gameboy.host.window;

import dev.patina.gameboy.core.apu.Apu;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/**
 * Plays the APU's samples on the default output line, 48 kHz 16-bit stereo. A machine without
 * sound (a server, Xvfb) gets a one-line notice and a silent game, not an error.
 */
final class Sound implements AutoCloseable {

  static final int RATE = 48_000;

  private final SourceDataLine line;
  private final short[] samples = new short[RATE / 10 * 2];
  private final byte[] bytes = new byte[samples.length * 2];

  private Sound(SourceDataLine line) {
    this.line = line;
  }

  /** Opens the output line, or returns a silent sound that says why. */
  static Sound open(Apu apu, java.io.PrintWriter err) {
    AudioFormat format = new AudioFormat(RATE, 16, 2, true, false);
    try {
      SourceDataLine line = AudioSystem.getSourceDataLine(format);
      line.open(format, RATE / 10 * 4); // 100 ms of buffer: enough to ride over a late frame
      line.start();
      apu.setSampleRate(RATE);
      return new Sound(line);
    } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
      err.println("patina gb: no sound (" + e.getMessage() + "); playing silently");
      err.flush();
      return new Sound(null);
    }
  }

  /** Moves the samples of the last frame to the line; never blocks longer than the line's buffer. */
  void play(Apu apu) {
    int n = apu.drainSamples(samples);
    if (line == null || n == 0) {
      return;
    }
    for (int i = 0; i < n; i++) {
      bytes[2 * i] = (byte) samples[i];
      bytes[2 * i + 1] = (byte) (samples[i] >> 8);
    }
    int room = line.available();
    line.write(bytes, 0, Math.min(room - room % 4, n * 2));
  }

  @Override
  public void close() {
    if (line != null) {
      line.drain();
      line.close();
    }
  }
}
