package dev.patina.examples.units;

import static org.assertj.core.api.Assertions.assertThat;

import dev.patina.cli.CheckerRegistry;
import dev.patina.examples.PatinaCheckout;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.classfile.Attributes;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.CodeElement;
import java.lang.classfile.CodeModel;
import java.lang.classfile.Instruction;
import java.lang.classfile.MethodModel;
import java.lang.classfile.attribute.CodeAttribute;
import java.lang.classfile.instruction.BranchInstruction;
import java.lang.classfile.instruction.ExceptionCatch;
import java.lang.classfile.instruction.LookupSwitchInstruction;
import java.lang.classfile.instruction.TableSwitchInstruction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Units cost nothing at run time (the units spec's promise): the physics example, compiled with
 * its {@code @Unit} annotations and the units checker, has exactly the bytecode instructions of
 * the same sources with every unit annotation deleted, compiled without any processor. The
 * annotations themselves stay in the class files (as type-annotation attributes, for tools that
 * read them by reflection); no instruction, exception handler, stack or local-variable size may
 * differ.
 */
class NoRuntimeCostTest {

  /** The example whose class files are compared: every source file of the package. */
  static final String EXAMPLE = "examples/src/main/java/dev/patina/examples/units";

  @TempDir Path tmp;

  @Test
  void annotatedAndUnannotatedProgramsHaveTheSameInstructions() throws IOException {
    List<Path> sources;
    try (Stream<Path> files = Files.list(PatinaCheckout.home().resolve(EXAMPLE))) {
      sources = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
    assertThat(sources).as("the units example's sources in %s", EXAMPLE).isNotEmpty();
    String units = String.join("\n", sources.stream().map(PatinaCheckout::read).toList());
    assertThat(units).as("the example uses @Unit").contains("@Unit(\"");

    Path plainSources = Files.createDirectories(tmp.resolve("plain-src"));
    int stripped = 0;
    for (Path source : sources) {
      String text = PatinaCheckout.read(source);
      String without = stripUnits(text);
      stripped += text.length() - without.length();
      Files.writeString(plainSources.resolve(source.getFileName()), without, StandardCharsets.UTF_8);
    }
    assertThat(stripped).as("characters of unit annotations removed").isPositive();

    Path annotatedOut = compile(sources, tmp.resolve("annotated"), true);
    Path plainOut;
    try (Stream<Path> files = Files.list(plainSources)) {
      plainOut = compile(files.sorted().toList(), tmp.resolve("plain"), false);
    }

    Map<String, List<String>> annotated = instructions(annotatedOut);
    Map<String, List<String>> plain = instructions(plainOut);
    assertThat(annotated.keySet()).as("the methods compiled").isNotEmpty().isEqualTo(plain.keySet());
    for (String method : annotated.keySet()) {
      assertThat(annotated.get(method)).as("the instructions of %s", method).isEqualTo(plain.get(method));
    }
    assertThat(typeAnnotations(annotatedOut)).as("the @Unit annotations are still in the class files").isPositive();
  }

  /** The source without {@code @Unit("...")} and {@code @PolyUnit}; everything else as it was. */
  static String stripUnits(String source) {
    return source.replaceAll("@(dev\\.patina\\.units\\.)?Unit\\(\"[^\"]*\"\\)", "")
        .replaceAll("@(dev\\.patina\\.units\\.)?PolyUnit\\b", "");
  }

  /** Compiles into {@code out}: with the units checker (which must report nothing), or with no processor. */
  private static Path compile(List<Path> sources, Path out, boolean withChecker) throws IOException {
    Files.createDirectories(out);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter output = new StringWriter();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = new ArrayList<>(List.of(
          "-d", out.toString(), "-classpath", System.getProperty("java.class.path"), "-encoding", "UTF-8",
          withChecker ? "-proc:full" : "-proc:none"));
      JavaCompiler.CompilationTask task =
          javac.getTask(output, fm, diagnostics, options, null, fm.getJavaFileObjectsFromPaths(sources));
      if (withChecker) {
        task.setProcessors(CheckerRegistry.instantiate(List.of("dev.patina.checkers.units.UnitsChecker")));
      }
      boolean ok = task.call();
      assertThat(diagnostics.getDiagnostics())
          .as("javac %s the units checker says nothing: %s", withChecker ? "with" : "without", output)
          .isEmpty();
      assertThat(ok).as("compiled").isTrue();
    }
    return out;
  }

  /** Every method of every class file under {@code dir}, by class, name and descriptor, as lines. */
  private static Map<String, List<String>> instructions(Path dir) throws IOException {
    Map<String, List<String>> methods = new TreeMap<>();
    for (Path file : classFiles(dir)) {
      ClassModel cm = ClassFile.of().parse(Files.readAllBytes(file));
      for (MethodModel m : cm.methods()) {
        String key = cm.thisClass().asInternalName() + "." + m.methodName().stringValue() + m.methodType().stringValue();
        methods.put(key, m.code().map(NoRuntimeCostTest::render).orElse(List.of("(no code)")));
      }
    }
    return methods;
  }

  /**
   * A method body as lines: its stack and local sizes, each instruction with its operands (branch
   * targets as bytecode offsets, constants and members by value, not by pool index), and the
   * exception table.
   */
  private static List<String> render(CodeModel code) {
    CodeAttribute attribute = (CodeAttribute) code;
    List<String> lines = new ArrayList<>();
    lines.add("max stack " + attribute.maxStack() + ", max locals " + attribute.maxLocals());
    for (CodeElement e : code) {
      switch (e) {
        case BranchInstruction b -> lines.add(b.opcode() + " -> " + attribute.labelToBci(b.target()));
        case LookupSwitchInstruction s -> lines.add(s.opcode() + " " + s.cases().stream()
            .map(c -> c.caseValue() + "->" + attribute.labelToBci(c.target())).toList()
            + " default->" + attribute.labelToBci(s.defaultTarget()));
        case TableSwitchInstruction s -> lines.add(s.opcode() + " " + s.lowValue() + ".." + s.highValue() + " "
            + s.cases().stream().map(c -> c.caseValue() + "->" + attribute.labelToBci(c.target())).toList()
            + " default->" + attribute.labelToBci(s.defaultTarget()));
        case ExceptionCatch c -> lines.add("catch " + c.catchType().map(t -> t.asInternalName()).orElse("any")
            + " [" + attribute.labelToBci(c.tryStart()) + ", " + attribute.labelToBci(c.tryEnd()) + ") -> "
            + attribute.labelToBci(c.handler()));
        case Instruction i -> lines.add(i.toString());
        // labels (branch targets are shown as offsets above; a local's type annotation adds labels
        // of its own scope), line numbers, local variable names: not instructions
        default -> { }
      }
    }
    return lines;
  }

  /** How many type annotations (RuntimeVisibleTypeAnnotations entries) the class files under {@code dir} hold. */
  private static int typeAnnotations(Path dir) throws IOException {
    int count = 0;
    for (Path file : classFiles(dir)) {
      ClassModel cm = ClassFile.of().parse(Files.readAllBytes(file));
      for (MethodModel m : cm.methods()) {
        count += m.findAttribute(Attributes.runtimeVisibleTypeAnnotations()).map(a -> a.annotations().size()).orElse(0);
        count += m.code().flatMap(c -> ((CodeAttribute) c).findAttribute(Attributes.runtimeVisibleTypeAnnotations()))
            .map(a -> a.annotations().size()).orElse(0);
      }
      count += cm.fields().stream().mapToInt(f -> f.findAttribute(Attributes.runtimeVisibleTypeAnnotations())
          .map(a -> a.annotations().size()).orElse(0)).sum();
    }
    return count;
  }

  private static List<Path> classFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> f.toString().endsWith(".class")).sorted().toList();
    }
  }
}
