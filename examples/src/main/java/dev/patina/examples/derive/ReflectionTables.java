package dev.patina.examples.derive;

import dev.patina.runtime.reflect.FieldAccessor;
import dev.patina.runtime.reflect.MethodInvoker;
import dev.patina.runtime.reflect.Reflect;
import dev.patina.runtime.reflect.TypeInfo;
import java.io.PrintStream;
import java.util.List;

/**
 * Prints the compile-time reflection tables of a record, an enum with constructor arguments, a
 * sealed interface with its record implementations and a generic class, then uses two of them:
 * by name, and through accessors resolved once.
 */
public final class ReflectionTables {
  private ReflectionTables() {}

  /** The types whose tables are printed, in order. */
  static final List<Class<?>> TYPES = List.of(Invoice.class, Currency.class, PaymentMethod.class,
      PaymentMethod.Card.class, PaymentMethod.BankTransfer.class, Leaderboard.class);

  public static void main(String[] args) {
    print(System.out);
  }

  static void print(PrintStream out) {
    for (Class<?> type : TYPES) {
      TypeInfo<?> table = Reflect.of(type);
      out.println("== " + type.getSimpleName() + " (" + (Reflect.isGenerated(type) ? "generated" : "run-time fallback")
          + ": " + table.getClass().getSimpleName() + ")");
      out.print(table.describe());
      out.println();
    }

    TypeInfo<Invoice> invoices = Reflect.of(Invoice.class);
    TypeInfo<PaymentMethod.Card> cards = Reflect.of(PaymentMethod.Card.class);
    Invoice invoice = invoices.fromComponents("INV-7", Currency.EUR, 12_345L, cards.fromComponents("Visa", "4242"));
    out.println("by name:  " + invoices.invoke(invoice, "summary"));

    MethodInvoker<Invoice> amount = invoices.method("amountMinor");
    MethodInvoker<Invoice> plus = invoices.method("plus", long.class);
    Invoice later = (Invoice) plus.invoke(invoice, 655L);
    out.println("resolved: " + amount.invokeLong(later) + " minor units after " + plus);
    FieldAccessor<Currency> digits = Reflect.of(Currency.class).field("minorDigits");
    for (Currency c : Currency.values()) {
      out.println("          " + c + " has " + digits.getInt(c) + " minor digits");
    }
  }
}
