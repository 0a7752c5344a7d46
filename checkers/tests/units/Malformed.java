import dev.patina.units.Unit;
import dev.patina.runtime.units.Units;
import java.util.List;

// U0004: malformed unit expressions and @Unit on something that is not a number
class Malformed {
  // :: error: [U0004]
  @Unit("m/sec") double a;
  // :: error: [U0004]
  @Unit("kmin") double b;
  // :: error: [U0004]
  @Unit("m^") double c;
  // :: error: [U0004]
  @Unit("") double d;
  // :: error: [U0004]
  @Unit("7*m") double e;
  // :: error: [U0004]
  @Unit("m") String name;
  // :: error: [U0004]
  @Unit("s") boolean flag;

  // :: error: [U0004]
  @Unit("m/s") double f(double x) { return Units.convert(x, "mph", "m/s"); }

  @Unit("m") double[] lengths;
  List<@Unit("m") Double> boxed;
  @Unit("m/s^2") double accel;
  @Unit("kg*m^2/(s^3*A^2)") double ohms;
  @Unit("1") double plain;
  @Unit("µs") double micro;
  @Unit("Mibit/s") double rate;
}
