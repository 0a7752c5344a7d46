package dev.patina.units.algebra;

/**
 * A unit expression that does not parse: the reason, and where in the expression the bad token
 * is (a character offset and length), so that a diagnostic can point at it.
 */
public final class UnitSyntaxException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String expression;
  private final String reason;
  private final int offset;
  private final int length;

  public UnitSyntaxException(String expression, String reason, int offset, int length) {
    super("malformed unit `" + expression + "`: " + reason + " (at offset " + offset + ")");
    this.expression = expression;
    this.reason = reason;
    this.offset = offset;
    this.length = length;
  }

  /** The whole expression that was parsed. */
  public String expression() {
    return expression;
  }

  /** What is wrong, without the expression, e.g. {@code unknown unit `mph`}. */
  public String reason() {
    return reason;
  }

  /** The offset of the bad token in the expression (its length when the expression ended early). */
  public int offset() {
    return offset;
  }

  /** The length of the bad token (0 when the expression ended early). */
  public int length() {
    return length;
  }
}
