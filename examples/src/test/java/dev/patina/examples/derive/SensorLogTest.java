package dev.patina.examples.derive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link SensorLog} reads, through the generated views, what a {@code ByteBuffer} encoder wrote. */
class SensorLogTest {
  @TempDir Path dir;

  @Test
  void printsTheDemonstrationLog() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream saved = System.out;
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      SensorLog.main(new String[0]);
    } finally {
      System.setOut(saved);
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("""
        4 samples of 56 bytes (header 13 bytes, packed, big-endian)
        #0 seq 101 v1 device 00:1a:2b:3c:4d:5e  t=1700000000000 sensor 7 accel (0.01, -0.02, 9.81) 71.5 °C
        #1 seq 102 v1 device 00:1a:2b:3c:4d:5e  t=1700000001000 sensor 7 accel (0.00, 0.03, 9.80) 93.3 °C  ALARM
        #2 seq 9 v1 device 00:1a:2b:3c:4d:7f  t=1700000001500 sensor 12 accel (-0.10, 0.00, 9.79) 18.0 °C
        #3 seq 103 v1 device 00:1a:2b:3c:4d:5e  t=1700000002000 sensor 7 accel (0.02, -0.01, 9.81) 88.0 °C
        hottest 93.3 °C, 1 alarm(s)
        """);
  }

  @Test
  void theEncoderAndTheGeneratedLayoutAgreeOnEveryOffset() {
    // the encoder's literal offsets are C's for this struct; the generated layout must say the same
    assertThat(SensorSampleLayout.SIZE).isEqualTo(56);
    assertThat(SensorSampleLayout.ALIGNMENT).isEqualTo(8);
    assertThat(SensorSampleLayout.OFFSET_HEADER).isZero();
    assertThat(SensorSampleLayout.OFFSET_TIME_MILLIS).isEqualTo(16);
    assertThat(SensorSampleLayout.OFFSET_SENSOR_ID).isEqualTo(24);
    assertThat(SensorSampleLayout.OFFSET_ACCEL).isEqualTo(28);
    assertThat(SensorSampleLayout.OFFSET_CELSIUS).isEqualTo(40);
    assertThat(SensorSampleLayout.OFFSET_ALARM).isEqualTo(48);
    assertThat(FrameHeaderLayout.SIZE).isEqualTo(13);
    assertThat(FrameHeaderLayout.OFFSET_SEQUENCE).isEqualTo(3);
    assertThat(FrameHeaderLayout.OFFSET_DEVICE).isEqualTo(7);
  }

  @Test
  void theViewReadsTheRecordsTheEncoderWrote() throws IOException {
    Path file = dir.resolve("demo.log");
    SensorLog.writeDemo(file);
    MemorySegment log = MemorySegment.ofArray(Files.readAllBytes(file));
    SensorSample second = new SensorSampleView(log, 0).at(1).read();
    assertThat(second.header().magic()).isEqualTo(FrameHeader.MAGIC);
    assertThat(second.header().sequence()).isEqualTo(102);
    assertThat(second.header().device()).containsExactly(0x00, 0x1a, 0x2b, 0x3c, 0x4d, 0x5e);
    assertThat(second.timeMillis()).isEqualTo(1_700_000_001_000L);
    assertThat(second.accel()).containsExactly(0.00f, 0.03f, 9.80f);
    assertThat(second.celsius()).isEqualTo(93.25);
    assertThat(second.alarm()).isTrue();
    // big-endian on the wire: the sequence number 102 is in the last of its four bytes
    assertThat(log.get(java.lang.foreign.ValueLayout.JAVA_BYTE, SensorSampleLayout.SIZE + 3 + 3)).isEqualTo((byte) 102);
  }

  @Test
  void rejectsAFileThatIsNotWholeSamples() throws IOException {
    Path file = dir.resolve("torn.log");
    Files.write(file, new byte[(int) SensorSampleLayout.SIZE + 1]);
    assertThatThrownBy(() -> SensorLog.report(file, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)))
        .isInstanceOf(IOException.class).hasMessageEndingWith("holds 57 bytes, not a whole number of 56-byte samples");
  }

  @Test
  void rejectsASampleWithoutTheFrameMagic() throws IOException {
    Path file = dir.resolve("noise.log");
    ByteBuffer noise = ByteBuffer.allocate((int) SensorSampleLayout.SIZE);
    noise.putShort(0, (short) 0x1234);
    Files.write(file, noise.array());
    assertThatThrownBy(() -> SensorLog.report(file, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)))
        .isInstanceOf(IOException.class).hasMessage("sample 0 has no frame magic: 0x1234");
  }
}
