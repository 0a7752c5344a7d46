package dev.patina.cli;

import java.util.List;

/**
 * The jdk.compiler packages the Checker Framework reaches into, as JVM flags: the same list as
 * {@code .mvn/jvm.config} and the launcher, needed by every JVM that runs javac with the checkers.
 */
public final class JdkAccess {

  private static final String[] EXPORTED = {"api", "code", "file", "main", "model", "parser", "processing", "tree", "util"};
  private static final String[] OPENED = {"code", "comp"};

  private JdkAccess() {}

  /** The eleven {@code --add-exports}/{@code --add-opens} flags. */
  public static List<String> jvmFlags() {
    List<String> flags = new java.util.ArrayList<>();
    for (String p : EXPORTED) {
      flags.add("--add-exports=jdk.compiler/com.sun.tools.javac." + p + "=ALL-UNNAMED");
    }
    for (String p : OPENED) {
      flags.add("--add-opens=jdk.compiler/com.sun.tools.javac." + p + "=ALL-UNNAMED");
    }
    return flags;
  }

  /** The same flags prefixed with {@code -J}, for passing through the javac launcher. */
  public static List<String> javacFlags() {
    return jvmFlags().stream().map(f -> "-J" + f).toList();
  }
}
