package dev.patina.checkers.typestate;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import javax.lang.model.element.Element;
import javax.lang.model.element.VariableElement;
import org.checkerframework.javacutil.TreeUtils;

/**
 * A quick scan that decides whether a method or lambda needs the flow analysis at all: only if it
 * declares, reads or makes a value of a type with a protocol. Code that names no protocol type
 * stops here, at the cost of one walk of its trees (the protocol of each type is cached).
 */
final class TypestateUse extends TreeScanner<Boolean, Void> {

  private final Protocols protocols;

  private TypestateUse(Protocols protocols) {
    this.protocols = protocols;
  }

  static boolean in(Tree body, Protocols protocols) {
    return Boolean.TRUE.equals(new TypestateUse(protocols).scan(body, null));
  }

  @Override
  public Boolean reduce(Boolean a, Boolean b) {
    return Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b);
  }

  @Override
  public Boolean scan(Tree tree, Void p) {
    if (tree instanceof ExpressionTree e && !(tree instanceof LambdaExpressionTree) && tracked(e)) {
      return true;
    }
    return super.scan(tree, p);
  }

  private boolean tracked(ExpressionTree e) {
    return switch (e) {
      case IdentifierTree id -> protocols.of(TreeUtils.typeOf(id)) != null;
      case MemberSelectTree ms -> protocols.of(TreeUtils.typeOf(ms)) != null;
      case NewClassTree nc -> protocols.of(TreeUtils.typeOf(nc)) != null;
      case MethodInvocationTree inv -> protocols.of(TreeUtils.typeOf(inv)) != null;
      default -> false;
    };
  }

  @Override
  public Boolean visitVariable(VariableTree v, Void p) {
    Element e = TreeUtils.elementFromDeclaration(v);
    if (e instanceof VariableElement var && protocols.of(var.asType()) != null) {
      return true;
    }
    return super.visitVariable(v, p);
  }

  @Override
  public Boolean visitClass(ClassTree c, Void p) {
    return false; // checked on its own
  }
}
