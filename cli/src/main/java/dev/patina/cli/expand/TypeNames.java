package dev.patina.cli.expand;

import java.util.regex.Pattern;

/** Type names as a reader of the method's source writes them: without their packages. */
final class TypeNames {

  // a package prefix is a run of lower-case-initial segments, each followed by a dot, before a
  // type name (upper-case initial): "java.util.List<java.lang.String>" has two of them
  private static final Pattern PACKAGE = Pattern.compile("\\b(?:[a-z_][A-Za-z0-9_]*\\.)+(?=[A-Z])");

  private static final Pattern TYPE_PARAMETERS = Pattern.compile("^(\\S.*?) (<.+?>)([\\w$]+\\()");

  private TypeNames() {}

  /**
   * {@code java.util.Map.Entry<java.lang.String, int[]>} as {@code Map.Entry<String, int[]>}: the
   * table and the drawing have room for short names, and the header's signature says the rest.
   */
  static String simple(String type) {
    return PACKAGE.matcher(type).replaceAll("");
  }

  /**
   * A signature as javac prints it, {@code java.util.List<T> f(java.lang.String,int)}, as a reader
   * writes it: {@code List<T> f(String, int)}.
   */
  static String signature(String signature) {
    String readable = simple(signature).replaceAll(",(?! )", ", ");
    // javac prints a generic method's type parameters before its name: Future<T> <T>open(Future<T>)
    return TYPE_PARAMETERS.matcher(readable).replaceFirst("$2 $1 $3");
  }
}
