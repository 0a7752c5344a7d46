package golden.record;

import dev.patina.derive.Reflect;

/** A sensor reading: a record with a compact constructor, a derived value and a static factory. */
@Reflect
public record Measurement(String sensor, double celsius, long atMillis) {
  public Measurement {
    if (sensor.isBlank()) {
      throw new IllegalArgumentException("sensor must not be blank");
    }
  }

  public double fahrenheit() {
    return celsius * 9 / 5 + 32;
  }

  public static Measurement now(String sensor, double celsius) {
    return new Measurement(sensor, celsius, 0L);
  }
}
