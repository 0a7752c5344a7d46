package dev.patina.processors.reflect;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.StandardLocation;

/**
 * Generates a {@code TypeInfo} table ({@code FooReflection}, {@code Outer_Inner_Reflection}) for
 * every {@code @Reflect} type, and the index {@code META-INF/patina/reflect.index} through which
 * {@code Reflect.of} finds them. Reports R0001 (local class), R0002 (private nested type), R0003
 * (the generated name is taken) on the element; never throws.
 */
@AutoService(Processor.class)
public final class ReflectProcessor extends AbstractProcessor {
  static final String ANNOTATION = "dev.patina.derive.Reflect";
  static final String INDEX = "META-INF/patina/reflect.index";

  /** Binary name of each reflected type to its generated table, over all rounds. */
  private final Map<String, String> index = new TreeMap<>();
  /** Generated names claimed in this compilation, to the type that claimed them. */
  private final Map<String, String> claimed = new HashMap<>();
  private final Set<CompilationUnitTree> scannedForLocals = new HashSet<>();

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    // "*": a @Reflect on a local class is invisible to the round's element set; R0001 scans trees
    return Set.of("*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    TypeElement reflect = processingEnv.getElementUtils().getTypeElement(ANNOTATION);
    if (round.processingOver()) {
      writeIndex();
      return false;
    }
    if (reflect == null) {
      return false;
    }
    for (Element root : round.getRootElements()) {
      reportLocalClasses(root);
    }
    for (Element e : round.getElementsAnnotatedWith(reflect)) {
      if (e instanceof TypeElement type) {
        generateSafely(type);
      }
    }
    return false;
  }

  private void generateSafely(TypeElement type) {
    try {
      Problem problem = check(type);
      if (problem != null) {
        error(type, problem);
        return;
      }
      String name = TableWriter.generatedName(type);
      String pkg = processingEnv.getElementUtils().getPackageOf(type).getQualifiedName().toString();
      String qualified = pkg.isEmpty() ? name : pkg + "." + name;
      JavaFile file = new TableWriter(processingEnv, type, name).write();
      claimed.put(qualified, type.getQualifiedName().toString());
      file.writeTo(processingEnv.getFiler());
      index.put(processingEnv.getElementUtils().getBinaryName(type).toString(), qualified);
    } catch (IOException | RuntimeException | LinkageError e) {
      error(type, Problem.of(Problem.INTERNAL,
              "Patina's @Reflect processor failed on " + type.getQualifiedName()
                  + " and generated no table for it: " + e,
              "this is a bug in Patina, or a clash with another processor's output; please report it"
                  + " with this message; until then remove @Reflect from this type")
          .note("at " + where(e)));
    }
  }

  private static String where(Throwable e) {
    StackTraceElement[] trace = e.getStackTrace();
    return trace.length == 0 ? "(no stack trace)" : trace[0].toString();
  }

  /** The first reason not to generate a table for {@code type}, or null. */
  private Problem check(TypeElement type) {
    if (isLocal(type)) {
      return Problem.of("R0001", "@Reflect on the local or anonymous class " + type.getQualifiedName()
              + ", which has no name outside its block for a generated table to use",
          "move it out of the method, as a top-level or static nested class, or remove @Reflect");
    }
    for (Element e = type; e instanceof TypeElement t; e = t.getEnclosingElement()) {
      if (t.getModifiers().contains(Modifier.PRIVATE)) {
        String which = t == type ? "it is private" : "it is nested in the private type " + t.getSimpleName();
        return Problem.of("R0002",
            "@Reflect on " + type.getQualifiedName() + ", which its generated table cannot reach: " + which,
            "make " + t.getSimpleName() + " package-private (drop `private`) so that "
                + TableWriter.generatedName(type) + ", generated in the same package, can use it");
      }
    }
    String name = TableWriter.generatedName(type);
    String pkg = processingEnv.getElementUtils().getPackageOf(type).getQualifiedName().toString();
    String qualified = pkg.isEmpty() ? name : pkg + "." + name;
    String owner = claimed.get(qualified);
    if (owner != null || processingEnv.getElementUtils().getTypeElement(qualified) != null) {
      String taken = owner != null ? "the table of " + owner + " in this compilation" : "an existing type";
      return Problem.of("R0003",
          "the reflection table of " + type.getQualifiedName() + " would be named " + qualified
              + ", but that name is already taken by " + taken,
          "rename " + (owner != null ? "one of the two types" : "the existing " + name)
              + "; the table's name is fixed so that Reflect.of can find it");
    }
    return null;
  }

