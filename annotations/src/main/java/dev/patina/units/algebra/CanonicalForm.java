package dev.patina.units.algebra;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints a unit canonically (see {@link UnitOfMeasure#canonical()}). The scale is folded into the
 * spelling of at most two base factors, chosen by a fixed preference (fewest changed factors,
 * earliest factor first, table order), so equal units always print alike.
 */
final class CanonicalForm {

  /** For each base dimension, its single-dimension spellings by the scale they give it. */
  private static final Map<BaseDimension, Map<Scale, String>> SPELLINGS = spellings();

  private CanonicalForm() {}

  static String print(UnitOfMeasure u) {
    List<BaseDimension> factors = new ArrayList<>();
    for (BaseDimension b : BaseDimension.values()) {
      if (u.dimension().exponent(b) != 0) {
        factors.add(b);
      }
    }
    Map<BaseDimension, String> symbols = new EnumMap<>(BaseDimension.class);
    for (BaseDimension b : factors) {
      symbols.put(b, b.baseSymbol());
    }
    Scale rest = fold(u, factors, symbols);
    List<String> num = new ArrayList<>();
    List<String> den = new ArrayList<>();
    if (!rest.isOne()) {
      addNumber(num, rest.numerator(), rest);
      addNumber(den, rest.denominator(), rest.pow(-1));
    }
    for (BaseDimension b : factors) {
      int e = u.dimension().exponent(b);
      String s = symbols.get(b) + (Math.abs(e) == 1 ? "" : "^" + Math.abs(e));
      (e > 0 ? num : den).add(s);
    }
    String top = num.isEmpty() ? "1" : String.join("*", num);
    if (den.isEmpty()) {
      return top;
    }
    return top + "/" + (den.size() == 1 ? den.get(0) : "(" + String.join("*", den) + ")");
  }

  /** Chooses spellings into {@code symbols}; returns the part of the scale they do not express. */
  private static Scale fold(UnitOfMeasure u, List<BaseDimension> factors, Map<BaseDimension, String> symbols) {
    Scale target = u.scale();
    if (target.isOne()) {
      return Scale.ONE;
    }
    for (BaseDimension b : factors) {
      String s = spelling(b, u.dimension().exponent(b), target);
      if (s != null) {
        symbols.put(b, s);
        return Scale.ONE;
      }
    }
    for (int i = 0; i < factors.size(); i++) {
      BaseDimension first = factors.get(i);
      int e = u.dimension().exponent(first);
      for (Map.Entry<Scale, String> alt : SPELLINGS.get(first).entrySet()) {
        if (alt.getKey().isOne()) {
          continue;
        }
        Scale remaining = target.dividedBy(alt.getKey().pow(e));
        for (int j = i + 1; j < factors.size(); j++) {
          BaseDimension second = factors.get(j);
          String s = spelling(second, u.dimension().exponent(second), remaining);
          if (s != null) {
            symbols.put(first, alt.getValue());
            symbols.put(second, s);
            return Scale.ONE;
          }
        }
      }
    }
    return target;
  }

  /** A spelling of {@code b} whose scale to the power {@code e} is {@code wanted}, or null. */
  private static String spelling(BaseDimension b, int e, Scale wanted) {
    if (!wanted.hasRoot(e)) {
      return null;
    }
    Scale one = wanted.root(e);
    return one.isOne() ? null : SPELLINGS.get(b).get(one);
  }

  private static void addNumber(List<String> out, BigInteger n, Scale whole) {
    if (n.equals(BigInteger.ONE)) {
      return;
    }
    if (n.bitLength() < 63) {
      out.add(n.toString());
      return;
    }
    // too large for a literal: print its prime powers, which the parser reads back exactly
    int[] e = {whole.twos(), whole.threes(), whole.fives()};
    int[] p = {2, 3, 5};
    for (int i = 0; i < 3; i++) {
      if (e[i] > 0) {
        out.add(p[i] + "^" + e[i]);
      }
    }
  }

  private static Map<BaseDimension, Map<Scale, String>> spellings() {
    Map<BaseDimension, Map<Scale, String>> out = new EnumMap<>(BaseDimension.class);
    for (BaseDimension b : BaseDimension.values()) {
      out.put(b, new LinkedHashMap<>());
    }
    for (Map.Entry<String, UnitTable.Spelling> e : UnitTable.spellingsMap().entrySet()) {
      String text = e.getKey();
      if (!isAscii(text)) {
        continue;
      }
      UnitOfMeasure v = e.getValue().value();
      for (BaseDimension b : BaseDimension.values()) {
        if (v.dimension().equals(Dimension.of(b))) {
          out.get(b).putIfAbsent(v.scale(), text);
        }
      }
    }
    return out;
  }

  private static boolean isAscii(String s) {
    return s.chars().allMatch(c -> c < 128);
  }
}
