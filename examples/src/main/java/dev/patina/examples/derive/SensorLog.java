package dev.patina.examples.derive;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Reads a sensor log, a file of fixed-size {@link SensorSample} records, by mapping it and walking
 * it with one {@link SensorSampleView} and one {@link FrameHeaderView}: every field is read in
 * place, in its own byte order, with no object allocated per record or per field.
 *
 * <p>{@code java dev.patina.examples.derive.SensorLog FILE} reads {@code FILE}; with no argument it
 * writes a demonstration log (the way a logger would, with a {@code ByteBuffer}) and reads that.
 */
public final class SensorLog {
  private SensorLog() {}

  public static void main(String[] args) throws IOException {
    Path file;
    if (args.length > 0) {
      file = Path.of(args[0]);
    } else {
      file = Files.createTempFile("sensors", ".log");
      file.toFile().deleteOnExit();
      writeDemo(file);
    }
    report(file, System.out);
  }

  /** Prints every sample of {@code file} and a summary; rejects a file that is not whole records. */
  static void report(Path file, PrintStream out) throws IOException {
    try (Arena arena = Arena.ofConfined();
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      if (size % SensorSampleLayout.SIZE != 0) {
        throw new IOException(file + " holds " + size + " bytes, not a whole number of "
            + SensorSampleLayout.SIZE + "-byte samples");
      }
      MemorySegment log = channel.map(FileChannel.MapMode.READ_ONLY, 0, size, arena);
      long count = size / SensorSampleLayout.SIZE;
      out.printf(Locale.ROOT, "%d samples of %d bytes (header %d bytes, packed, big-endian)%n",
          count, SensorSampleLayout.SIZE, FrameHeaderLayout.SIZE);
      SensorSampleView sample = new SensorSampleView(log, 0);
      FrameHeaderView header = new FrameHeaderView(log, 0);
      double hottest = Double.NEGATIVE_INFINITY;
      int alarms = 0;
      byte[] device = new byte[6];
      for (long i = 0; i < count; i++) {
        sample.at(i).header(header);
        if (header.magic() != FrameHeader.MAGIC) {
          throw new IOException("sample " + i + " has no frame magic: 0x" + Integer.toHexString(header.magic() & 0xffff));
        }
        for (int b = 0; b < device.length; b++) {
          device[b] = header.device(b);
        }
        out.printf(Locale.ROOT, "#%d seq %d v%d device %s  t=%d sensor %d accel (%.2f, %.2f, %.2f) %.1f °C%s%n",
            i, header.sequence(), header.version(), HexFormat.ofDelimiter(":").formatHex(device),
            sample.timeMillis(), sample.sensorId(), sample.accel(0), sample.accel(1), sample.accel(2),
            sample.celsius(), sample.alarm() ? "  ALARM" : "");
        hottest = Math.max(hottest, sample.celsius());
        alarms += sample.alarm() ? 1 : 0;
      }
      out.printf(Locale.ROOT, "hottest %.1f °C, %d alarm(s)%n", hottest, alarms);
    }
  }

  /** Four samples from two devices, encoded field by field with {@code ByteBuffer}s as a logger would. */
  static void writeDemo(Path file) throws IOException {
    ByteBuffer log = ByteBuffer.allocate(4 * (int) SensorSampleLayout.SIZE);
    byte[] boiler = {0x00, 0x1a, 0x2b, 0x3c, 0x4d, 0x5e};
    byte[] attic = {0x00, 0x1a, 0x2b, 0x3c, 0x4d, 0x7f};
    encode(log, 0, 101, boiler, 1_700_000_000_000L, 7, 0.01f, -0.02f, 9.81f, 71.5, false);
    encode(log, 1, 102, boiler, 1_700_000_001_000L, 7, 0.00f, 0.03f, 9.80f, 93.25, true);
    encode(log, 2, 9, attic, 1_700_000_001_500L, 12, -0.10f, 0.00f, 9.79f, 18.0, false);
    encode(log, 3, 103, boiler, 1_700_000_002_000L, 7, 0.02f, -0.01f, 9.81f, 88.0, false);
    Files.write(file, log.array());
  }

  /** Sample {@code index}, at the offsets C gives the struct: a 13-byte big-endian header, then little-endian fields. */
  static void encode(ByteBuffer log, int index, int sequence, byte[] device, long time, int sensor,
      float ax, float ay, float az, double celsius, boolean alarm) {
    int at = index * (int) SensorSampleLayout.SIZE;
    ByteBuffer header = log.duplicate().order(ByteOrder.BIG_ENDIAN);
    header.putShort(at, FrameHeader.MAGIC).put(at + 2, (byte) 1).putInt(at + 3, sequence).put(at + 7, device);
    ByteBuffer body = log.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    body.putLong(at + 16, time).putInt(at + 24, sensor)
        .putFloat(at + 28, ax).putFloat(at + 32, ay).putFloat(at + 36, az)
        .putDouble(at + 40, celsius).put(at + 48, (byte) (alarm ? 1 : 0));
  }
}
