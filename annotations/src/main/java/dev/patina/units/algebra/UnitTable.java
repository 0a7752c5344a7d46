package dev.patina.units.algebra;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every unit and prefix Patina knows, as data: the one place a unit is defined. The parser, the
 * canonical printer and the table in {@code docs/checkers/units.md} all read it.
 *
 * <p>Every prefixed spelling ({@code km}, {@code ms}, {@code KiB}) maps to exactly one (prefix,
 * unit) pair; building the table fails if two spellings collide, so ambiguity is impossible by
 * construction. The decisions this implies: {@code min} is the minute (there is no inch), {@code
 * mm} is the millimetre, {@code cd} is the candela (there is no day), {@code Pa} is the pascal
 * ({@code P} is not a prefix), {@code kg} is kilo + gram, and {@code Hz} is {@code 1/s} as in SI,
 * not {@code cycle/s}.
 */
public final class UnitTable {

  private static final Set<Prefix> DECIMAL = decimal();
  private static final Set<Prefix> BIG_AND_BINARY =
      EnumSet.of(Prefix.KILO, Prefix.MEGA, Prefix.GIGA, Prefix.KIBI, Prefix.MEBI, Prefix.GIBI);
  private static final Set<Prefix> BIG = EnumSet.of(Prefix.KILO, Prefix.MEGA, Prefix.GIGA);
  private static final Set<Prefix> NONE = EnumSet.noneOf(Prefix.class);

  private static final List<UnitDefinition> UNITS = List.of(
      def("m", "metre", base(BaseDimension.LENGTH), DECIMAL, "`mm` is the millimetre"),
      def("g", "gram", base(BaseDimension.MASS).times(scaled(Scale.tenTo(-3))), DECIMAL,
          "the base unit of mass is `kg`, which is `k` + `g`"),
      def("s", "second", base(BaseDimension.TIME), DECIMAL, ""),
      def("min", "minute", base(BaseDimension.TIME).times(scaled(new Scale(2, 1, 1))), NONE,
          "`min` is the minute, never milli-inch; takes no prefix"),
      def("h", "hour", base(BaseDimension.TIME).times(scaled(new Scale(4, 2, 2))), NONE, "takes no prefix"),
      def("A", "ampere", base(BaseDimension.CURRENT), DECIMAL, ""),
      def("K", "kelvin", base(BaseDimension.TEMPERATURE), DECIMAL,
          "temperatures and temperature differences alike; there is no `°C` (it is not a scale factor)"),
      def("mol", "mole", base(BaseDimension.AMOUNT), DECIMAL, ""),
      def("cd", "candela", base(BaseDimension.LUMINOSITY), DECIMAL, "never centi-day: there is no day unit"),
      def("bit", "bit", base(BaseDimension.INFORMATION), BIG_AND_BINARY, "binary prefixes: `Kibit` = 1024 bit"),
      def("B", "byte", base(BaseDimension.INFORMATION).times(scaled(new Scale(3, 0, 0))), BIG_AND_BINARY,
          "8 bit; `KiB` = 1024 B, `kB` = 1000 B"),
      def("cycle", "clock cycle", base(BaseDimension.CYCLES), BIG, ""),
      def("rad", "radian", base(BaseDimension.ANGLE), DECIMAL, "a base dimension, so that angles are not plain numbers"),
      def("N", "newton", parseDefinition("kg*m/s^2"), DECIMAL, ""),
      def("J", "joule", parseDefinition("kg*m^2/s^2"), DECIMAL, ""),
      def("W", "watt", parseDefinition("kg*m^2/s^3"), DECIMAL, ""),
      def("Pa", "pascal", parseDefinition("kg/(m*s^2)"), DECIMAL, "`P` is not a prefix, so `Pa` is only the pascal"),
      def("Hz", "hertz", parseDefinition("1/s"), DECIMAL, "`1/s` as in SI, not `cycle/s`"),
      def("V", "volt", parseDefinition("kg*m^2/(s^3*A)"), DECIMAL, ""),
      def("C", "coulomb", parseDefinition("A*s"), DECIMAL, ""),
      def("Ohm", "ohm", parseDefinition("kg*m^2/(s^3*A^2)"), DECIMAL, ""));

  /** A spelling a user may write, resolved. */
  public record Spelling(Prefix prefix, UnitDefinition unit) {

    /** The unit this spelling stands for, prefix applied. */
    public UnitOfMeasure value() {
      return prefix == null ? unit.value() : unit.value().times(scaled(prefix.scale()));
    }
  }

  private static final Map<String, Spelling> SPELLINGS = spellings();

  private UnitTable() {}

  /** Every unit, in the order of the documentation table. */
  public static List<UnitDefinition> units() {
    return UNITS;
  }

  /** Every prefix. */
  public static List<Prefix> prefixes() {
    return List.of(Prefix.values());
  }

  /** The unit a token such as {@code km} or {@code KiB} stands for, if any. */
  public static Optional<Spelling> lookup(String token) {
    return Optional.ofNullable(SPELLINGS.get(token));
  }

  /** Every accepted spelling, prefixed ones included, mapped to what it means. */
  public static Map<String, Spelling> spellingsMap() {
    return Collections.unmodifiableMap(SPELLINGS);
  }

