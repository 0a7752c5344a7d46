package dev.patina.processors.reflect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.patina.runtime.reflect.FieldAccessor;
import dev.patina.runtime.reflect.Kind;
import dev.patina.runtime.reflect.Meta;
import dev.patina.runtime.reflect.MethodInvoker;
import dev.patina.runtime.reflect.Reflect;
import dev.patina.runtime.reflect.ReflectionException;
import dev.patina.runtime.reflect.TypeInfo;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The golden tables of {@link Golden}: the generated source matches, compiles again, and behaves:
 * typed access through the generated switches, metadata, describe().
 */
class ReflectGoldenTest {

  @SuppressWarnings("unchecked")
  private static TypeInfo<Object> table(Golden.Loaded loaded, String type) {
    Class<?> c = loaded.load(type);
    assertThat(Reflect.isGenerated(c)).as("index lists %s: %s", type, loaded.index()).isTrue();
    return (TypeInfo<Object>) Reflect.of(c);
  }

  @Test
  void classWithFieldsAndMethods() throws Exception {
    var loaded = Golden.run("account");
    TypeInfo<Object> t = table(loaded, "golden.account.Account");
    assertThat(t.getClass().getName()).isEqualTo("golden.account.AccountReflection");
    Object a = t.construct("ada", 500L);
    assertThat(t.get(a, "owner")).isEqualTo("ada");
    assertThat(t.get(null, "CURRENCY")).isEqualTo("EUR");
    t.set(a, "balanceCents", 700L);
    t.invoke(a, "deposit", 3, 25);
    t.invoke(a, "deposit", 100L);
    assertThat(t.invoke(a, "balance")).isEqualTo(1125L);
    assertThat(t.get(t.invoke(null, "open", "bob"), "owner")).isEqualTo("bob");
    StringBuilder out = new StringBuilder();
    t.invoke(a, "export", out);
    assertThat(out).hasToString("ada: 1125");

    assertThatThrownBy(() -> t.get(a, "history")).isInstanceOf(ReflectionException.class)
        .hasMessageContaining("golden.account.Account.history is a field that is listed but not accessible: private");
    assertThatThrownBy(() -> t.invoke(a, "audit")).hasMessageContaining("listed but not accessible");
    assertThatThrownBy(() -> t.invoke(a, "withdraw")).hasMessageContaining(
        "golden.account.Account has no accessible method named 'withdraw'; accessible: deposit, balance, open, export, compareTo");
    assertThatThrownBy(() -> t.invoke(a, "deposit", "ten")).hasMessageContaining(
        "deposit does not accept arguments (java.lang.String); it takes (long) or (int, int)");
    assertThatThrownBy(() -> t.set(a, "CURRENCY", "USD")).hasMessageContaining("final and cannot be set");
    assertThatThrownBy(() -> t.set(a, "balanceCents", "x")).hasMessageContaining("does not accept arguments");
    assertThatThrownBy(() -> t.fromComponents()).hasMessageContaining("is not a record");
    Appendable failing = new Appendable() {
      @Override public Appendable append(CharSequence s) throws IOException { throw new IOException("disk full"); }
      @Override public Appendable append(CharSequence s, int b, int e) { return this; }
      @Override public Appendable append(char c) { return this; }
    };
    assertThatThrownBy(() -> t.invoke(a, "export", failing)).isInstanceOf(IOException.class).hasMessage("disk full");

    resolvedAccessors(t, a);

    Meta.Type type = t.type();
    assertThat(type.kind()).isEqualTo(Kind.CLASS);
    assertThat(type.modifiers()).containsExactly("public");
    assertThat(type.erasedSuperclass()).isEqualTo(Object.class);
    assertThat(type.interfaces()).containsExactly("java.lang.Comparable<golden.account.Account>");
    assertThat(type.erasedInterfaces()).containsExactly(Comparable.class);
    assertThat(type.annotations()).extracting(Object::toString)
        .containsExactly("@dev.patina.derive.Reflect", "@java.lang.Deprecated(forRemoval = false, since = \"2.0\")");
    assertThat(t.fields()).extracting(Meta.Field::name, Meta.Field::accessible).containsExactly(
        org.assertj.core.groups.Tuple.tuple("CURRENCY", true), org.assertj.core.groups.Tuple.tuple("owner", true),
        org.assertj.core.groups.Tuple.tuple("balanceCents", true), org.assertj.core.groups.Tuple.tuple("history", false));
    assertThat(t.fields().get(3).type()).isEqualTo("java.util.List<java.lang.String>");
    assertThat(t.constructors()).hasSize(3).extracting(Meta.Constructor::accessible).containsExactly(true, true, false);
    Meta.Method export = t.methods().stream().filter(m -> m.name().equals("export")).findFirst().orElseThrow();
    assertThat(export.thrownTypes()).containsExactly("java.io.IOException");
    assertThat(export.parameters()).extracting(Meta.Parameter::name).containsExactly("out");
    assertThat(t.describe()).contains("public class golden.account.Account\n")
        .contains("  implements java.lang.Comparable<golden.account.Account>\n")
        .contains("    public void export(java.lang.Appendable out) throws java.io.IOException\n")
        .contains("    private java.lang.String audit()   [not accessible]\n");
  }

