package dev.patina.cli.command;

import dev.patina.cli.PatinaPaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A javac or java command line with the path options taken out, so that Patina's own entries can
 * be joined with the user's into one option (javac and java honour only the last {@code -cp}).
 *
 * @param classpath entries from {@code -cp}, {@code -classpath}, {@code --class-path}
 * @param processorPath entries from {@code -processorpath}, {@code --processor-path}
 * @param processors class names from {@code -processor}
 * @param rest every other argument, in order
 */
record ToolArgs(List<String> classpath, List<String> processorPath, List<String> processors, List<String> rest) {

  private static final Set<String> CLASSPATH = Set.of("-cp", "-classpath", "--class-path");
  private static final Set<String> PROCESSOR_PATH = Set.of("-processorpath", "--processor-path");

  /** java options whose value is a separate argument that does not start with a dash. */
  private static final Set<String> JAVA_VALUED = Set.of(
      "-p", "--module-path", "--upgrade-module-path", "--add-modules", "--add-exports", "--add-opens",
      "--add-reads", "--limit-modules", "--patch-module", "--enable-native-access");

  /** Every argument of javac is an option or a file: path options may be anywhere. */
  static ToolArgs forJavac(List<String> args) {
    return scan(args, false);
  }

  /** For java, only the options before the main class (or -jar, -m) are java's own. */
  static ToolArgs forJava(List<String> args) {
    return scan(args, true);
  }

  private static ToolArgs scan(List<String> args, boolean java) {
    ToolArgs t = new ToolArgs(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      boolean hasNext = i + 1 < args.size();
      if (CLASSPATH.contains(a) && hasNext) {
        t.classpath.addAll(PatinaPaths.split(args.get(++i)));
      } else if (a.startsWith("--class-path=")) {
        t.classpath.addAll(PatinaPaths.split(a.substring(a.indexOf('=') + 1)));
      } else if (!java && PROCESSOR_PATH.contains(a) && hasNext) {
        t.processorPath.addAll(PatinaPaths.split(args.get(++i)));
      } else if (!java && a.startsWith("--processor-path=")) {
        t.processorPath.addAll(PatinaPaths.split(a.substring(a.indexOf('=') + 1)));
      } else if (!java && a.equals("-processor") && hasNext) {
        for (String p : args.get(++i).split(",")) {
          if (!p.isBlank()) {
            t.processors.add(p.strip());
          }
        }
      } else if (java && JAVA_VALUED.contains(a) && hasNext) {
        t.rest.add(a);
        t.rest.add(args.get(++i));
      } else if (java && (!a.startsWith("-") || a.equals("-jar") || a.equals("-m") || a.equals("--module"))) {
        // the program and its own arguments: nothing more to take out
        t.rest.addAll(args.subList(i, args.size()));
        break;
      } else {
        t.rest.add(a);
      }
    }
    return t;
  }
}
