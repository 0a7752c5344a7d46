package dev.patina.processors.async;

import com.google.auto.service.AutoService;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * The async rewriter, Patina's javac plugin for {@code @Async} methods: on the annotation processor
 * path, it waits for javac to write each class that declares one, and rewrites that class file
 * into the stub, body method and state machine class {@link Lowering} describes. It runs inside
 * the user's javac with no build step of its own, and generates no source.
 *
 * <p>It works on bytecode rather than source because javac has already done what a source rewrite
 * would have to redo — desugaring, definite assignment, the inlined copies of each {@code finally},
 * the exact evaluation order of {@code await} inside an expression — and the operand stack at each
 * {@code await} is a precise record of what is live there. EA Async and Kotlin's coroutines lower
 * suspension points at the same level.
 */
@AutoService(Processor.class)
public final class AsyncProcessor extends AbstractProcessor {

  private static final String ASYNC = "dev.patina.async.Async";

  private final Consumer<MachinePlan> plans;
  /** Binary name of each class with @Async methods, to the methods, for diagnostics. */
  private final Map<String, List<ExecutableElement>> pending = new HashMap<>();
  /** Where each pending method is in its source, for errors found after code generation. */
  private final Map<ExecutableElement, SourceSite> sites = new HashMap<>();
  private ClassFiles files;
  private boolean attached;

  /** The processor as javac's service loader makes it. */
  public AsyncProcessor() {
    this(plan -> {});
  }

  /** A processor that also hands what it generates for each method to {@code plans} ({@code patina expand}). */
  public AsyncProcessor(Consumer<MachinePlan> plans) {
    this.plans = plans;
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(ASYNC);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    files = new ClassFiles(env.getFiler());
    try {
      JavacTask.instance(env).addTaskListener(new TaskListener() {
        @Override
        public void finished(TaskEvent event) {
          if (event.getKind() == TaskEvent.Kind.GENERATE && event.getTypeElement() != null) {
            generated(event.getTypeElement());
          }
        }
      });
      attached = true;
    } catch (IllegalArgumentException | IllegalStateException e) { // not javac's own environment (an IDE's wrapper)
      attached = false;
    }
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    TypeElement async = processingEnv.getElementUtils().getTypeElement(ASYNC);
    if (async == null) {
      return false;
    }
    for (Element element : round.getElementsAnnotatedWith(async)) {
      if (element.getKind() != ElementKind.METHOD || !(element.getEnclosingElement() instanceof TypeElement type)) {
        continue;
      }
      if (!attached) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "the @Async method " + element.getSimpleName()
            + " cannot be rewritten: Patina's async rewriter runs only inside javac's own compiler API, not in"
            + " this compiler's annotation processing", element);
        continue;
      }
      String binary = processingEnv.getElementUtils().getBinaryName(type).toString();
      ExecutableElement method = (ExecutableElement) element;
      pending.computeIfAbsent(binary, b -> new java.util.ArrayList<>()).add(method);
      SourceSite site = SourceSite.of(Trees.instance(processingEnv), method);
      if (site != null) {
        sites.put(method, site);
      }
    }
    return false;
  }

  private void generated(TypeElement type) {
    String binary = processingEnv.getElementUtils().getBinaryName(type).toString();
    List<ExecutableElement> methods = pending.remove(binary);
    if (methods == null) {
      return;
    }
    try {
      rewrite(type, binary, methods);
    } finally {
      methods.forEach(sites::remove);
    }
  }

  private void rewrite(TypeElement type, String binary, List<ExecutableElement> methods) {
    try {
      byte[] original = files.read(binary);
      ClassRewriter.Output output = ClassRewriter.rewrite(original,
          new ElementsHierarchy(processingEnv.getElementUtils()).orElse(new ClassOutputHierarchy(files)),
          new ElementSignatures(methods, processingEnv.getTypeUtils()));
      for (ClassRewriter.Failure failure : output.failures()) {
        report(methods, failure);
      }
      if (output.owner() == null) {
        return;
      }
      for (Map.Entry<String, byte[]> machine : output.machines().entrySet()) {
        files.write(binary, machine.getKey().replace('/', '.'), machine.getValue());
      }
      files.write(binary, binary, output.owner());
      output.plans().forEach(plans);
    } catch (IOException | RuntimeException | LinkageError | StackOverflowError e) {
      // the rewriter must never take javac down: the failure becomes an error on the class
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "Patina's async rewriter failed on "
          + binary + " and did not rewrite its @Async methods: " + e, type);
    }
  }

  private void report(List<ExecutableElement> methods, ClassRewriter.Failure failure) {
    ExecutableElement at = methods.stream().filter(m -> m.getSimpleName().contentEquals(failure.method()))
        .findFirst().orElse(methods.getFirst());
    RewriteException cause = failure.cause();
    String help = cause.help() == null ? "" : "\n  help: " + cause.help();
    String message = "cannot rewrite @Async method " + failure.method() + ": " + cause.getMessage() + help;
    SourceSite site = sites.get(at);
    if (site != null) {
      site.report(Diagnostic.Kind.ERROR, message, cause.line());
    } else {
      String line = cause.line() > 0 ? " (line " + cause.line() + ")" : "";
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message.replaceFirst(": ", line + ": "), at);
    }
  }
}
