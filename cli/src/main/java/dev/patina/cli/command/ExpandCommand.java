package dev.patina.cli.command;

import dev.patina.cli.PatinaPaths;
import dev.patina.cli.compile.ExpandCompiler;
import dev.patina.cli.compile.ExpandCompiler.Expansion;
import dev.patina.cli.compile.SourceFiles;
import dev.patina.cli.compile.SourceFiles.BadPathException;
import dev.patina.cli.expand.AsyncExpand;
import dev.patina.cli.expand.AtomicFiles;
import dev.patina.cli.expand.Graphviz;
import dev.patina.cli.expand.MethodRef;
import dev.patina.cli.expand.PlanDot;
import dev.patina.cli.expand.PlanText;
import dev.patina.cli.expand.Selection;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Processor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code patina expand}: the source Patina's processors generate for a type (Rust's {@code cargo
 * expand}), or the state machine the async rewriter made for an {@code @Async} method.
 */
@Command(
    name = "expand",
    header = "Print the source Patina's processors generate for a type, or the state machine of an @Async method.",
    mixinStandardHelpOptions = true,
    description = {
      "Compiles the given sources with the Patina annotation processors (@Reflect, @Struct, @Async) and"
          + " prints what they generated for TYPE: give the annotated type (geo.Point, geo.Map.Tile) to see all"
          + " of its generated classes, or one generated class (geo.PointReflection).",
      "",
      "Give Class#method (shop.Shop#sum) to see the state machine of an @Async method and its overloads:"
          + " its states, the await each resumes from (with its line), the locals and stack entries each saves"
          + " and the fields that hold them, and the edges between states. The state graph is written as a DOT"
          + " file, and drawn as SVG beside it when Graphviz's dot is on PATH (Debian: apt-get install graphviz).",
      "",
      "Exit status: 0 printed, 1 compile errors, nothing generated for TYPE, or the graph could not be"
          + " written or drawn, 2 usage error."
    })
public final class ExpandCommand extends PatinaCommand {

  @Option(names = {"--classpath", "-cp"}, paramLabel = "CP",
      description = "More class path for the sources, after Patina's annotations and runtime.")
  String classpath;

  @Option(names = "--dot", paramLabel = "FILE",
      description = "Class#method: where to write the state graph (default target/patina-expand/CLASS.METHOD.dot).")
  Path dot;

  @Option(names = "--svg", description = "Class#method: draw the graph as SVG beside the DOT file; fails without Graphviz.")
  boolean svg;

  @Option(names = "--png", description = "Class#method: draw the graph as PNG beside the DOT file; fails without Graphviz.")
  boolean png;

  @Option(names = "--no-render", description = "Class#method: write the DOT file only, even when Graphviz is installed.")
  boolean noRender;

  @Option(names = "--graphviz", paramLabel = "PROGRAM",
      description = "Class#method: Graphviz's dot program to draw with (default: dot on PATH).")
  Path graphviz;

  @Parameters(index = "0", paramLabel = "TYPE",
      description = "Qualified name of the annotated or generated type, or Class#method of an @Async method.")
  String type;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "PATH", description = ".java files or directories.")
  List<Path> paths;

  @Override
  public Integer call() {
    Optional<MethodRef> method;
    try {
      method = MethodRef.parse(type);
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
    if (method.isEmpty() && (dot != null || svg || png || noRender || graphviz != null)) {
      throw usage("--dot, --svg, --png, --no-render and --graphviz are for Class#method");
    }
    if (noRender && (svg || png)) {
      throw usage("--no-render and --" + (svg ? "svg" : "png") + " contradict each other");
    }
    List<Path> files;
    try {
      files = SourceFiles.collect(paths);
    } catch (BadPathException e) {
      throw usage(e.getMessage());
    } catch (IOException e) {
      return fail("cannot list the sources: " + e.getMessage());
    }
    AsyncExpand async = method.map(AsyncExpand::new).orElse(null);
    Expansion expansion;
    try {
      List<Processor> processors = ExpandCompiler.patinaProcessors();
      expansion = new ExpandCompiler(classpath == null ? List.of() : PatinaPaths.split(classpath))
          .compile(paths(), files, async == null ? processors : async.processors(processors));
    } catch (IllegalArgumentException e) {
      throw usage("javac rejected an option: " + e.getMessage());
    } catch (IOException | IllegalStateException e) {
      return fail(e.getMessage());
    }
    if (!expansion.errors().isEmpty()) {
      expansion.errors().forEach(err()::println);
      return fail("the sources do not compile; `patina check` shows the errors in full");
    }
    if (async != null) {
      return switch (async.selection()) {
        case Selection.Failure f -> fail(f.message());
        case Selection.Plans p -> show(method.get(), p);
      };
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

  /** Prints the plans, writes their graph, and draws it. */
  private int show(MethodRef method, Selection.Plans selected) {
    for (String overload : selected.notAsync()) {
      err().println("note: " + selected.type() + "#" + overload + " is not @Async: it has no state machine");
    }
    out().print(PlanText.render(selected.plans()));
    String title = selected.type() + "#" + method.method();
    Path dotFile = dot != null ? dot : Path.of("target", "patina-expand", selected.type() + "." + method.method() + ".dot");
    try {
      AtomicFiles.write(dotFile, PlanDot.render(title, "patina expand " + title, selected.plans()));
    } catch (IOException e) {
      return fail("cannot write " + dotFile + ": " + e.getMessage());
    }
    out().println();
    out().println("graph");
    out().println("  " + dotFile);
    out().flush();
    return draw(dotFile);
  }

  /**
   * Draws the graph: in the formats asked for, which fails without Graphviz; else as SVG if
   * Graphviz is there (saying so when it is not), unless {@code --no-render}.
   */
  private int draw(Path dotFile) {
    if (noRender) {
      return 0;
    }
    List<Graphviz.Format> formats = new ArrayList<>();
    if (svg) {
      formats.add(Graphviz.Format.SVG);
    }
    if (png) {
      formats.add(Graphviz.Format.PNG);
    }
    boolean asked = !formats.isEmpty();
    Optional<Graphviz> dotProgram = graphviz != null ? Optional.of(new Graphviz(graphviz))
        : Graphviz.onPath(System.getenv("PATH"));
    if (dotProgram.isEmpty()) {
      if (asked) {
        return fail("drawing the graph needs Graphviz's dot, which is not on PATH; " + Graphviz.INSTALL);
      }
      err().println("note: Graphviz's dot is not on PATH, so the graph was written but not drawn; "
          + Graphviz.INSTALL);
      err().flush();
      return 0;
    }
    if (!asked) {
      formats.add(Graphviz.Format.SVG);
    }
    for (Graphviz.Format format : formats) {
      try {
        out().println("  " + dotProgram.get().render(dotFile, format));
      } catch (IOException e) {
        return fail("cannot draw " + dotFile + " as " + format.extension() + ": " + e.getMessage());
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