  /**
   * Why {@code token} is not a unit, for an error message: a prefix the unit does not take, a
   * common misspelling, or simply unknown.
   */
  static String whyUnknown(String token) {
    for (Prefix p : Prefix.values()) {
      List<String> forms = new ArrayList<>(p.aliases());
      forms.add(p.symbol());
      for (String form : forms) {
        if (token.length() > form.length() && token.startsWith(form)) {
          String rest = token.substring(form.length());
          for (UnitDefinition u : UNITS) {
            if (u.symbol().equals(rest) && !u.takes(p)) {
              return p.binary()
                  ? "the binary prefix `" + form + "` applies only to `bit` and `B`, not to `" + rest + "`"
                  : "`" + rest + "` (" + u.name() + ") takes no prefix `" + form + "`";
            }
          }
        }
      }
    }
    String hint = switch (token) {
      case "sec", "secs" -> "s";
      case "hr", "hrs", "hour" -> "h";
      case "mins", "minute" -> "min";
      case "byte", "bytes" -> "B";
      case "bits", "b" -> "bit";
      case "gram", "grams" -> "g";
      case "meter", "metre", "meters", "metres" -> "m";
      case "Ω", "ohm" -> "Ohm";
      case "kph", "kmh" -> "km/h";
      case "deg", "degree", "degrees", "°" -> "rad";
      default -> null;
    };
    return "unknown unit `" + token + "`" + (hint == null ? "" : "; write `" + hint + "`");
  }

  /**
   * The documentation table of every unit and of every prefix, as Markdown. {@code
   * docs/checkers/units.md} holds exactly this text between its marker comments.
   */
  public static String renderMarkdown() {
    StringBuilder sb = new StringBuilder();
    sb.append("| symbol | name | definition | prefixes | note |\n|---|---|---|---|---|\n");
    for (UnitDefinition u : UNITS) {
      sb.append("| `").append(u.symbol()).append("` | ").append(u.name()).append(" | ")
          .append(definitionText(u.value())).append(" | ").append(prefixText(u.prefixes())).append(" | ")
          .append(u.note()).append(" |\n");
    }
    sb.append("\n| prefix | name | factor | applies to |\n|---|---|---|---|\n");
    for (Prefix p : Prefix.values()) {
      StringBuilder spell = new StringBuilder("`" + p.symbol() + "`");
      for (String a : p.aliases()) {
        spell.append(", `").append(a).append("`");
      }
      sb.append("| ").append(spell).append(" | ").append(p.prefixName()).append(" | ")
          .append(p.binary() ? "2^" + p.scale().twos() : "10^" + p.scale().twos()).append(" | ")
          .append(p.binary() ? "`bit`, `B`" : "units whose prefixes column lists it").append(" |\n");
    }
    return sb.toString();
  }

  private static String definitionText(UnitOfMeasure u) {
    String dims = "`" + u.dimension() + "`";
    return u.scale().isOne() ? dims : u.scale() + " " + dims;
  }

  private static String prefixText(Set<Prefix> set) {
    if (set.isEmpty()) {
      return "none";
    }
    StringBuilder sb = new StringBuilder();
    for (Prefix p : Prefix.values()) {
      if (set.contains(p)) {
        sb.append(sb.isEmpty() ? "" : " ").append(p.symbol());
      }
    }
    return sb.toString();
  }

  private static Map<String, Spelling> spellings() {
    Map<String, Spelling> out = new LinkedHashMap<>();
    for (UnitDefinition u : UNITS) {
      add(out, u.symbol(), new Spelling(null, u));
      for (Prefix p : Prefix.values()) {
        if (u.takes(p)) {
          add(out, p.symbol() + u.symbol(), new Spelling(p, u));
          for (String alias : p.aliases()) {
            add(out, alias + u.symbol(), new Spelling(p, u));
          }
        }
      }
    }
    return out;
  }

  private static void add(Map<String, Spelling> out, String spelling, Spelling meaning) {
    Spelling previous = out.put(spelling, meaning);
    if (previous != null) {
      throw new IllegalStateException("the unit table is ambiguous: `" + spelling + "` is both "
          + describe(previous) + " and " + describe(meaning));
    }
  }

  private static String describe(Spelling s) {
    return (s.prefix() == null ? "" : s.prefix().prefixName()) + s.unit().name();
  }

  private static Set<Prefix> decimal() {
    Set<Prefix> s = EnumSet.noneOf(Prefix.class);
    for (Prefix p : Prefix.values()) {
      if (!p.binary()) {
        s.add(p);
      }
    }
    return s;
  }

  private static UnitDefinition def(String symbol, String name, UnitOfMeasure value, Set<Prefix> prefixes, String note) {
    return new UnitDefinition(symbol, name, value, prefixes, note);
  }

  private static UnitOfMeasure base(BaseDimension d) {
    return UnitOfMeasure.of(d);
  }

  private static UnitOfMeasure scaled(Scale s) {
    return UnitOfMeasure.of(Dimension.NONE, s);
  }

  /** Derived units are defined in terms of base symbols only, which the parser resolves without this table. */
  private static UnitOfMeasure parseDefinition(String expression) {
    return UnitParser.parse(expression, UnitParser::baseOnly);
  }
}