  /** Members looked up once, then used without a name: one generated class per member. */
  private static void resolvedAccessors(TypeInfo<Object> t, Object a) throws Exception {
    FieldAccessor<Object> balance = t.field("balanceCents");
    assertThat(balance.getClass().getName()).isEqualTo("golden.account.AccountReflection$Field_balanceCents");
    assertThat(t.field("balanceCents")).isSameAs(balance);
    assertThat(balance.name()).isEqualTo("balanceCents");
    assertThat(balance.type()).isEqualTo(long.class);
    balance.setLong(a, 4_200L);
    assertThat(balance.getLong(a)).isEqualTo(4_200L);
    assertThat(balance.get(a)).isEqualTo(4_200L);
    balance.set(a, 4_300L);
    assertThat(balance.getLong(a)).isEqualTo(4_300L);
    assertThatThrownBy(() -> balance.getInt(a)).isInstanceOf(ReflectionException.class).hasMessage(
        "golden.account.Account: field 'balanceCents' is a long, not an int; use get/set or the long methods"
            + " (there is no widening)");
    assertThatThrownBy(() -> balance.set(a, 5)).hasMessageContaining(
        "balanceCents does not accept arguments (java.lang.Integer); it takes long");
    FieldAccessor<Object> currency = t.field("CURRENCY");
    assertThat(currency.get(null)).isEqualTo("EUR");
    assertThatThrownBy(() -> currency.set(null, "USD")).hasMessageContaining("final and cannot be set");
    FieldAccessor<Object> owner = t.field("owner");
    owner.set(a, null);
    assertThat(owner.get(a)).isNull();
    owner.set(a, "ada");
    assertThatThrownBy(() -> owner.getLong(a)).hasMessageContaining("is a java.lang.String, not a long; use get/set (");
    assertThatThrownBy(() -> t.field("history")).hasMessageContaining("listed but not accessible");
    assertThatThrownBy(() -> t.field("iban")).hasMessageContaining("has no accessible field named 'iban'");

    MethodInvoker<Object> deposit = t.method("deposit", long.class);
    assertThat(deposit).isSameAs(t.overloads("deposit").getFirst());
    assertThat(deposit.parameterTypes()).containsExactly(long.class);
    assertThat(deposit.invoke(a, 100L)).isNull();
    MethodInvoker<Object> balanceOf = t.method("balance");
    assertThat(balanceOf.invokeLong(a)).isEqualTo(4_400L);
    assertThat(balanceOf.invoke(a)).isEqualTo(4_400L);
    assertThat(t.method("deposit", int.class, int.class).accepts(1, 2)).isTrue();
    assertThat(t.method("compareTo", a.getClass()).invokeInt(a, a)).isZero();
    assertThatThrownBy(() -> balanceOf.invokeInt(a)).hasMessageContaining(
        "method 'balance()' returns long, not int; use invoke or invokeLong");
    assertThatThrownBy(() -> deposit.invoke(a, 1)).hasMessageContaining(
        "deposit does not accept arguments (java.lang.Integer); it takes (long)");
    assertThatThrownBy(() -> t.method("deposit", String.class)).hasMessage(
        "golden.account.Account declares no accessible deposit(java.lang.String); its accessible overloads take"
            + " (long) or (int, int)");
    assertThatThrownBy(() -> t.method("audit")).hasMessageContaining("listed but not accessible");
    StringBuilder out = new StringBuilder();
    t.method("export", Appendable.class).invoke(a, out);
    assertThat(out).hasToString("ada: 4400");

    Object bob = t.constructor(String.class, long.class).newInstance("bob", 7L);
    assertThat(t.field("balanceCents").getLong(bob)).isEqualTo(7L);
    assertThat(t.constructorInvokers()).hasSize(2);
    assertThatThrownBy(() -> t.constructor()).hasMessageContaining(
        "declares no accessible <init>(); its accessible overloads take (java.lang.String) or (java.lang.String, long)");
  }

