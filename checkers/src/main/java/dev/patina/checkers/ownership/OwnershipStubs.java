package dev.patina.checkers.ownership;

import dev.patina.checkers.ownership.OwnershipTypes.MethodModes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;
import org.checkerframework.com.github.javaparser.StaticJavaParser;
import org.checkerframework.com.github.javaparser.ast.CompilationUnit;
import org.checkerframework.com.github.javaparser.ast.StubUnit;
import org.checkerframework.com.github.javaparser.ast.body.BodyDeclaration;
import org.checkerframework.com.github.javaparser.ast.body.CallableDeclaration;
import org.checkerframework.com.github.javaparser.ast.body.ConstructorDeclaration;
import org.checkerframework.com.github.javaparser.ast.body.Parameter;
import org.checkerframework.com.github.javaparser.ast.body.TypeDeclaration;
import org.checkerframework.com.github.javaparser.ast.expr.AnnotationExpr;
import org.checkerframework.com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;

/**
 * Ownership modes of library methods that cannot carry annotations themselves, read from stub files
 * in the Checker Framework's {@code .astub} syntax: the checker's own {@code jdk.astub}, plus any
 * file the user names with {@code -Astubs=a.astub:b.astub}.
 *
 * <p>A stub method matches a real one by class, name, arity and the simple names of the erased
 * parameter types. Only the ownership annotations are read; others are ignored.
 */
final class OwnershipStubs {

  /** One annotated method of a stub file. */
  record StubMethod(
      String name, List<String> paramTypes, boolean[] owned, boolean[] send, boolean consume, boolean mut) {}

  private final Map<String, List<StubMethod>> byClass = new HashMap<>();
  private final List<String> problems = new ArrayList<>();

  /** Reads the built-in JDK stub file and the user's stub files; unreadable files become problems. */
  static OwnershipStubs load(List<Path> userFiles) {
    OwnershipStubs stubs = new OwnershipStubs();
    try (InputStream in = OwnershipStubs.class.getResourceAsStream("jdk.astub")) {
      if (in == null) {
        stubs.problems.add("the built-in jdk.astub is missing from the checker jar");
      } else {
        stubs.add("jdk.astub", StaticJavaParser.parseStubUnit(in));
      }
    } catch (IOException | RuntimeException | AssertionError e) {
      stubs.problems.add("jdk.astub: " + e.getMessage());
    }
    for (Path file : userFiles) {
      if (Files.isDirectory(file)) {
        stubs.problems.add(file + ": a directory, not a stub file");
        continue;
      }
      try (InputStream in = Files.newInputStream(file)) {
        stubs.add(file.toString(), StaticJavaParser.parseStubUnit(in));
      } catch (java.nio.file.NoSuchFileException e) {
        stubs.problems.add(file + ": no such file");
      } catch (IOException | RuntimeException | AssertionError | StackOverflowError e) {
        // the stub parser signals some malformed input with AssertionError: still the file's fault
        stubs.problems.add(file + ": " + firstLine(e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()));
      }
    }
    return stubs;
  }

  /** Stub files that could not be read, each with its cause, for the checker to report. */
  List<String> problems() {
    return problems;
  }

  private void add(String source, StubUnit unit) {
    for (CompilationUnit cu : unit.getCompilationUnits()) {
      String pkg = cu.getPackageDeclaration().map(d -> d.getNameAsString() + ".").orElse("");
      for (TypeDeclaration<?> type : cu.getTypes()) {
        addType(pkg + type.getNameAsString(), type);
      }
    }
  }

  private void addType(String qualifiedName, TypeDeclaration<?> type) {
    for (BodyDeclaration<?> member : type.getMembers()) {
      if (member instanceof CallableDeclaration<?> m) {
        String name = m instanceof ConstructorDeclaration ? "<init>" : m.getNameAsString();
        List<String> paramTypes = new ArrayList<>();
        boolean[] owned = new boolean[m.getParameters().size()];
        boolean[] send = new boolean[owned.length];
        for (int i = 0; i < owned.length; i++) {
          Parameter p = m.getParameter(i);
          paramTypes.add(simpleErasure(p.getType().asString()) + (p.isVarArgs() ? "[]" : ""));
          owned[i] = annotated(p, "Owned") || annotated(p.getType(), "Owned");
          send[i] = annotated(p, "Send") || annotated(p.getType(), "Send");
        }
        byClass
            .computeIfAbsent(qualifiedName, k -> new ArrayList<>())
            .add(
                new StubMethod(
                    name, paramTypes, owned, send,
                    annotated(m, "Consume"), annotated(m, "Mut")));
      } else if (member instanceof TypeDeclaration<?> nested) {
        addType(qualifiedName + "." + nested.getNameAsString(), nested);
      }
    }
  }

  private static boolean annotated(Object node, String simpleName) {
    if (!(node instanceof NodeWithAnnotations<?> n)) {
      return false;
    }
    for (AnnotationExpr a : n.getAnnotations()) {
      String name = a.getNameAsString();
      if (name.equals(simpleName) || name.equals("dev.patina.ownership." + simpleName)) {
        return true;
      }
    }
    return false;
  }

  /** The stub's modes for {@code method}, or null when no stub names it. */
  MethodModes lookup(ExecutableElement method, Types types) {
    if (!(method.getEnclosingElement() instanceof TypeElement owner)) {
      return null;
    }
    List<StubMethod> candidates = byClass.get(owner.getQualifiedName().toString());
    if (candidates == null) {
      return null;
    }
    List<? extends VariableElement> params = method.getParameters();
    for (StubMethod s : candidates) {
      if (s.name().contentEquals(method.getSimpleName()) && sameParams(s, params, types)) {
        return new MethodModes(s.owned().clone(), s.send().clone(), new boolean[s.owned().length], s.consume(), s.mut(), false);
      }
    }
    return null;
  }

  private static boolean sameParams(StubMethod s, List<? extends VariableElement> params, Types types) {
    if (s.paramTypes().size() != params.size()) {
      return false;
    }
    for (int i = 0; i < params.size(); i++) {
      TypeMirror erased = types.erasure(params.get(i).asType());
      String actual = simpleErasure(erased.toString());
      String expected = s.paramTypes().get(i);
      // a stub written with a type variable (E, T) matches its erasure (Object)
      boolean typeVariable = expected.length() <= 2 && Character.isUpperCase(expected.charAt(0));
      if (!actual.equals(expected) && !(typeVariable && actual.equals("Object"))) {
        return false;
      }
    }
    return true;
  }

  /** {@code java.util.Collection<? extends E>} becomes {@code Collection}; arrays keep {@code []}. */
  static String simpleErasure(String type) {
    String t = type.replaceAll("@\\S+\\s+", "");
    int lt = t.indexOf('<');
    String arrays = t.endsWith("[]") || t.endsWith("...") ? "[]" : "";
    if (lt >= 0) {
      t = t.substring(0, lt);
    }
    t = t.replace("[]", "").replace("...", "").trim();
    int dot = t.lastIndexOf('.');
    return (dot >= 0 ? t.substring(dot + 1) : t) + arrays;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
