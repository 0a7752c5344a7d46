package dev.patina.units.algebra;

import java.util.function.BiFunction;

/**
 * A recursive-descent parser of unit expressions:
 *
 * <pre>
 * expr     := term (('*' | '/') term)*          left-associative, as in Java: a/b*c = (a/b)*c
 * term     := primary ('^' exponent)?           km^2 = (km)^2
 * primary  := symbol | integer | '(' expr ')'   integers factor over 2, 3, 5: 1, 60, 1000
 * exponent := '-'? digits | '(' '-'? digits ')'
 * </pre>
 *
 * Spaces between tokens are ignored. Every error carries the offset and length of the bad token.
 */
final class UnitParser {

  /** Resolves a symbol token (with its offset) to a unit or throws a syntax error. */
  interface Resolver extends BiFunction<UnitParser, Token, UnitOfMeasure> {}

  record Token(String text, int offset) {}

  private static final int MAX_EXPONENT = 1000;

  private final String src;
  private int pos;

  private UnitParser(String src) {
    this.src = src;
  }

  static UnitOfMeasure parse(String expression, Resolver resolver) {
    if (expression == null) {
      throw new UnitSyntaxException("null", "the unit expression is null", 0, 0);
    }
    UnitParser p = new UnitParser(expression);
    p.skipSpaces();
    if (p.pos == expression.length()) {
      throw p.error("empty unit expression; write `1` for a dimensionless number", 0, expression.length());
    }
    try {
      UnitOfMeasure u = p.expr(resolver);
      p.skipSpaces();
      if (p.pos < expression.length()) {
        char c = expression.charAt(p.pos);
        if (c == ')') {
          throw p.error("unmatched `)`", p.pos, 1);
        }
        int start = p.pos;
        if (!isSymbolChar(c) && !Character.isDigit(c)) {
          throw p.error("unexpected character `" + c + "`", start, 1);
        }
        Token next = Character.isDigit(c) ? p.digits() : p.word();
        throw p.error("expected `*` or `/` before `" + next.text() + "`", start, next.text().length());
      }
      return u;
    } catch (ArithmeticException e) {
      throw p.error("an exponent is too large", 0, expression.length());
    }
  }

  /** Resolves symbols through {@link UnitTable}. */
  static UnitOfMeasure fromTable(UnitParser p, Token t) {
    return UnitTable.lookup(t.text())
        .map(UnitTable.Spelling::value)
        .orElseThrow(() -> p.error(UnitTable.whyUnknown(t.text()), t.offset(), t.text().length()));
  }

  /** Resolves only the coherent base symbols: used to define the derived units of the table. */
  static UnitOfMeasure baseOnly(UnitParser p, Token t) {
    for (BaseDimension d : BaseDimension.values()) {
      if (d.baseSymbol().equals(t.text())) {
        return UnitOfMeasure.of(d);
      }
    }
    throw p.error("not a base unit: `" + t.text() + "`", t.offset(), t.text().length());
  }

  private UnitOfMeasure expr(Resolver r) {
    UnitOfMeasure left = term(r);
    while (true) {
      skipSpaces();
      if (pos >= src.length()) {
        return left;
      }
      char op = src.charAt(pos);
      if (op != '*' && op != '/') {
        return left;
      }
      int opAt = pos++;
      skipSpaces();
      if (pos >= src.length() || src.charAt(pos) == ')') {
        throw error("`" + op + "` needs a unit after it", opAt, 1);
      }
      UnitOfMeasure right = term(r);
      left = op == '*' ? left.times(right) : left.dividedBy(right);
    }
  }

  private UnitOfMeasure term(Resolver r) {
    UnitOfMeasure base = primary(r);
    skipSpaces();
    if (pos < src.length() && src.charAt(pos) == '^') {
      int caret = pos++;
      base = base.pow(exponent(caret));
    }
    return base;
  }

  private int exponent(int caret) {
    skipSpaces();
    boolean paren = pos < src.length() && src.charAt(pos) == '(';
    if (paren) {
      pos++;
      skipSpaces();
    }
    int start = pos;
    if (pos < src.length() && src.charAt(pos) == '-') {
      pos++;
    }
    int digits = pos;
    while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
      pos++;
    }
    if (pos == digits) {
      if (pos < src.length()) {
        Token t = isSymbolChar(src.charAt(pos)) ? word() : new Token(src.substring(pos, pos + 1), pos);
        throw error("the exponent must be an integer, not `" + t.text() + "`", t.offset(), t.text().length());
      }
      throw error("`^` needs an integer exponent after it", caret, 1);
    }
    if (pos < src.length() && src.charAt(pos) == '.') {
      pos++;
      while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
        pos++;
      }
      String bad = src.substring(start, pos);
      throw error("the exponent must be an integer, not `" + bad + "`", start, bad.length());
    }
    String text = src.substring(start, pos);
    if (pos - digits > 4 || Math.abs(Integer.parseInt(text)) > MAX_EXPONENT) {
      throw error("the exponent `" + text + "` is too large (at most " + MAX_EXPONENT + ")", start, text.length());
    }
    if (paren) {
      skipSpaces();
      if (pos >= src.length() || src.charAt(pos) != ')') {
        throw error("unclosed `(` in the exponent", caret + 1, 1);
      }
      pos++;
    }
    return Integer.parseInt(text);
  }

  private UnitOfMeasure primary(Resolver r) {
    skipSpaces();
    if (pos >= src.length()) {
      throw error("expected a unit", src.length(), 0);
    }
    char c = src.charAt(pos);
    if (c == '(') {
      int open = pos++;
      skipSpaces();
      if (pos < src.length() && src.charAt(pos) == ')') {
        throw error("empty parentheses", open, pos + 1 - open);
      }
      UnitOfMeasure inner = expr(r);
      skipSpaces();
      if (pos >= src.length() || src.charAt(pos) != ')') {
        throw error("unclosed `(`", open, 1);
      }
      pos++;
      return inner;
    }
    if (Character.isDigit(c)) {
      return number();
    }
    if (isSymbolChar(c)) {
      return r.apply(this, word());
    }
    if (c == '-') {
      throw error("a unit cannot be negative; negative exponents go after `^`, as in `s^-1`", pos, 1);
    }
    throw error("unexpected character `" + c + "`", pos, Character.charCount(src.codePointAt(pos)));
  }

  private UnitOfMeasure number() {
    int start = pos;
    while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
      pos++;
    }
    String text = src.substring(start, pos);
    if (text.length() > 18) {
      throw error("the number `" + text + "` is too large", start, text.length());
    }
    Scale s = Scale.ofInteger(Long.parseLong(text));
    if (s == null) {
      String why = text.chars().allMatch(ch -> ch == '0')
          ? "`" + text + "` is not a unit factor"
          : "the factor `" + text + "` is not supported: a number in a unit must be a product of 2, 3 and 5";
      throw error(why, start, text.length());
    }
    return UnitOfMeasure.of(Dimension.NONE, s);
  }

  private Token digits() {
    int start = pos;
    while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
      pos++;
    }
    return new Token(src.substring(start, pos), start);
  }

  private Token word() {
    int start = pos;
    while (pos < src.length() && isSymbolChar(src.charAt(pos))) {
      pos++;
    }
    return new Token(src.substring(start, pos), start);
  }

  private static boolean isSymbolChar(char c) {
    return Character.isLetter(c) || c == '°';
  }

  private void skipSpaces() {
    while (pos < src.length() && src.charAt(pos) == ' ') {
      pos++;
    }
  }

  UnitSyntaxException error(String reason, int offset, int length) {
    return new UnitSyntaxException(src, reason, offset, length);
  }
}
