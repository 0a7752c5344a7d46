package dev.patina.processors.struct;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;

/** The {@code @javax.annotation.processing.Generated} marker on every generated class. */
final class Generated {

  private Generated() {}

  static AnnotationSpec annotation(String processorName) {
    return AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
        .addMember("value", "$S", processorName)
        .build();
  }
}
