package dev.patina.processors.struct;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.patina.derive.Struct;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Generates {@code <Name>Layout} and {@code <Name>View} for every {@code @Struct} record, and
 * reports declarations that have no fixed layout as errors on the offending element.
 */
@AutoService(Processor.class)
public final class StructProcessor extends AbstractProcessor {

  private final Set<String> reported = new HashSet<>();

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(Struct.class.getCanonicalName());
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    StructReader reader = new StructReader(processingEnv.getElementUtils());
    for (Element element : round.getElementsAnnotatedWith(Struct.class)) {
      if (!(element instanceof TypeElement type)) {
        continue;
      }
      try {
        StructModel model = reader.read(type);
        write(model, LayoutGenerator.generate(model, getClass().getName()), type);
        write(model, ViewGenerator.generate(model, getClass().getName()), type);
      } catch (StructError e) {
        report(e.element(), e.render());
      } catch (IOException | RuntimeException | StackOverflowError e) {
        // The processor must never take javac down: whatever failed becomes an error on the record.
        report(type, new StructError(StructReader.INTERNAL, type,
            "Patina's struct processor failed on `" + type.getQualifiedName()
                + "` and generated nothing for it: " + e,
            "if a type named like the generated ones already exists, rename it; otherwise report"
                + " this at Patina's issue tracker with the record's declaration").render());
      }
    }
    return false;
  }

  private void write(StructModel model, TypeSpec spec, TypeElement origin) throws IOException {
    JavaFile.builder(model.packageName(), spec.toBuilder().addOriginatingElement(origin).build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build()
        .writeTo(processingEnv.getFiler());
  }

  private void report(Element element, String text) {
    if (reported.add(element + "\u0000" + text)) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, text, element);
    }
  }
}
