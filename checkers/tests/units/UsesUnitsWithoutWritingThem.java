// This file writes no @Unit, yet uses declarations that carry units: the checker must not skip it.
class UsesUnitsWithoutWritingThem {

  double sum() {
    // :: error: [U0001]
    return Dimensions.position(1, 2, 3) + Polymorphic.twice(Unitless.up(4)) * Roots.class.hashCode();
  }

  void fields(Polymorphic p, Malformed m) {
    // :: error: [U0001]
    double x = p.width + m.micro;
  }

  static final class Overrider extends Measured {
    // :: error: [U0001]
    @Override double length() { return 5.0 / 0.5 * seconds(); }

    // :: error: [U0001]
    @Override void move(double distance) { }

    double seconds() { return 1; }
  }

  double lambda() {
    Metric f = x -> x;
    // :: error: [U0001]
    return f.apply(2);
  }
}

abstract class Measured {
  abstract @dev.patina.units.Unit("m") double length();

  abstract void move(@dev.patina.units.Unit("m") double distance);
}

class SameUnits extends Measured {
  @Override @dev.patina.units.Unit("m") double length() { return 1; }

  @Override void move(@dev.patina.units.Unit("m") double distance) { }
}

interface Metric {
  @dev.patina.units.Unit("m") double apply(@dev.patina.units.Unit("m") double x);
}

// nothing here has to do with units: the checker skips it (and finds nothing anyway)
class PlainArithmetic {
  double mean(double[] xs) {
    double sum = 0;
    for (double x : xs) {
      sum += x;
    }
    return xs.length == 0 ? Double.NaN : sum / xs.length;
  }
}

// a library interface without units may be implemented in any unit
class MetresOperator implements java.util.function.DoubleUnaryOperator {
  @Override
  public @dev.patina.units.Unit("m") double applyAsDouble(@dev.patina.units.Unit("m") double x) {
    return 2 * x;
  }
}
