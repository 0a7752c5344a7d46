package dev.patina.examples.derive;

import dev.patina.derive.Reflect;
import java.util.Locale;

/** An ISO 4217 currency with its symbol and the number of digits of its minor unit. */
@Reflect
public enum Currency {
  EUR("€", 2),
  JPY("¥", 0),
  KWD("KD", 3);

  private final String symbol;
  public final int minorDigits;

  Currency(String symbol, int minorDigits) {
    this.symbol = symbol;
    this.minorDigits = minorDigits;
  }

  public String symbol() {
    return symbol;
  }

  /** {@code 12345} cents as {@code €123.45}. */
  public String format(long minorUnits) {
    if (minorDigits == 0) {
      return symbol + minorUnits;
    }
    long scale = (long) Math.pow(10, minorDigits);
    return symbol + (minorUnits / scale) + "." + String.format(Locale.ROOT, "%0" + minorDigits + "d", Math.abs(minorUnits % scale));
  }
}
