package dev.patina.checkers.diagnostics;

import com.google.errorprone.VisitorState;
import com.google.errorprone.fixes.ErrorProneEndPosTable;
import com.google.errorprone.fixes.ErrorPronePosition;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.tools.javac.tree.JCTree;

/**
 * Where an Error Prone check's diagnostic on a use points: Error Prone reports one position only,
 * the preferred one, so make it the name of what is used ({@code reinterpret} in {@code
 * raw.reinterpret(16)}, {@code sleep} in {@code Thread.sleep(5)}) rather than javac's choice for a
 * call, its {@code (}.
 *
 * @param tree the use's own position
 * @param preferred the offset of its name
 */
public record NamePosition(ErrorPronePosition tree, int preferred) implements ErrorPronePosition {

  /** The position of {@code use}, preferring its name. */
  public static NamePosition of(ExpressionTree use, VisitorState state) {
    return new NamePosition(ErrorPronePosition.from(use), nameStart(use, state));
  }

  private static int nameStart(ExpressionTree use, VisitorState state) {
    ExpressionTree named = use instanceof MethodInvocationTree call ? call.getMethodSelect() : use;
    int end = state.getEndPosition(named);
    String name = switch (named) {
      case MemberSelectTree select -> select.getIdentifier().toString();
      case MemberReferenceTree reference -> reference.getName().toString();
      default -> null;
    };
    if (name == null || end < 0 || end - name.length() < ASTHelpers.getStartPosition(named)) {
      return ASTHelpers.getStartPosition(named);
    }
    return end - name.length();
  }

  @Override
  public int getStartPosition() {
    return tree.getStartPosition();
  }

  @Override
  public int getPreferredPosition() {
    return preferred;
  }

  @Override
  public JCTree getTree() {
    return tree.getTree();
  }

  @Override
  public int getEndPosition(ErrorProneEndPosTable table) {
    return tree.getEndPosition(table);
  }
}
