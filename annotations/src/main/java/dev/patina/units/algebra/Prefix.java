package dev.patina.units.algebra;

import java.util.List;

/**
 * A prefix that scales a unit: the decimal SI prefixes from nano to giga and the binary IEC
 * prefixes, which apply only to bits and bytes. {@code u} is the ASCII spelling of micro; {@code
 * µ} (micro sign) and {@code μ} (Greek mu) are accepted as well.
 */
public enum Prefix {
  NANO("n", "nano", Scale.tenTo(-9), false),
  MICRO("u", "micro", Scale.tenTo(-6), false, "µ", "μ"),
  MILLI("m", "milli", Scale.tenTo(-3), false),
  CENTI("c", "centi", Scale.tenTo(-2), false),
  KILO("k", "kilo", Scale.tenTo(3), false),
  MEGA("M", "mega", Scale.tenTo(6), false),
  GIGA("G", "giga", Scale.tenTo(9), false),
  KIBI("Ki", "kibi", new Scale(10, 0, 0), true),
  MEBI("Mi", "mebi", new Scale(20, 0, 0), true),
  GIBI("Gi", "gibi", new Scale(30, 0, 0), true);

  private final String symbol;
  private final String prefixName;
  private final Scale scale;
  private final boolean binary;
  private final List<String> aliases;

  Prefix(String symbol, String prefixName, Scale scale, boolean binary, String... aliases) {
    this.symbol = symbol;
    this.prefixName = prefixName;
    this.scale = scale;
    this.binary = binary;
    this.aliases = List.of(aliases);
  }

  /** The ASCII symbol, used in the canonical form. */
  public String symbol() {
    return symbol;
  }

  /** Other accepted spellings of the symbol. */
  public List<String> aliases() {
    return aliases;
  }

  /** The English name, e.g. {@code kilo}. */
  public String prefixName() {
    return prefixName;
  }

  public Scale scale() {
    return scale;
  }

  /** Whether this is a binary (IEC) prefix, allowed only on bits and bytes. */
  public boolean binary() {
    return binary;
  }
}
