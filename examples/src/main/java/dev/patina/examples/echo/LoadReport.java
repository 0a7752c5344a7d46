package dev.patina.examples.echo;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * What a {@link LoadGenerator} run measured. {@code messages} counts the echoes that came back
 * complete and byte for byte equal to what was sent; {@code bytes} is their payload (one
 * direction). Throughput is over {@code elapsed}, which starts once every connection is
 * established ({@code connectTime} is the time that took). Latency is per message, from the start
 * of its write to the last byte of its echo. {@code errors} counts failed connections (a reset, an
 * early end of stream, a wrong byte, a timeout); {@code errorSamples} holds the first few messages.
 */
public record LoadReport(
    int connections,
    long messages,
    long bytes,
    int errors,
    List<String> errorSamples,
    Duration connectTime,
    Duration elapsed,
    long p50Nanos,
    long p99Nanos,
    long maxNanos) {

  public LoadReport {
    errorSamples = List.copyOf(errorSamples);
  }

  /** Echoed messages per second. */
  public double messagesPerSecond() {
    return messages / seconds();
  }

  /** Echoed payload bytes per second (one direction). */
  public double bytesPerSecond() {
    return bytes / seconds();
  }

  private double seconds() {
    return Math.max(elapsed.toNanos(), 1) / 1e9;
  }

  /** The report as the load generator prints it: one line of throughput, one of latency, errors. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT,
        "%d connections: %d messages, %d bytes echoed in %.3f s (connect %.3f s): "
            + "%,.0f msg/s, %,.2f MB/s%n",
        connections, messages, bytes, elapsed.toNanos() / 1e9, connectTime.toNanos() / 1e9,
        messagesPerSecond(), bytesPerSecond() / 1e6));
    out.append(String.format(Locale.ROOT,
        "latency p50 %.1f us, p99 %.1f us, max %.1f us%n",
        p50Nanos / 1e3, p99Nanos / 1e3, maxNanos / 1e3));
    out.append("errors ").append(errors);
    for (String sample : errorSamples) {
      out.append(System.lineSeparator()).append("  ").append(sample);
    }
    return out.toString();
  }
}
