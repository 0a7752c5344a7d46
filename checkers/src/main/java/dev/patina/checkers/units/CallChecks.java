package dev.patina.checkers.units;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MethodInvocationTree;
import dev.patina.units.algebra.UnitOfMeasure;
import dev.patina.units.algebra.UnitSyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import org.checkerframework.javacutil.TreeUtils;

/**
 * The checks of calls whose units the checker knows ({@link KnownCalls}: {@code Math} and {@code
 * Units.convert}) and of the {@code @PolyUnit} arguments of any call, which must share one unit.
 */
final class CallChecks {

  private final UnitsChecker checker;
  private final UnitsAnnotatedTypeFactory factory;
  private final UnitsVisitor visitor;
  private final Conversions conversions;

  CallChecks(UnitsChecker checker, UnitsAnnotatedTypeFactory factory, UnitsVisitor visitor) {
    this.checker = checker;
    this.factory = factory;
    this.visitor = visitor;
    this.conversions = new Conversions(factory);
  }

  void check(KnownCalls kind, MethodInvocationTree call) {
    List<? extends ExpressionTree> args = call.getArguments();
    String name = "Math." + TreeUtils.elementFromUse(call).getSimpleName();
    switch (kind) {
      case SQRT -> root(call, args.get(0), 2, name);
      case CBRT -> root(call, args.get(0), 3, name);
      case POW -> pow(call, args.get(0), args.get(1));
      case SAME, ATAN2 -> {
        for (ExpressionTree other : args.subList(1, args.size())) {
          visitor.requireSame(other, args.get(0), other,
              (a, b) -> "`" + name + "` needs its arguments in one unit, but gets " + a + " and " + b);
        }
      }
      case TRIG, TO_DEGREES -> argument(call, args.get(0), name, true);
      case INVERSE_TRIG, TRANSCENDENTAL, TO_RADIANS -> argument(call, args.get(0), name, false);
      case CONVERT, CONVERSION, APPLY -> convert(kind, call);
      case OTHER -> polyArguments(call);
      case KEEP, SIGN, COPY_SIGN -> { }
    }
  }

  private void root(MethodInvocationTree call, ExpressionTree arg, int degree, String name) {
    if (factory.unitOf(arg) instanceof UnitValue.Known k && k.unit().root(degree).isEmpty()) {
      checker.reportError(call, "U0005", "`" + name + "` of `" + k.unit() + "` has no unit: "
          + whyNoRoot(k.unit(), degree), visitor.details().help(visitor.text("help.U0005")));
    }
  }

  private static String whyNoRoot(UnitOfMeasure u, int degree) {
    if (u.dimension().hasRoot(degree)) {
      return "its scale " + u.scale() + " has no exact " + (degree == 2 ? "square" : "cube") + " root";
    }
    for (dev.patina.units.algebra.BaseDimension b : dev.patina.units.algebra.BaseDimension.values()) {
      int e = u.dimension().exponent(b);
      if (e % degree != 0) {
        return "`" + b.baseSymbol() + "` has the exponent " + e + ", which is not divisible by " + degree;
      }
    }
    return "an exponent is not divisible by " + degree;
  }

  private void pow(MethodInvocationTree call, ExpressionTree base, ExpressionTree exponent) {
    UnitValue u = factory.unitOf(base);
    if (u instanceof UnitValue.Any || u.isOne() || u instanceof UnitValue.Unknown) {
      return;
    }
    if (Constants.integer(exponent).isEmpty()) {
      String what = Constants.value(exponent).isPresent()
          ? "the exponent `" + exponent + "` is not an integer" : "the exponent is not a constant";
      checker.reportError(call, "U0005", "`Math.pow` of " + u.show() + " has no static unit: " + what,
          visitor.details().help(visitor.text("help.U0005.pow")));
    }
  }

  /** Trigonometric and transcendental functions: {@code rad} (when allowed) or a plain number. */
  private void argument(MethodInvocationTree call, ExpressionTree arg, String name, boolean angle) {
    UnitValue u = factory.unitOf(arg);
    if (u instanceof UnitValue.Known k && !k.unit().isOne()
        && !(angle && k.unit().equals(UnitsTreeAnnotator.RAD.unit()))) {
      String wanted = angle ? "an angle in `rad` or a plain number" : "a dimensionless number";
      checker.reportError(arg, "U0001", "`" + name + "` takes " + wanted + ", not `" + k.unit() + "`",
          visitor.details());
    }
  }

  private void convert(KnownCalls kind, MethodInvocationTree call) {
    Optional<Conversions.Literals> literals = conversions.of(kind, call);
    if (literals.isEmpty()) {
      return;
    }
    // the literals of a Conversion are checked where Units.conversion is called, not at each apply
    boolean own = kind != KnownCalls.APPLY;
    Optional<UnitOfMeasure> from = own ? literalUnit(literals.get().from()) : quietUnit(literals.get().from());
    Optional<UnitOfMeasure> to = own ? literalUnit(literals.get().to()) : quietUnit(literals.get().to());
    if (from.isEmpty() || to.isEmpty()) {
      return;
    }
    if (!from.get().sameDimension(to.get())) {
      if (own) {
        checker.reportError(call, "U0001", "cannot convert from `" + from.get() + "` to `" + to.get()
            + "`: the dimensions differ", visitor.details());
      }
      return;
    }
    if (kind == KnownCalls.CONVERSION) {
      return;
    }
    ExpressionTree value = call.getArguments().get(0);
    String what = kind == KnownCalls.APPLY ? "this conversion" : "`Units.convert`";
    visitor.requireSame(value, value, factory.unitOf(value), literals.get().from(),
        new UnitValue.Known(from.get()), (a, b) -> what + " converts from " + b + ", but gets " + a);
  }

  private static Optional<UnitOfMeasure> quietUnit(ExpressionTree arg) {
    return Constants.string(arg).flatMap(Constants::parse);
  }

  /** The unit a string constant names; a malformed literal is reported (U0004) and gives empty. */
  private Optional<UnitOfMeasure> literalUnit(ExpressionTree arg) {
    Optional<String> text = Constants.string(arg);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(UnitOfMeasure.parse(text.get()));
    } catch (UnitSyntaxException e) {
      UnitAnnotations.reportMalformed(checker, visitor, arg instanceof LiteralTree l ? l : null, arg, e);
      return Optional.empty();
    }
  }

  /** The arguments of a method's {@code @PolyUnit} parameters must share one unit. */
  private void polyArguments(MethodInvocationTree call) {
    ExecutableElement m = TreeUtils.elementFromUse(call);
    if (m == null) {
      return;
    }
    List<ExpressionTree> polyArgs = new ArrayList<>();
    List<? extends VariableElement> params = m.getParameters();
    List<? extends ExpressionTree> args = call.getArguments();
    for (int i = 0; i < params.size() && i < args.size(); i++) {
      if (isPoly(params.get(i))) {
        polyArgs.add(args.get(i));
      }
    }
    for (ExpressionTree other : polyArgs.size() < 2 ? List.<ExpressionTree>of() : polyArgs.subList(1, polyArgs.size())) {
      visitor.requireSame(other, polyArgs.get(0), other,
          (a, b) -> "`" + m.getSimpleName() + "` takes its `@PolyUnit` arguments in one unit, but gets " + a + " and " + b);
    }
  }

  private static boolean isPoly(VariableElement param) {
    return param.asType().getAnnotationMirrors().stream()
        .anyMatch(a -> a.getAnnotationType().toString().equals(UnitsAnnotatedTypeFactory.POLY_UNIT));
  }
}
