package dev.patina.examples.derive;

import dev.patina.derive.Reflect;

/** An invoice: amounts are kept in the currency's minor unit (cents), never in a double. */
@Reflect
public record Invoice(String number, Currency currency, long amountMinor, PaymentMethod paidWith) {

  /** {@code INV-7 €123.45 (Visa •••• 4242)}. */
  public String summary() {
    return number + " " + currency.format(amountMinor) + " (" + paidWith.label() + ")";
  }

  /** The same invoice with {@code minorUnits} added. */
  public Invoice plus(long minorUnits) {
    return new Invoice(number, currency, Math.addExact(amountMinor, minorUnits), paidWith);
  }
}
