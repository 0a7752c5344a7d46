package dev.patina.gameboy.core.apu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApuTest {

  private static final int CLOCK = 4_194_304;

  /** Runs {@code machineCycles} with the timer counter advancing as it does on hardware. */
  private static int run(Apu apu, int counter, int machineCycles) {
    for (int i = 0; i < machineCycles; i++) {
      counter = (counter + 4) & 0xFFFF;
      apu.tick(counter);
    }
    return counter;
  }

  @Test
  void registersReadBackWithTheDmgMasks() {
    Apu apu = new Apu(CLOCK);
    apu.write(0xFF11, 0x80 | 0x3F);
    assertThat(apu.read(0xFF11)).isEqualTo(0xBF); // length bits are write-only
    assertThat(apu.read(0xFF13)).isEqualTo(0xFF); // NR13 is write-only
    assertThat(apu.read(0xFF15)).isEqualTo(0xFF); // unused
    assertThat(apu.read(0xFF27)).isEqualTo(0xFF);
    apu.write(0xFF30, 0x12);
    assertThat(apu.read(0xFF30)).isEqualTo(0x12);
  }

  @Test
  void aTriggeredChannelShowsInNr52UntilItsLengthRunsOut() {
    Apu apu = new Apu(CLOCK);
    apu.write(0xFF12, 0xF0); // DAC on, volume 15
    apu.write(0xFF11, 0x3F); // length 1
    apu.write(0xFF14, 0xC0); // trigger with length enabled
    assertThat(apu.read(0xFF26) & 0x0F).isEqualTo(0x01);
    run(apu, 0, 8192 / 4 * 4); // a few frame-sequencer steps (each 8,192 cycles)
    assertThat(apu.read(0xFF26) & 0x0F).isZero();
  }

  @Test
  void aChannelWithItsDacOffCannotPlay() {
    Apu apu = new Apu(CLOCK);
    apu.write(0xFF17, 0x00);
    apu.write(0xFF19, 0x80);
    assertThat(apu.read(0xFF26) & 0x02).isZero();
  }

  @Test
  void powerOffClearsRegistersAndIgnoresWrites() {
    Apu apu = new Apu(CLOCK);
    apu.write(0xFF24, 0x77);
    apu.write(0xFF26, 0x00);
    assertThat(apu.read(0xFF24)).isZero();
    apu.write(0xFF24, 0x55);
    assertThat(apu.read(0xFF24)).isZero();
    assertThat(apu.read(0xFF26)).isEqualTo(0x70);
    apu.write(0xFF26, 0x80);
    apu.write(0xFF24, 0x55);
    assertThat(apu.read(0xFF24)).isEqualTo(0x55);
  }

  @Test
  void aSquareWavePlaysAtItsFrequency() {
    Apu apu = new Apu(CLOCK);
    apu.setSampleRate(48_000);
    apu.write(0xFF25, 0x11); // channel 1 to both sides
    apu.write(0xFF12, 0xF0);
    apu.write(0xFF11, 0x80); // 50% duty
    int f = 2048 - CLOCK / (32 * 440); // 440 Hz: the period is 32 x (2048 - f) cycles
    apu.write(0xFF13, f & 0xFF);
    apu.write(0xFF14, 0x80 | (f >> 8));
    run(apu, 0, CLOCK / 4 / 10); // 0.1 s
    short[] out = new short[48_000];
    int n = apu.drainSamples(out);
    assertThat(n).isBetween(2 * 4_790, 2 * 4_810);
    int rises = 0;
    for (int i = 2; i < n; i += 2) {
      if (out[i - 2] < 0 && out[i] >= 0) {
        rises++;
      }
    }
    assertThat(rises).isBetween(42, 46); // 440 Hz for 0.1 s
    assertThat(out[n - 2]).isEqualTo(out[n - 1]); // both sides
  }

  @Test
  void theEnvelopeFadesAndTheNoiseChannelMakesNoise() {
    Apu apu = new Apu(CLOCK);
    apu.setSampleRate(8_000);
    apu.write(0xFF25, 0x88);
    apu.write(0xFF21, 0xF1); // volume 15, decreasing every 1/64 s
    apu.write(0xFF22, 0x00);
    apu.write(0xFF23, 0x80);
    run(apu, 0, CLOCK / 4 / 20);
    short[] early = new short[800];
    int n = apu.drainSamples(early);
    int distinct = (int) java.util.stream.IntStream.range(0, n / 2).map(i -> early[2 * i]).distinct().count();
    assertThat(distinct).isGreaterThan(2);
    run(apu, 0, CLOCK / 4 / 2); // long enough to fade to 0
    apu.drainSamples(new short[100_000]);
    run(apu, 0, CLOCK / 4 / 100);
    short[] late = new short[400];
    int m = apu.drainSamples(late);
    assertThat(java.util.stream.IntStream.range(0, m / 2).map(i -> late[2 * i]).distinct().count()).isEqualTo(1);
  }
}
