package dev.patina.checkers.ownership;

import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.YieldTree;
import com.sun.source.util.TreeScanner;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The expressions whose value an expression passes on unchanged: through parentheses, casts, both
 * branches of {@code ?:} and every arm of a switch expression. {@code (Page) (c ? a : make())}
 * has the sources {@code a} and {@code make()}.
 */
final class ValueSources {

  private ValueSources() {}

  /** {@code expr} without the parentheses and casts around it ({@code ((Conn) o)} is {@code o}). */
  static ExpressionTree peel(ExpressionTree expr) {
    ExpressionTree e = expr;
    while (e instanceof ParenthesizedTree || e instanceof TypeCastTree) {
      e = e instanceof ParenthesizedTree p ? p.getExpression() : ((TypeCastTree) e).getExpression();
    }
    return e;
  }

  static List<ExpressionTree> of(ExpressionTree expr) {
    List<ExpressionTree> out = new ArrayList<>();
    Deque<ExpressionTree> work = new ArrayDeque<>();
    work.push(expr);
    while (!work.isEmpty()) {
      ExpressionTree e = work.pop();
      switch (e) {
        case ParenthesizedTree p -> work.push(p.getExpression());
        case TypeCastTree c -> work.push(c.getExpression());
        case ConditionalExpressionTree c -> {
          work.push(c.getTrueExpression());
          work.push(c.getFalseExpression());
        }
        case SwitchExpressionTree s -> work.addAll(armValues(s));
        default -> out.add(e);
      }
    }
    return out;
  }

  private static List<ExpressionTree> armValues(SwitchExpressionTree s) {
    List<ExpressionTree> values = new java.util.ArrayList<>();
    for (CaseTree c : s.getCases()) {
      if (c.getBody() instanceof ExpressionTree e) {
        values.add(e);
      } else {
        // a block arm ({ ...; yield x; }) or an old-style arm (case 1: ...; yield x;)
        List<? extends Tree> statements = c.getBody() != null ? List.of(c.getBody()) : c.getStatements();
        new TreeScanner<Void, Void>() {
          @Override
          public Void visitYield(YieldTree y, Void v) {
            values.add(y.getValue());
            return null;
          }

          @Override
          public Void visitSwitchExpression(SwitchExpressionTree inner, Void v) {
            return null; // its yields belong to it
          }

          @Override
          public Void visitClass(ClassTree t, Void v) {
            return null;
          }

          @Override
          public Void visitLambdaExpression(LambdaExpressionTree t, Void v) {
            return null;
          }
        }.scan(statements, null);
      }
    }
    return values;
  }
}
