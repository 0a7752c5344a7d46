package dev.patina.checkers.units;

import com.sun.source.tree.Tree;

/** Names and shapes of Java's operators, as the units checker talks about them. */
final class Operators {

  private Operators() {}

  /** The binary operator of a compound assignment: {@code +=} is {@code +}. */
  static Tree.Kind binaryOf(Tree.Kind compound) {
    return switch (compound) {
      case PLUS_ASSIGNMENT -> Tree.Kind.PLUS;
      case MINUS_ASSIGNMENT -> Tree.Kind.MINUS;
      case MULTIPLY_ASSIGNMENT -> Tree.Kind.MULTIPLY;
      case DIVIDE_ASSIGNMENT -> Tree.Kind.DIVIDE;
      case REMAINDER_ASSIGNMENT -> Tree.Kind.REMAINDER;
      case AND_ASSIGNMENT -> Tree.Kind.AND;
      case OR_ASSIGNMENT -> Tree.Kind.OR;
      case XOR_ASSIGNMENT -> Tree.Kind.XOR;
      case LEFT_SHIFT_ASSIGNMENT -> Tree.Kind.LEFT_SHIFT;
      case RIGHT_SHIFT_ASSIGNMENT -> Tree.Kind.RIGHT_SHIFT;
      default -> Tree.Kind.UNSIGNED_RIGHT_SHIFT;
    };
  }

  /** Whether the operands of this operator must have the same unit. */
  static boolean needsSameUnit(Tree.Kind kind) {
    return switch (kind) {
      case PLUS, MINUS, REMAINDER, LESS_THAN, GREATER_THAN, LESS_THAN_EQUAL, GREATER_THAN_EQUAL,
          EQUAL_TO, NOT_EQUAL_TO -> true;
      default -> false;
    };
  }

  /**
   * The headline of a compound assignment whose units disagree: {@code cannot add `kg` to `f`
   * (in `m`)}; {@code variableUnit} and {@code valueUnit} are shown as in messages.
   */
  static String compoundHeadline(Tree.Kind kind, String variable, String variableUnit, String valueUnit) {
    // a unitless side arrives as "`total`, which has no unit": it names itself
    String unitless = "which has no unit";
    String target = variableUnit.endsWith(unitless) ? variableUnit
        : "`" + variable + "` (" + (variableUnit.startsWith("`") ? "in " : "") + variableUnit + ")";
    String value = valueUnit.endsWith(unitless) ? valueUnit + "," : valueUnit;
    return switch (kind) {
      case PLUS -> "cannot add " + value + " to " + target;
      case MINUS -> "cannot subtract " + value + " from " + target;
      default -> "cannot take the remainder of " + target + " by " + valueUnit;
    };
  }

  /** The verb of a message: "cannot add `kg` and `s`". */
  static String verb(Tree.Kind kind) {
    return switch (kind) {
      case PLUS -> "add";
      case MINUS -> "subtract";
      case REMAINDER -> "take the remainder of";
      default -> "compare";
    };
  }
}
