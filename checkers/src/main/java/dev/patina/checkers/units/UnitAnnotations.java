package dev.patina.checkers.units;

import com.sun.source.tree.AnnotatedTypeTree;
import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import dev.patina.units.algebra.UnitOfMeasure;
import dev.patina.units.algebra.UnitSyntaxException;
import java.io.IOException;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import org.checkerframework.javacutil.TreeUtils;

/**
 * U0004: a {@code @Unit} whose expression does not parse (pointing at the bad token inside the
 * string), or that is written on something that is not a number ({@code String}, {@code boolean},
 * an array itself, a class).
 */
final class UnitAnnotations {

  private final UnitsChecker checker;
  private final UnitsVisitor visitor;

  UnitAnnotations(UnitsChecker checker, UnitsVisitor visitor) {
    this.checker = checker;
    this.visitor = visitor;
  }

  void check(AnnotationTree tree, TreePath path) {
    Element type = TreeUtils.elementFromTree(tree.getAnnotationType());
    if (type == null || !type.toString().equals(UnitsAnnotatedTypeFactory.UNIT)) {
      return;
    }
    ExpressionTree arg = tree.getArguments().isEmpty() ? null : tree.getArguments().get(0);
    ExpressionTree value = arg instanceof AssignmentTree a ? a.getExpression() : arg;
    String text = value == null ? null : Constants.string(value).orElse(null);
    if (text == null) {
      return;
    }
    try {
      UnitOfMeasure.parse(text);
    } catch (UnitSyntaxException e) {
      reportMalformed(checker, visitor, value instanceof LiteralTree l ? l : null, tree, e);
      return;
    }
    String target = annotatedTypeName(path);
    if (target != null) {
      checker.reportError(tree, "U0004", "`@Unit` applies to numbers, not to " + target,
          visitor.details().help(visitor.text("help.U0004.type")));
    }
  }

  static void reportMalformed(UnitsChecker checker, UnitsVisitor visitor, LiteralTree literal, Tree at,
      UnitSyntaxException e) {
    String headline = "malformed unit `" + e.expression() + "`: " + e.reason();
    var details = visitor.details();
    long offset = literal == null ? -1 : tokenOffset(visitor, literal, e);
    if (offset >= 0) {
      details.atOffset(offset, e.length() == 0 ? "the expression ends here" : e.reason());
    }
    checker.reportError(at, "U0004", headline, details.help(visitor.text("help.U0004")));
  }

  /** The file offset of the bad token, when the literal is written without escapes. */
  private static long tokenOffset(UnitsVisitor visitor, LiteralTree literal, UnitSyntaxException e) {
    long start = visitor.positions().getStartPosition(visitor.compilationUnit(), literal);
    long end = visitor.positions().getEndPosition(visitor.compilationUnit(), literal);
    if (start < 0 || end < 0) {
      return -1;
    }
    try {
      CharSequence src = visitor.compilationUnit().getSourceFile().getCharContent(true);
      String written = src.subSequence((int) start, (int) end).toString();
      return written.equals("\"" + e.expression() + "\"") ? start + 1 + e.offset() : -1;
    } catch (IOException | IndexOutOfBoundsException | UnsupportedOperationException io) {
      return -1;
    }
  }

  /** The non-numeric type the annotation at {@code path} is written on, or null when it is numeric. */
  private String annotatedTypeName(TreePath path) {
    TreePath parent = path.getParentPath();
    if (parent == null) {
      return null;
    }
    Tree leaf = parent.getLeaf();
    TypeMirror t;
    if (leaf instanceof ModifiersTree && parent.getParentPath() != null) {
      Tree decl = parent.getParentPath().getLeaf();
      switch (decl) {
        case VariableTree v -> t = innermost(TreeUtils.elementFromDeclaration(v).asType());
        case MethodTree m -> {
          ExecutableElement e = TreeUtils.elementFromDeclaration(m);
          if (e.getReturnType().getKind() == TypeKind.VOID && m.getReturnType() == null) {
            return "a constructor";
          }
          t = innermost(e.getReturnType());
        }
        case ClassTree c -> {
          return "the class `" + c.getSimpleName() + "`";
        }
        default -> {
          return null;
        }
      }
    } else if (leaf instanceof AnnotatedTypeTree att) {
      t = TreeUtils.typeOf(att);
    } else {
      return null;
    }
    if (t == null || t.getKind() == TypeKind.ERROR || visitor.isNumeric(t)) {
      return null;
    }
    if (t instanceof javax.lang.model.type.DeclaredType d) {
      return "`" + d.asElement().getSimpleName() + "`";
    }
    return "`" + withoutAnnotations(t) + "`";
  }

  private static TypeMirror innermost(TypeMirror t) {
    while (t instanceof ArrayType a) {
      t = a.getComponentType();
    }
    return t;
  }

  private static String withoutAnnotations(TypeMirror t) {
    return t.toString().replaceAll("@\\S+\\s*", "").replaceAll("\\([^)]*\\)\\s*", "").trim();
  }
}