  /** R0001: javac never hands local classes to processors, so find them in the source. */
  private void reportLocalClasses(Element root) {
    Trees trees;
    try {
      trees = Trees.instance(processingEnv);
    } catch (IllegalArgumentException notJavac) {
      return; // not javac's environment: local classes cannot be seen at all
    }
    TreePath path = trees.getPath(root);
    if (path == null || !scannedForLocals.add(path.getCompilationUnit())) {
      return;
    }
    CompilationUnitTree unit = path.getCompilationUnit();
    boolean imported = importsReflect(unit);
    new TreePathScanner<Void, Integer>() {
      @Override
      public Void visitClass(ClassTree tree, Integer depth) {
        // depth counts enclosing method bodies and initializers; a class inside one is local
        return super.visitClass(tree, depth);
      }

      @Override
      public Void visitMethod(com.sun.source.tree.MethodTree tree, Integer depth) {
        scan(tree.getBody(), depth + 1);
        return null;
      }

      @Override
      public Void visitBlock(com.sun.source.tree.BlockTree tree, Integer depth) {
        boolean initializer = getCurrentPath().getParentPath().getLeaf() instanceof ClassTree;
        int d = initializer ? depth + 1 : depth;
        for (var s : tree.getStatements()) {
          if (d > 0 && s instanceof ClassTree local) {
            for (AnnotationTree a : local.getModifiers().getAnnotations()) {
              if (isReflect(a, imported)) {
                trees.printMessage(Diagnostic.Kind.ERROR, Problem.of("R0001",
                    "@Reflect on the local class " + local.getSimpleName()
                        + ", which has no name outside its block for a generated table to use",
                    "move " + local.getSimpleName() + " out of the method, as a top-level or static nested"
                        + " class, or remove @Reflect").render(), a, unit);
              }
            }
          }
        }
        return super.visitBlock(tree, d);
      }
    }.scan(new TreePath(unit), 0);
  }

  private static boolean isReflect(AnnotationTree a, boolean imported) {
    String written = a.getAnnotationType().toString();
    return written.equals(ANNOTATION) || (imported && written.equals("Reflect"));
  }

  private static boolean importsReflect(CompilationUnitTree unit) {
    for (ImportTree i : unit.getImports()) {
      String name = i.getQualifiedIdentifier().toString();
      if (!i.isStatic() && (name.equals(ANNOTATION) || name.equals("dev.patina.derive.*"))) {
        return true;
      }
    }
    return unit.getPackageName() != null && unit.getPackageName().toString().equals("dev.patina.derive");
  }

  private void writeIndex() {
    if (index.isEmpty()) {
      return;
    }
    try {
      var resource = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", INDEX);
      try (Writer w = resource.openWriter()) {
        w.write("# written by dev.patina.processors.reflect.ReflectProcessor: reflected type = its table\n");
        for (var e : index.entrySet()) {
          w.write(e.getKey() + "=" + e.getValue() + "\n");
        }
      }
    } catch (IOException | RuntimeException e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, Problem.of(Problem.INTERNAL,
          "Patina's @Reflect processor could not write " + INDEX + ": " + e,
          "Reflect.of will fall back to run-time accessors for " + String.join(", ", index.keySet())
              + " until the index can be written; check the class output directory").render());
    }
  }

  private void error(Element e, Problem p) {
    processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, p.render(), e);
  }

  private static boolean isLocal(TypeElement t) {
    return t.getNestingKind() == NestingKind.LOCAL || t.getNestingKind() == NestingKind.ANONYMOUS;
  }
}
