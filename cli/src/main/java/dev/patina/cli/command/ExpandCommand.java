package dev.patina.cli.command;

import dev.patina.cli.PatinaPaths;
import dev.patina.cli.compile.ExpandCompiler;
import dev.patina.cli.compile.ExpandCompiler.Expansion;
import dev.patina.cli.compile.SourceFiles;
import dev.patina.cli.compile.SourceFiles.BadPathException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code patina expand}: the source Patina's processors generate for a type (Rust's {@code cargo expand}). */
@Command(
    name = "expand",
    header = "Print the source Patina's processors generate for a type.",
    mixinStandardHelpOptions = true,
    description = {
      "Compiles the given sources with the Patina annotation processors (@Reflect, @Struct) and prints",
      "what they generated for TYPE: give the annotated type (geo.Point, geo.Map.Tile) to see all of its",
      "generated classes, or one generated class (geo.PointReflection).",
      "Exit status: 0 printed, 1 compile errors or nothing generated for TYPE, 2 usage error."
    })
public final class ExpandCommand extends PatinaCommand {

  @Option(names = {"--classpath", "-cp"}, paramLabel = "CP",
      description = "More class path for the sources, after Patina's annotations and runtime.")
  String classpath;

  @Parameters(index = "0", paramLabel = "TYPE", description = "Qualified name of the annotated or generated type.")
  String type;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "PATH", description = ".java files or directories.")
  List<Path> paths;

  @Override
  public Integer call() {
    List<Path> files;
    try {
      files = SourceFiles.collect(paths);
    } catch (BadPathException e) {
      throw usage(e.getMessage());
    } catch (IOException e) {
      return fail("cannot list the sources: " + e.getMessage());
    }
    Expansion expansion;
    try {
      expansion = new ExpandCompiler(classpath == null ? List.of() : PatinaPaths.split(classpath))
          .compile(paths(), files);
    } catch (IllegalArgumentException e) {
      throw usage("javac rejected an option: " + e.getMessage());
    } catch (IOException e) {
      return fail(e.getMessage());
    }
    if (!expansion.errors().isEmpty()) {
      expansion.errors().forEach(err()::println);
      return fail("the sources do not compile; `patina check` shows the errors in full");
    }
    List<Map.Entry<String, String>> matches = expansion.sources().entrySet().stream()
        .filter(e -> generatedFor(type, e.getKey()))
        .toList();
    if (matches.isEmpty()) {
      return fail("nothing was generated for " + type + "; generated: "
          + (expansion.sources().isEmpty() ? "nothing" : String.join(", ", expansion.sources().keySet().stream()
              .map(ExpandCommand::typeName).toList())));
    }
    for (var e : matches) {
      if (matches.size() > 1) {
        out().println("// " + e.getKey());
      }
      out().print(e.getValue());
      if (matches.size() > 1) {
        out().println();
      }
    }
    out().flush();
    return 0;
  }

  /**
   * Whether the generated file at {@code path} is {@code type} itself, or generated from it: named
   * after its nested name with "_" for "." and a suffix ({@code PointReflection}, {@code
   * Map_Tile_Reflection}, {@code PointLayout}).
   */
  static boolean generatedFor(String type, String path) {
    String generated = typeName(path);
    if (generated.equals(type)) {
      return true;
    }
    int lastDot = generated.lastIndexOf('.');
    String pkg = lastDot < 0 ? "" : generated.substring(0, lastDot);
    String simple = generated.substring(lastDot + 1);
    if (!type.startsWith(pkg.isEmpty() ? "" : pkg + ".")) {
      return false;
    }
    String nested = type.substring(pkg.isEmpty() ? 0 : pkg.length() + 1).replace('.', '_');
    if (!simple.startsWith(nested) || simple.length() == nested.length()) {
      return false;
    }
    char next = simple.charAt(nested.length());
    return Character.isUpperCase(next) || (next == '_' && nested.contains("_"));
  }

  private static String typeName(String path) {
    return path.substring(0, path.length() - ".java".length()).replace('/', '.');
  }
}
