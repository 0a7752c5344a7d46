package dev.patina.examples.derive;

import dev.patina.derive.Reflect;

/** How an invoice was paid: a closed set of records. */
@Reflect
public sealed interface PaymentMethod permits PaymentMethod.Card, PaymentMethod.BankTransfer {

  /** A short label for a receipt. */
  String label();

  /** A card payment; only the last four digits are kept. */
  @Reflect
  record Card(String brand, String last4) implements PaymentMethod {
    public Card {
      if (last4.length() != 4) {
        throw new IllegalArgumentException("last4 must have 4 digits, got '" + last4 + "'");
      }
    }

    @Override
    public String label() {
      return brand + " •••• " + last4;
    }
  }

  /** A bank transfer from an IBAN. */
  @Reflect
  record BankTransfer(String iban) implements PaymentMethod {
    @Override
    public String label() {
      return "transfer from " + iban.substring(0, 4) + "…";
    }
  }
}
