package dev.patina.checkers.ownership;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import org.checkerframework.javacutil.TreeUtils;

/**
 * A quick scan that decides whether a method or lambda needs the flow analysis at all: only if it
 * declares, reads or makes a value of a tracked type, or is a {@code @Consume} method of a class
 * with owned fields. Plain Java code stops here.
 */
final class TrackedUse extends TreeScanner<Boolean, Void> {

  private final OwnershipTypes types;

  private TrackedUse(OwnershipTypes types) {
    this.types = types;
  }

  static boolean in(Tree body, OwnershipTypes types) {
    if (body instanceof MethodTree m) {
      ExecutableElement e = TreeUtils.elementFromDeclaration(m);
      if (e != null && types.modes(e).consumesReceiver()) {
        return true;
      }
    }
    return Boolean.TRUE.equals(new TrackedUse(types).scan(body, null));
  }

  @Override
  public Boolean reduce(Boolean a, Boolean b) {
    return Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b);
  }

  @Override
  public Boolean scan(Tree tree, Void p) {
    if (tree instanceof ExpressionTree e && !(tree instanceof com.sun.source.tree.LambdaExpressionTree)
        && tracked(e)) {
      return true;
    }
    return super.scan(tree, p);
  }

  private boolean tracked(ExpressionTree e) {
    return switch (e) {
      case IdentifierTree id -> types.isTracked(TreeUtils.typeOf(id));
      case MemberSelectTree ms -> types.isTracked(TreeUtils.typeOf(ms));
      case NewClassTree nc -> types.isTracked(TreeUtils.typeOf(nc));
      case MethodInvocationTree inv -> types.isTracked(TreeUtils.typeOf(inv));
      default -> false;
    };
  }

  @Override
  public Boolean visitVariable(VariableTree v, Void p) {
    Element e = TreeUtils.elementFromDeclaration(v);
    if (e instanceof VariableElement var && types.isTracked(var.asType())) {
      return true;
    }
    return super.visitVariable(v, p);
  }

  @Override
  public Boolean visitClass(ClassTree c, Void p) {
    return false; // checked on its own
  }
}
