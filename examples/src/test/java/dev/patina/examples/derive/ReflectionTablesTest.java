package dev.patina.examples.derive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.patina.runtime.reflect.Reflect;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@link ReflectionTables} prints the generated tables (not the run-time fallback) and uses them. */
class ReflectionTablesTest {

  private static String run() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream saved = System.out;
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      ReflectionTables.main(new String[0]);
    } finally {
      System.setOut(saved);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void everyTypeHasAGeneratedTable() {
    assertThat(ReflectionTables.TYPES).allMatch(Reflect::isGenerated);
  }

  @Test
  void printsTheTablesOfARecordAnEnumASealedInterfaceAndAGenericClass() {
    String out = run();
    assertThat(out)
        .contains("== Invoice (generated: InvoiceReflection)\n@dev.patina.derive.Reflect public final record"
            + " dev.patina.examples.derive.Invoice\n")
        .contains("record components (4)\n    java.lang.String number\n    dev.patina.examples.derive.Currency currency\n"
            + "    long amountMinor\n    dev.patina.examples.derive.PaymentMethod paidWith\n")
        .contains("== Currency (generated: CurrencyReflection)")
        .contains("enum constants (3)\n    EUR\n    JPY\n    KWD\n")
        .contains("private final java.lang.String symbol   [not accessible]")
        .contains("== PaymentMethod (generated: PaymentMethodReflection)")
        .contains("public abstract sealed interface dev.patina.examples.derive.PaymentMethod")
        .contains("== Card (generated: PaymentMethod_Card_Reflection)")
        .contains("  implements dev.patina.examples.derive.PaymentMethod\n")
        .contains("== BankTransfer (generated: PaymentMethod_BankTransfer_Reflection)")
        .contains("== Leaderboard (generated: LeaderboardReflection)")
        .contains("public final class dev.patina.examples.derive.Leaderboard<E extends java.lang.Comparable<? super E>>\n")
        .contains("public boolean offer(E entry)")
        .contains("public java.util.Optional<E> leader()");
  }

  @Test
  void usesTheTablesByNameAndThroughResolvedAccessors() {
    String out = run();
    assertThat(out)
        .contains("by name:  INV-7 €123.45 (Visa •••• 4242)\n")
        .contains("resolved: 13000 minor units after dev.patina.examples.derive.Invoice"
            + " dev.patina.examples.derive.Invoice.plus(long)\n")
        .contains("          EUR has 2 minor digits\n          JPY has 0 minor digits\n          KWD has 3 minor digits\n");
  }
}
