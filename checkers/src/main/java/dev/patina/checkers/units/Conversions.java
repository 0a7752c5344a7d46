package dev.patina.checkers.units;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;
import org.checkerframework.framework.type.AnnotatedTypeFactory;
import org.checkerframework.javacutil.TreeUtils;

/**
 * Finds the unit literals of a conversion: the last two arguments of {@code Units.convert(x,
 * "km", "m")} and {@code Units.conversion("km", "m")}, and, for {@code KM_TO_M.apply(x)}, those of
 * the {@code Units.conversion} call that initialises the final variable {@code KM_TO_M} (when its
 * declaration is in the code being compiled).
 */
final class Conversions {

  /** The argument trees that name the units; either may be a non-constant expression. */
  record Literals(ExpressionTree from, ExpressionTree to) {}

  private final AnnotatedTypeFactory factory;

  Conversions(AnnotatedTypeFactory factory) {
    this.factory = factory;
  }

  Optional<Literals> of(KnownCalls kind, MethodInvocationTree call) {
    List<? extends ExpressionTree> args = call.getArguments();
    return switch (kind) {
      case CONVERT -> Optional.of(new Literals(args.get(1), args.get(2)));
      case CONVERSION -> Optional.of(new Literals(args.get(0), args.get(1)));
      case APPLY -> ofReceiver(TreeUtils.getReceiverTree(call), 0);
      default -> Optional.empty();
    };
  }

  private Optional<Literals> ofReceiver(ExpressionTree receiver, int depth) {
    if (receiver == null || depth > 4) {
      return Optional.empty();
    }
    if (receiver instanceof ParenthesizedTree p) {
      return ofReceiver(p.getExpression(), depth + 1);
    }
    if (receiver instanceof MethodInvocationTree m && KnownCalls.of(m) == KnownCalls.CONVERSION) {
      return of(KnownCalls.CONVERSION, m);
    }
    if (receiver.getKind() != Tree.Kind.IDENTIFIER && receiver.getKind() != Tree.Kind.MEMBER_SELECT) {
      return Optional.empty();
    }
    Element e = TreeUtils.elementFromUse(receiver);
    // only a final variable is known to hold what its initialiser computed
    if (!(e instanceof VariableElement) || !e.getModifiers().contains(Modifier.FINAL)
        || !(factory.declarationFromElement(e) instanceof VariableTree v) || v.getInitializer() == null) {
      return Optional.empty();
    }
    return ofReceiver(v.getInitializer(), depth + 1);
  }
}