  @Test
  void genericClassWithBoundedTypeParameters() {
    var loaded = Golden.run("generic");
    TypeInfo<Object> t = table(loaded, "golden.generic.Ranked");
    assertThat(t.type().typeParameters()).hasToString(
        "[T extends java.lang.CharSequence, N extends java.lang.Number & java.lang.Comparable<N>]");
    Object high = t.construct("gold", 3);
    Object low = t.construct("silver", 2);
    assertThat(t.invoke(high, "beats", low)).isEqualTo(true);
    Function<CharSequence, Integer> length = CharSequence::length;
    assertThat(t.invoke(high, "map", length)).isEqualTo(4);
    assertThat(t.invoke(null, "items", List.of(high, low))).isEqualTo(List.of("gold", "silver"));
    assertThatThrownBy(() -> t.construct(1, 2)).hasMessageContaining(
        "does not accept arguments (java.lang.Integer, java.lang.Integer); it takes (T, N)");
    t.set(high, "score", 9);
    assertThat(t.get(high, "score")).isEqualTo(9);
    assertThat(t.method("beats", loaded.load("golden.generic.Ranked")).invokeBoolean(high, low)).isTrue();
    assertThat(t.method("map", Function.class).invoke(high, length)).isEqualTo(4);
    assertThat(t.constructor(CharSequence.class, Number.class).newInstance("bronze", 1)).isNotNull();
    t.field("item").set(high, "platinum");
    assertThat(t.field("item").get(high)).isEqualTo("platinum");
    Meta.Field item = t.fields().getFirst();
    assertThat(item.type()).isEqualTo("T");
    assertThat(item.erasedType()).isEqualTo(CharSequence.class);
    Meta.Method map = t.methods().stream().filter(m -> m.name().equals("map")).findFirst().orElseThrow();
    assertThat(map.typeParameters()).hasToString("[R]");
    assertThat(map.parameters().getFirst().type()).isEqualTo("java.util.function.Function<? super T,? extends R>");
    assertThat(t.describe()).contains("public final class golden.generic.Ranked<T extends java.lang.CharSequence, "
        + "N extends java.lang.Number & java.lang.Comparable<N>>");
  }

