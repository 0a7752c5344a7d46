package dev.patina.processors.async;

import java.util.Random;

/**
 * Random method bodies for differential tests of the rewriter: the same body twice, once as an
 * {@code @Async} method whose awaits really suspend, once as a plain method where each await is the
 * value itself. Loops, branches, switches, try/catch/finally, throws, locals in nested scopes, and
 * awaits nested in any expression — so any difference between the two runs is the rewriter's.
 */
final class ProgramGenerator {

  private final Random random;
  private final boolean async;
  private int names;
  private int depth;

  private ProgramGenerator(long seed, boolean async) {
    this.random = new Random(seed);
    this.async = async;
  }

  /** The async and sync versions of method {@code n}, from {@code seed}. */
  static String methods(int n, long seed) {
    return method(n, seed, true) + method(n, seed, false);
  }

  private static String method(int n, long seed, boolean async) {
    ProgramGenerator g = new ProgramGenerator(seed, async);
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      body.append(g.statement());
    }
    String head = async ? "  @Async static Future<String> async" + n + "(int p) {\n"
        : "  static String sync" + n + "(int p) {\n";
    String result = "\"\" + v0 + ',' + v1 + ',' + w + ',' + s + ',' + log";
    return head
        + "    StringBuilder log = new StringBuilder(); int v0 = p, v1 = 1; long w = 3; String s = \"s\";\n"
        + body
        + "    return " + (async ? "completed(" + result + ")" : result) + ";\n  }\n";
  }

  private String statement() {
    depth++;
    try {
      int pick = random.nextInt(depth > 3 ? 4 : 11);
      return switch (pick) {
        case 0 -> "    v" + random.nextInt(2) + " = " + expr() + ";\n";
        case 1 -> "    w += " + expr() + ";\n";
        case 2 -> "    s = s + " + expr() + ";\n";
        case 3 -> "    log.append(" + expr() + ").append(';');\n";
        case 4 -> "    if (" + cond() + ") {\n" + statement() + statement() + "    } else {\n" + statement() + "    }\n";
        case 5 -> {
          String i = "i" + names++;
          yield "    for (int " + i + " = 0; " + i + " < " + (1 + random.nextInt(3)) + "; " + i + "++) {\n"
              + "    v1 += " + i + ";\n" + statement() + statement() + "    }\n";
        }
        case 6 -> "    switch (Math.floorMod(" + expr() + ", 3)) {\n      case 0 -> {\n" + statement()
            + "      }\n      case 1 -> v0 += " + expr() + ";\n      default -> {\n" + statement() + "      }\n    }\n";
        case 7 -> {
          String e = "e" + names++;
          yield "    try {\n" + statement() + "    if (" + cond() + ") throw new IllegalStateException(\"t"
              + names++ + "\");\n" + statement() + "    } catch (IllegalStateException " + e + ") {\n    log.append("
              + e + ".getMessage());\n" + statement() + "    } finally {\n    log.append('f');\n" + statement() + "    }\n";
        }
        case 8 -> "    if (" + cond() + " && " + cond() + ") throw new IllegalStateException(\"x" + names++ + "\");\n";
        case 9 -> {
          String t = "t" + names++;
          yield "    {\n    int " + t + " = " + expr() + ";\n" + statement() + "    v0 += " + t + ";\n    }\n";
        }
        default -> {
          String k = "k" + names++;
          yield "    int " + k + " = 0;\n    while (" + k + " < 2 && " + cond() + ") {\n    " + k + "++;\n"
              + statement() + "    }\n";
        }
      };
    } finally {
      depth--;
    }
  }

  private String expr() {
    depth++;
    try {
      int pick = random.nextInt(depth > 5 ? 3 : 9);
      return switch (pick) {
        case 0 -> "v" + random.nextInt(2);
        case 1 -> String.valueOf(random.nextInt(10));
        case 2 -> "s.length()";
        case 3, 4 -> awaited(expr());
        case 5 -> "(" + expr() + " + " + expr() + ")";
        case 6 -> "(" + cond() + " ? " + expr() + " : " + expr() + ")";
        case 7 -> "Math.max(" + expr() + ", " + expr() + ")";
        default -> "(int) (" + awaitedLong(expr()) + " % 1000)";
      };
    } finally {
      depth--;
    }
  }

  private String cond() {
    return switch (random.nextInt(3)) {
      case 0 -> expr() + " > " + expr();
      case 1 -> "Math.floorMod(" + expr() + ", 2) == 0";
      default -> awaitedBool(expr() + " < " + random.nextInt(10));
    };
  }

  private String awaited(String e) {
    return async ? "((int) await(later(" + e + ")))" : "(" + e + ")";
  }

  private String awaitedLong(String e) {
    return async ? "((long) await(later((long) " + e + " * w)))" : "((long) " + e + " * w)";
  }

  private String awaitedBool(String e) {
    return async ? "((boolean) await(later(" + e + ")))" : "(" + e + ")";
  }
}
