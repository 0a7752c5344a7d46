package dev.patina.cli.expand;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Finds, while javac compiles the sources, the classes a {@link MethodRef} may name and their
 * methods of that name, so that {@code patina expand} can tell "no such class", "no such method"
 * and "not {@code @Async}" apart from a plan the rewriter made. It only reads; it claims no
 * annotation, so the other processors see everything.
 */
public final class MethodFinder extends AbstractProcessor {

  /** The annotation that marks a method for the rewriter. */
  static final String ASYNC = "dev.patina.async.Async";

  /**
   * A class of the sources that {@code ref} may name.
   *
   * @param name its qualified name ({@code shop.Shop.Inner})
   * @param binaryName its binary name ({@code shop.Shop$Inner}), as plans name their owner
   * @param overloads its methods named as {@code ref} says
   * @param methods the names of all of its methods, for the message when none is {@code ref}'s
   */
  public record FoundType(String name, String binaryName, List<Overload> overloads, Set<String> methods) {}

  /**
   * One method of that name.
   *
   * @param signature as javac prints it, e.g. {@code sum(dev.patina.runtime.channel.Receiver<java.lang.Integer>)}
   * @param async whether it is marked {@code @Async}
   */
  public record Overload(String signature, boolean async) {}

  private final MethodRef ref;
  private final List<FoundType> found = new ArrayList<>();

  public MethodFinder(MethodRef ref) {
    this.ref = ref;
  }

  /** The classes found, in the order javac saw them; complete once the compilation is over. */
  public List<FoundType> found() {
    return List.copyOf(found);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (Element root : round.getRootElements()) {
      visit(root);
    }
    return false;
  }

  private void visit(Element e) {
    if (!(e instanceof TypeElement type)) {
      return;
    }
    if (names(type)) {
      List<ExecutableElement> methods = ElementFilter.methodsIn(type.getEnclosedElements());
      Set<String> all = new TreeSet<>();
      List<Overload> overloads = new ArrayList<>();
      for (ExecutableElement m : methods) {
        all.add(m.getSimpleName().toString());
        if (m.getSimpleName().contentEquals(ref.method())) {
          overloads.add(new Overload(m.toString(), isAsync(m)));
        }
      }
      found.add(new FoundType(type.getQualifiedName().toString(),
          processingEnv.getElementUtils().getBinaryName(type).toString(), overloads, all));
    }
    for (Element inner : e.getEnclosedElements()) {
      if (inner.getKind().isClass() || inner.getKind().isInterface()) {
        visit(inner);
      }
    }
  }

  /** Whether {@code ref.type()} names {@code type}: its qualified or binary name, or its simple name. */
  private boolean names(TypeElement type) {
    String wanted = ref.type();
    return type.getQualifiedName().contentEquals(wanted)
        || processingEnv.getElementUtils().getBinaryName(type).contentEquals(wanted)
        || (!wanted.contains(".") && type.getSimpleName().contentEquals(wanted));
  }

  private static boolean isAsync(ExecutableElement m) {
    for (AnnotationMirror a : m.getAnnotationMirrors()) {
      if (((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().contentEquals(ASYNC)) {
        return true;
      }
    }
    return false;
  }
}
