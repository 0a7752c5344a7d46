package dev.patina.runtime.units;

// The checkers module cannot depend on the runtime module (the runtime is compiled with the
// checkers as processors), so these tests compile this stand-in with the same signatures as
// runtime/src/main/java/dev/patina/runtime/units/Units.java. The checker matches it by its
// qualified name, exactly as it matches the real class.
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
