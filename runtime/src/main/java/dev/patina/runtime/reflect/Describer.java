package dev.patina.runtime.reflect;

import java.util.List;
import java.util.stream.Collectors;

/** Renders a {@link TypeInfo} as a plain-text table, for people. */
final class Describer {
  private Describer() {}

  static String describe(TypeInfo<?> info) {
    Meta.Type t = info.type();
    StringBuilder b = new StringBuilder();
    b.append(words(t.annotations().stream().map(Object::toString).toList()))
        .append(words(t.modifiers()))
        .append(t.kind().name().toLowerCase(java.util.Locale.ROOT)).append(' ').append(t.name());
    if (!t.typeParameters().isEmpty()) {
      b.append(t.typeParameters().stream().map(Object::toString).collect(Collectors.joining(", ", "<", ">")));
    }
    b.append('\n');
    if (t.superclass() != null) {
      b.append("  extends    ").append(t.superclass()).append('\n');
    }
    if (!t.interfaces().isEmpty()) {
      b.append("  implements ").append(String.join(", ", t.interfaces())).append('\n');
    }
    section(b, "enum constants", info.enumConstants());
    section(b, "record components", info.recordComponents().stream()
        .map(c -> words(ann(c.annotations())) + c.type() + " " + c.name()).toList());
    section(b, "fields", info.fields().stream()
        .map(f -> words(ann(f.annotations())) + words(f.modifiers()) + f.type() + " " + f.name() + access(f.accessible()))
        .toList());
    section(b, "constructors", info.constructors().stream()
        .map(c -> words(ann(c.annotations())) + words(c.modifiers()) + simple(t.name()) + params(c.parameters())
            + throwsClause(c.thrownTypes()) + access(c.accessible()))
        .toList());
    section(b, "methods", info.methods().stream()
        .map(m -> words(ann(m.annotations())) + words(m.modifiers())
            + (m.typeParameters().isEmpty() ? "" : m.typeParameters().stream().map(Object::toString)
                .collect(Collectors.joining(", ", "<", "> ")))
            + m.returnType() + " " + m.name() + params(m.parameters()) + throwsClause(m.thrownTypes())
            + (m.defaultValue() == null ? "" : " default " + m.defaultValue()) + access(m.accessible()))
        .toList());
    return b.toString();
  }

  private static void section(StringBuilder b, String title, List<String> rows) {
    if (rows.isEmpty()) {
      return;
    }
    b.append("  ").append(title).append(" (").append(rows.size()).append(")\n");
    rows.forEach(r -> b.append("    ").append(r).append('\n'));
  }

  private static List<String> ann(List<Meta.Annotation> as) {
    return as.stream().map(Object::toString).toList();
  }

  private static String words(List<String> ws) {
    return ws.isEmpty() ? "" : String.join(" ", ws) + " ";
  }

  private static String params(List<Meta.Parameter> ps) {
    return ps.stream().map(p -> words(ann(p.annotations())) + p.type() + " " + p.name())
        .collect(Collectors.joining(", ", "(", ")"));
  }

  private static String throwsClause(List<String> thrown) {
    return thrown.isEmpty() ? "" : " throws " + String.join(", ", thrown);
  }

  private static String access(boolean accessible) {
    return accessible ? "" : "   [not accessible]";
  }

  private static String simple(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.substring(dot + 1);
  }
}
