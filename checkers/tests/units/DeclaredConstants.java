import dev.patina.units.Unit;

// A compile-time constant declared with a unit has that unit wherever it is read; only a constant
// without @Unit takes the unit its context wants, as a literal does.
class DeclaredConstants {

  static final @Unit("m/s^2") double STANDARD_GRAVITY = 9.80665;
  static final @Unit("s/min") double SECONDS_PER_MINUTE = 60;
  static final @Unit("rad") double RADIANS_PER_DEGREE = Math.PI / 180;
  static final @Unit("m/s") int WALKING_SPEED = 1;
  static final double TWO = 2;
  static final int HUNDRED = 100;

  static class Elsewhere {
    static final @Unit("km") double MARATHON = 42.195;
  }

  static void fires(@Unit("kg") double mass, @Unit("s") double t, @Unit("m") double d) {
    // :: error: [U0001]
    @Unit("kg") double weight = mass * STANDARD_GRAVITY;
    // :: error: [U0002]
    @Unit("s") double minutes = t / SECONDS_PER_MINUTE;
    // :: error: [U0001]
    double sum = d + STANDARD_GRAVITY;
    // :: error: [U0002]
    boolean finished = d > Elsewhere.MARATHON;
    // :: error: [U0001]
    @Unit("m") double walked = WALKING_SPEED;
    // :: error: [U0001]
    double angle = Math.sin(90 * RADIANS_PER_DEGREE * d);
  }

  static @Unit("kg*m/s^2") double weight(@Unit("kg") double mass) {
    return mass * STANDARD_GRAVITY;
  }

  static @Unit("min") double minutes(@Unit("s") double t) {
    return t / SECONDS_PER_MINUTE;
  }

  static @Unit("rad") double radians(double degrees) {
    return degrees * RADIANS_PER_DEGREE;
  }

  static double degrees(@Unit("rad") double angle) {
    return angle / RADIANS_PER_DEGREE;
  }

  static @Unit("km") double pastTheFinish(@Unit("km") double d) {
    return d - DeclaredConstants.Elsewhere.MARATHON;
  }

  // constants without @Unit still adapt to their context, in sums, comparisons and assignments
  static void unitlessConstantsAdapt(@Unit("m") double d, @Unit("kg") double mass) {
    @Unit("m") double twice = d * TWO;
    @Unit("m") double more = d + TWO;
    boolean far = d > HUNDRED;
    @Unit("kg") double reserve = TWO;
    @Unit("kg") double total = mass + HUNDRED + Math.PI;
  }
}
