package dev.patina.checkers.ownership;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Types;
import org.checkerframework.javacutil.TreeUtils;

/**
 * What a task handed to another thread takes with it: the local variables a lambda, method
 * reference or anonymous class reads from the code around it, and whether it uses {@code this}.
 */
final class Captures {

  /** One captured variable ({@code variable} null for {@code this}) and where it is used. */
  record Capture(Element variable, Tree site) {
    boolean isThis() {
      return variable == null;
    }
  }

  private Captures() {}

  /** Whether {@code expr} is a task whose captures must be checked: a lambda, method reference or anonymous class. */
  static boolean isTask(ExpressionTree expr) {
    ExpressionTree e = ValueSources.peel(expr);
    return e instanceof LambdaExpressionTree || e instanceof MemberReferenceTree
        || (e instanceof NewClassTree nc && nc.getClassBody() != null);
  }

  /** The captures of a task; empty for anything else. */
  static List<Capture> of(ExpressionTree expr, Types types) {
    ExpressionTree task = ValueSources.peel(expr);
    List<Capture> out = new ArrayList<>();
    switch (task) {
      case LambdaExpressionTree l -> new Scanner(out, null, types).scan(l, null);
      case MemberReferenceTree ref -> {
        ExpressionTree q = ref.getQualifierExpression();
        Element e = q instanceof IdentifierTree ? TreeUtils.elementFromUse(q) : null;
        if (q instanceof IdentifierTree id && id.getName().contentEquals("this")) {
          out.add(new Capture(null, q));
        } else if (e != null && isLocal(e)) {
          out.add(new Capture(e, q));
        }
      }
      case NewClassTree nc when nc.getClassBody() != null ->
          new Scanner(out, TreeUtils.elementFromDeclaration(nc.getClassBody()), types).scan(nc.getClassBody(), null);
      default -> {}
    }
    return out;
  }

  private static boolean isLocal(Element e) {
    return switch (e.getKind()) {
      case LOCAL_VARIABLE, PARAMETER, EXCEPTION_PARAMETER, RESOURCE_VARIABLE, BINDING_VARIABLE -> true;
      default -> false;
    };
  }

  /** Collects names declared outside the task, and uses of the enclosing instance. */
  private static final class Scanner extends TreeScanner<Void, Void> {
    private final List<Capture> out;
    private final TypeElement anonymous;
    private final Types types;
    private final Set<Element> declaredInside = new HashSet<>();
    private final Set<Element> seen = new HashSet<>();
    private boolean thisSeen;

    Scanner(List<Capture> out, TypeElement anonymous, Types types) {
      this.out = out;
      this.anonymous = anonymous;
      this.types = types;
    }

    @Override
    public Void visitVariable(VariableTree v, Void p) {
      declaredInside.add(TreeUtils.elementFromDeclaration(v));
      return super.visitVariable(v, p);
    }

    @Override
    public Void visitIdentifier(IdentifierTree id, Void p) {
      Element e = TreeUtils.elementFromUse(id);
      if (id.getName().contentEquals("this") && anonymous == null) {
        captureThis(id);
      } else if (e != null && isLocal(e) && !declaredInside.contains(e) && seen.add(e)) {
        out.add(new Capture(e, id));
      } else if (e != null && isOuterInstanceMember(e)) {
        captureThis(id);
      }
      return null;
    }

    private void captureThis(Tree site) {
      if (!thisSeen) {
        thisSeen = true;
        out.add(new Capture(null, site));
      }
    }

    /** An unqualified instance field or method of an enclosing class, not of the task itself. */
    private boolean isOuterInstanceMember(Element e) {
      if ((e.getKind() != ElementKind.FIELD && e.getKind() != ElementKind.METHOD)
          || e.getModifiers().contains(Modifier.STATIC)
          || !(e.getEnclosingElement() instanceof TypeElement owner)) {
        return false;
      }
      return anonymous == null || !types.isSubtype(types.erasure(anonymous.asType()), types.erasure(owner.asType()));
    }
  }
}