  @Test
  void record() {
    var loaded = Golden.run("record");
    TypeInfo<Object> t = table(loaded, "golden.record.Measurement");
    Object m = t.fromComponents("boiler", 100.0, 5L);
    assertThat(m).hasToString("Measurement[sensor=boiler, celsius=100.0, atMillis=5]");
    assertThat(t.invoke(m, "fahrenheit")).isEqualTo(212.0);
    assertThat(t.method("fahrenheit").invokeDouble(m)).isEqualTo(212.0);
    assertThat(t.method("atMillis").invokeLong(m)).isEqualTo(5L);
    assertThat(t.constructor(String.class, double.class, long.class).newInstance("attic", 1.5, 2L))
        .isEqualTo(t.fromComponents("attic", 1.5, 2L));
    assertThat(t.invoke(m, "sensor")).isEqualTo("boiler");
    assertThat(t.invoke(null, "now", "attic", 20.5)).isEqualTo(t.fromComponents("attic", 20.5, 0L));
    assertThatThrownBy(() -> t.fromComponents(" ", 1.0, 0L)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sensor must not be blank");
    assertThatThrownBy(() -> t.fromComponents("x", 1, 0L)).hasMessageContaining(
        "fromComponents does not accept arguments (java.lang.String, java.lang.Integer, java.lang.Long);"
            + " it takes (java.lang.String, double, long)");
    assertThat(t.type().kind()).isEqualTo(Kind.RECORD);
    assertThat(t.recordComponents()).extracting(Meta.Component::name, Meta.Component::erasedType).containsExactly(
        org.assertj.core.groups.Tuple.tuple("sensor", String.class),
        org.assertj.core.groups.Tuple.tuple("celsius", double.class),
        org.assertj.core.groups.Tuple.tuple("atMillis", long.class));
    assertThat(t.fields()).allMatch(f -> !f.accessible());
    assertThatThrownBy(() -> t.get(m, "celsius")).hasMessageContaining("listed but not accessible");
    assertThat(t.describe()).contains("record components (3)\n    java.lang.String sensor\n");
  }

  @Test
  void enumWithConstructorArguments() {
    var loaded = Golden.run("enum");
    TypeInfo<Object> t = table(loaded, "golden.planets.Planet");
    assertThat(t.enumConstants()).containsExactly("MERCURY", "EARTH", "JUPITER");
    Object earth = t.invoke(null, "valueOf", "EARTH");
    assertThat((double) t.invoke(earth, "surfaceGravity")).isBetween(9.7, 9.9);
    assertThat(t.get(earth, "radius")).isEqualTo(6.37814e6);
    assertThat(t.get(null, "G")).isEqualTo(6.67300E-11);
    assertThat(t.field("radius").getDouble(earth)).isEqualTo(6.37814e6);
    assertThat(t.constructorInvokers()).isEmpty();
    assertThatThrownBy(() -> t.constructor(double.class, double.class))
        .hasMessageContaining("enum constructors cannot be called");
    assertThatThrownBy(() -> t.get(earth, "mass")).hasMessageContaining("not accessible");
    assertThatThrownBy(() -> t.construct(1.0, 2.0)).hasMessageContaining("enum constructors cannot be called");
    assertThat(t.constructors()).singleElement().satisfies(c -> {
      assertThat(c.parameters()).extracting(Meta.Parameter::name).containsExactly("mass", "radius");
      assertThat(c.accessible()).isFalse();
    });
    assertThat(t.type().superclass()).isEqualTo("java.lang.Enum<golden.planets.Planet>");
    assertThat(t.describe()).contains("enum constants (3)\n    MERCURY\n    EARTH\n    JUPITER\n");
  }

  @Test
  void sealedInterfaceWithRecordImplementations() {
    var loaded = Golden.run("sealed");
    TypeInfo<Object> shape = table(loaded, "golden.sealed.Shape");
    TypeInfo<Object> circle = table(loaded, "golden.sealed.Circle");
    TypeInfo<Object> square = table(loaded, "golden.sealed.Square");
    assertThat(shape.type().kind()).isEqualTo(Kind.INTERFACE);
    assertThat(shape.type().modifiers()).contains("sealed");
    Object c = circle.fromComponents(1.0);
    Object s = square.fromComponents(2.0);
    assertThat(shape.invoke(c, "area")).isEqualTo(Math.PI);
    assertThat(shape.invoke(s, "label")).isEqualTo("Square of area 4.0");
    MethodInvoker<Object> area = shape.method("area");
    assertThat(area.invokeDouble(c)).isEqualTo(Math.PI);
    assertThat(area.invokeDouble(s)).isEqualTo(4.0);
    assertThat(shape.invoke(null, "unit")).isEqualTo(square.fromComponents(1.0));
    assertThatThrownBy(() -> shape.construct()).hasMessageContaining("an interface has no constructors");
    assertThat(circle.type().erasedInterfaces()).containsExactly(loaded.load("golden.sealed.Shape"));
    assertThat(shape.methods()).extracting(Meta.Method::name).containsExactly("area", "label", "unit");
    assertThat(shape.methods().get(1).modifiers()).containsExactly("public", "default");
  }

  @Test
  void nestedTypes() {
    var loaded = Golden.run("nested");
    TypeInfo<Object> book = table(loaded, "golden.nested.Library$Book");
    assertThat(book.getClass().getName()).isEqualTo("golden.nested.Library_Book_Reflection");
    Object b = book.construct("Dune", 612);
    assertThat(book.invoke(b, "isLong")).isEqualTo(true);
    book.field("pages").setInt(b, 90);
    assertThat(book.invoke(b, "isLong")).isEqualTo(false);
    assertThat(book.type().name()).isEqualTo("golden.nested.Library.Book");
    TypeInfo<Object> shelf = table(loaded, "golden.nested.Library$Shelf");
    assertThatThrownBy(() -> shelf.construct(3)).hasMessageContaining("an inner class needs an enclosing instance");
    Object library = Reflect.of(loaded.load("golden.nested.Library")).construct("Turin");
    assertThat(Reflect.isGenerated(library.getClass())).isFalse();
    assertThat(shelf.type().modifiers()).containsExactly("public");
  }

  @Test
  void annotationType() throws Exception {
    var loaded = Golden.run("annotation");
    TypeInfo<Object> t = table(loaded, "golden.annotation.Audit");
    assertThat(t.type().kind()).isEqualTo(Kind.ANNOTATION);
    assertThat(t.methods()).extracting(Meta.Method::name, Meta.Method::defaultValue).containsExactly(
        org.assertj.core.groups.Tuple.tuple("value", null),
        org.assertj.core.groups.Tuple.tuple("level", "1"),
        org.assertj.core.groups.Tuple.tuple("tags", "{\"finance\", \"gdpr\"}"),
        org.assertj.core.groups.Tuple.tuple("kept", "java.lang.annotation.RetentionPolicy.CLASS"));
    assertThat(t.type().annotations()).extracting(Meta.Annotation::type)
        .containsExactly("dev.patina.derive.Reflect", "java.lang.annotation.Retention", "java.lang.annotation.Target");
    assertThat(t.type().annotations().get(2).values()).containsEntry("value",
        "{java.lang.annotation.ElementType.TYPE, java.lang.annotation.ElementType.METHOD}");
    // an instance of the annotation, read through the table
    @SuppressWarnings("unchecked")
    Class<? extends java.lang.annotation.Annotation> audit =
        (Class<? extends java.lang.annotation.Annotation>) loaded.load("golden.annotation.Audit");
    Object instance = java.lang.reflect.Proxy.newProxyInstance(audit.getClassLoader(), new Class<?>[] {audit},
        (proxy, method, args) -> method.getName().equals("value") ? "payments" : method.getDefaultValue());
    assertThat(t.invoke(instance, "value")).isEqualTo("payments");
    assertThat(t.invoke(instance, "level")).isEqualTo(1);
    assertThat(t.method("level").invokeInt(instance)).isEqualTo(1);
    assertThatThrownBy(() -> t.construct()).hasMessageContaining("an interface has no constructors");
    assertThat(t.describe()).contains("int level() default 1");
  }
}
