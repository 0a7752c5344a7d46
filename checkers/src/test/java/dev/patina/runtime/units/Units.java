package dev.patina.runtime.units;

/**
 * Stands in for the runtime's {@code Units} in the checkers' tests, with its qualified name and the
 * signatures of runtime/src/main/java/dev/patina/runtime/units/Units.java: the checkers module
 * cannot depend on the runtime (the runtime is compiled with these checkers), and the units checker
 * matches the class by name. The test sources only compile against it; nothing here runs.
 */
public final class Units {
  private Units() {}

  public record Conversion(String from, String to, double factor) {
    public double apply(double value) {
      return value * factor;
    }
  }

  public static double convert(double value, String from, String to) {
    throw new UnsupportedOperationException("test stand-in");
  }

  public static Conversion conversion(String from, String to) {
    throw new UnsupportedOperationException("test stand-in");
  }
}
