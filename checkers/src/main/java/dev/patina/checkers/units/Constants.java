package dev.patina.checkers.units;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import dev.patina.units.algebra.UnitOfMeasure;
import dev.patina.units.algebra.UnitSyntaxException;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.VariableElement;
import org.checkerframework.javacutil.TreeUtils;

/** The values of compile-time constant expressions the checker needs: exponents and unit strings. */
final class Constants {

  private Constants() {}

  /** The value of a constant expression built from literals, constant fields, signs and casts. */
  static Optional<Object> value(ExpressionTree tree) {
    return switch (tree) {
      case LiteralTree l -> Optional.ofNullable(l.getValue());
      case ParenthesizedTree p -> value(p.getExpression());
      case TypeCastTree c -> value(c.getExpression());
      case UnaryTree u when u.getKind() == Tree.Kind.UNARY_MINUS -> value(u.getExpression()).flatMap(v ->
          v instanceof Number n ? Optional.of((Object) (-n.doubleValue())) : Optional.empty());
      case UnaryTree u when u.getKind() == Tree.Kind.UNARY_PLUS -> value(u.getExpression());
      default -> {
        Element e = tree.getKind() == Tree.Kind.IDENTIFIER || tree.getKind() == Tree.Kind.MEMBER_SELECT
            ? TreeUtils.elementFromUse(tree) : null;
        yield e instanceof VariableElement v ? Optional.ofNullable(v.getConstantValue()) : Optional.empty();
      }
    };
  }

  /** The integer value of a constant expression ({@code 2}, {@code 3.0}, {@code -1}), if it is one. */
  static Optional<Integer> integer(ExpressionTree tree) {
    return value(tree).flatMap(v -> {
      if (v instanceof Number n) {
        double d = n.doubleValue();
        if (d == Math.rint(d) && Math.abs(d) <= 1000) {
          return Optional.of((int) d);
        }
      }
      return Optional.empty();
    });
  }

  static Optional<String> string(ExpressionTree tree) {
    return value(tree).filter(String.class::isInstance).map(String.class::cast);
  }

  static Optional<UnitOfMeasure> parse(String unit) {
    try {
      return Optional.of(UnitOfMeasure.parse(unit));
    } catch (UnitSyntaxException | ArithmeticException e) {
      return Optional.empty();
    }
  }
}
