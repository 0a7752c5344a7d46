package dev.patina.examples.echo;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;

/**
 * What {@link LoadGenerator#run} does: {@code connections} concurrent connections to {@code
 * target}, each sending {@code messages} messages of {@code messageSize} bytes one after another
 * (the next one once the previous one's echo is back), giving up after {@code timeout}.
 */
public record LoadConfig(
    InetSocketAddress target, int connections, int messages, int messageSize, Duration timeout) {

  public LoadConfig {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(timeout, "timeout");
    if (connections < 1 || messages < 1 || messageSize < 1) {
      throw new IllegalArgumentException(
          "connections, messages and messageSize must be positive: "
              + connections + ", " + messages + ", " + messageSize);
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
  }
}
