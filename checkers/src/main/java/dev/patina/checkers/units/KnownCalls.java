package dev.patina.checkers.units;

import com.sun.source.tree.MethodInvocationTree;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import org.checkerframework.javacutil.TreeUtils;

/**
 * The library methods whose units the checker knows: {@code java.lang.Math} and {@code
 * StrictMath}, and Patina's runtime {@code Units.convert}. Matched by qualified class name, since
 * the checkers cannot depend on the runtime module.
 */
enum KnownCalls {
  /** The result has the argument's unit: {@code abs floor ceil round rint ulp nextUp ...}. */
  KEEP,
  /** Dimensionless result whatever the argument: {@code signum}. */
  SIGN,
  SQRT,
  CBRT,
  POW,
  /** All arguments in one unit, the result in it too: {@code min max hypot clamp}. */
  SAME,
  /** {@code copySign(magnitude, sign)}: the magnitude's unit. */
  COPY_SIGN,
  /** {@code sin cos tan}: {@code rad} or {@code 1} in, {@code 1} out. */
  TRIG,
  /** {@code asin acos atan}: {@code 1} in, {@code rad} out. */
  INVERSE_TRIG,
  /** {@code atan2(y, x)}: y and x in one unit, {@code rad} out. */
  ATAN2,
  /** {@code exp log log10 log1p expm1 sinh cosh tanh}: {@code 1} in, {@code 1} out. */
  TRANSCENDENTAL,
  /** {@code toRadians}: {@code 1} (degrees as a plain number) in, {@code rad} out. */
  TO_RADIANS,
  /** {@code toDegrees}: {@code rad} or {@code 1} in, {@code 1} out. */
  TO_DEGREES,
  /** {@code Units.convert(x, "from", "to")}. */
  CONVERT,
  /** {@code Units.conversion("from", "to")}: checked like a conversion, gives an object. */
  CONVERSION,
  /** {@code conversion.apply(x)} of a {@code Units.Conversion}. */
  APPLY,
  OTHER;

  static final String UNITS_CLASS = "dev.patina.runtime.units.Units";
  static final String CONVERSION_CLASS = "dev.patina.runtime.units.Units.Conversion";

  static KnownCalls of(MethodInvocationTree call) {
    ExecutableElement m = TreeUtils.elementFromUse(call);
    if (m == null || !(m.getEnclosingElement() instanceof TypeElement owner)) {
      return OTHER;
    }
    String cls = owner.getQualifiedName().toString();
    String name = m.getSimpleName().toString();
    if (cls.equals(UNITS_CLASS)) {
      if (name.equals("convert") && m.getParameters().size() == 3) {
        return CONVERT;
      }
      return name.equals("conversion") && m.getParameters().size() == 2 ? CONVERSION : OTHER;
    }
    if (cls.equals(CONVERSION_CLASS)) {
      return name.equals("apply") && m.getParameters().size() == 1 ? APPLY : OTHER;
    }
    if (!cls.equals("java.lang.Math") && !cls.equals("java.lang.StrictMath")) {
      return OTHER;
    }
    return switch (name) {
      case "abs", "absExact", "floor", "ceil", "round", "rint", "ulp", "nextUp", "nextDown",
          "negateExact", "incrementExact", "decrementExact", "nextAfter" -> KEEP;
      case "signum" -> SIGN;
      case "sqrt" -> SQRT;
      case "cbrt" -> CBRT;
      case "pow" -> POW;
      case "min", "max", "hypot", "clamp", "addExact", "subtractExact" -> SAME;
      case "copySign" -> COPY_SIGN;
      case "sin", "cos", "tan" -> TRIG;
      case "asin", "acos", "atan" -> INVERSE_TRIG;
      case "atan2" -> ATAN2;
      case "exp", "log", "log10", "log1p", "expm1", "sinh", "cosh", "tanh" -> TRANSCENDENTAL;
      case "toRadians" -> TO_RADIANS;
      case "toDegrees" -> TO_DEGREES;
      default -> OTHER;
    };
  }
}
