package dev.patina.units.algebra;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * The exact scale factor of a unit relative to the coherent base units, as {@code 2^twos * 3^threes
 * * 5^fives}. Every prefix and named unit of the table is such a product ({@code k} = 2^3*5^3,
 * {@code min} = 2^2*3*5, {@code Ki} = 2^10), so scales compare exactly, which a {@code double}
 * comparison would not.
 */
public record Scale(int twos, int threes, int fives) {

  /** The factor 1. */
  public static final Scale ONE = new Scale(0, 0, 0);

  /** {@code 10^n}. */
  public static Scale tenTo(int n) {
    return new Scale(n, 0, n);
  }

  /**
   * The scale of a positive integer, or null when it has a prime factor other than 2, 3 and 5
   * (or is not positive).
   */
  public static Scale ofInteger(long value) {
    if (value <= 0) {
      return null;
    }
    int[] e = new int[3];
    long[] primes = {2, 3, 5};
    for (int i = 0; i < 3; i++) {
      while (value % primes[i] == 0) {
        value /= primes[i];
        e[i]++;
      }
    }
    return value == 1 ? new Scale(e[0], e[1], e[2]) : null;
  }

  public Scale times(Scale o) {
    return new Scale(
        Math.addExact(twos, o.twos), Math.addExact(threes, o.threes), Math.addExact(fives, o.fives));
  }

  public Scale dividedBy(Scale o) {
    return times(o.pow(-1));
  }

  public Scale pow(int n) {
    return new Scale(
        Math.multiplyExact(twos, n), Math.multiplyExact(threes, n), Math.multiplyExact(fives, n));
  }

  /** Whether every exponent is divisible by {@code n}. */
  public boolean hasRoot(int n) {
    return twos % n == 0 && threes % n == 0 && fives % n == 0;
  }

  /** The {@code n}-th root; throws ArithmeticException when an exponent is not divisible. */
  public Scale root(int n) {
    if (!hasRoot(n)) {
      throw new ArithmeticException("the scale " + this + " has no exact root of degree " + n);
    }
    return new Scale(twos / n, threes / n, fives / n);
  }

  public boolean isOne() {
    return twos == 0 && threes == 0 && fives == 0;
  }

  /** The product of the factors with positive exponents. */
  public BigInteger numerator() {
    return part(1);
  }

  /** The product of the factors with negative exponents (as positive powers). */
  public BigInteger denominator() {
    return part(-1);
  }

  private BigInteger part(int sign) {
    BigInteger r = BigInteger.ONE;
    int[] e = {twos, threes, fives};
    int[] p = {2, 3, 5};
    for (int i = 0; i < 3; i++) {
      if (Integer.signum(e[i]) == sign) {
        r = r.multiply(BigInteger.valueOf(p[i]).pow(Math.abs(e[i])));
      }
    }
    return r;
  }

  /** The nearest {@code double} to this factor (rounded once, from an exact fraction). */
  public double toDouble() {
    return new BigDecimal(numerator()).divide(new BigDecimal(denominator()), MathContext.DECIMAL128).doubleValue();
  }

  /** The factor as a fraction, e.g. {@code 1000} or {@code 1/1000} or {@code 5/18}. */
  @Override
  public String toString() {
    BigInteger d = denominator();
    return d.equals(BigInteger.ONE) ? numerator().toString() : numerator() + "/" + d;
  }
}
