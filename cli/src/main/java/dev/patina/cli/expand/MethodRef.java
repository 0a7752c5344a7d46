package dev.patina.cli.expand;

import java.util.Optional;

/**
 * A method named on the command line as {@code Class#method}: {@code shop.Shop#sum}, {@code
 * shop.Shop.Inner#run}, or {@code Shop#sum} when one class of the sources is called {@code Shop}.
 *
 * @param type the class, qualified (dots between nested names) or simple
 * @param method the method's name; every overload is meant
 */
public record MethodRef(String type, String method) {

  /** {@code text} as a method, if it has the form {@code Class#method}; empty if it has no {@code #}. */
  public static Optional<MethodRef> parse(String text) throws IllegalArgumentException {
    int hash = text.indexOf('#');
    if (hash < 0) {
      return Optional.empty();
    }
    String type = text.substring(0, hash);
    String method = text.substring(hash + 1);
    if (type.isEmpty() || !isName(type, true) || !isName(method, false)) {
      throw new IllegalArgumentException("`" + text + "` is not Class#method (e.g. shop.Shop#sum)");
    }
    return Optional.of(new MethodRef(type, method));
  }

  /** {@code Class.method}, for the names of the files written for it. */
  public String fileStem() {
    return type + "." + method;
  }

  @Override
  public String toString() {
    return type + "#" + method;
  }

  private static boolean isName(String text, boolean dotted) {
    for (String part : dotted ? text.split("\\.", -1) : new String[] {text}) {
      if (part.isEmpty() || !Character.isJavaIdentifierStart(part.charAt(0))
          || !part.chars().allMatch(Character::isJavaIdentifierPart)) {
        return false;
      }
    }
    return true;
  }
}
