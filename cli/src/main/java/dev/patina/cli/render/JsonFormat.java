package dev.patina.cli.render;

import dev.patina.cli.diagnostic.PatinaDiagnostic;
import dev.patina.cli.diagnostic.PatinaDiagnostic.Related;
import java.util.ArrayList;
import java.util.List;

/**
 * One JSON object per line: {@code file, line, column, code, severity, message, related, notes,
 * help}. {@code file} and {@code code} are null when there is none; positions are 1-based, 0 when
 * unknown.
 */
public final class JsonFormat implements DiagnosticFormat {

  /**
   * A related place's file as the same kind of path as the diagnostic's own: the checker names only
   * the file (related places are in the diagnostic's file), which would be ambiguous across
   * directories.
   */
  private static String relatedPath(PatinaDiagnostic d, Related r) {
    if (d.file() != null && d.file().getFileName() != null && d.file().getFileName().toString().equals(r.file())) {
      return DisplayPaths.show(d.file());
    }
    return r.file();
  }

  @Override
  public String render(PatinaDiagnostic d) {
    List<String> related = new ArrayList<>();
    for (Related r : d.related()) {
      related.add("{\"file\":" + Json.string(relatedPath(d, r)) + ",\"line\":" + r.line() + ",\"column\":" + r.column()
          + ",\"label\":" + Json.string(r.label()) + "}");
    }
    return "{\"file\":" + Json.string(d.file() == null ? null : DisplayPaths.show(d.file()))
        + ",\"line\":" + d.line()
        + ",\"column\":" + d.column()
        + ",\"code\":" + Json.string(d.code())
        + ",\"severity\":" + Json.string(d.severity().label())
        + ",\"message\":" + Json.string(d.headline())
        + ",\"related\":[" + String.join(",", related) + "]"
        + ",\"notes\":" + Json.strings(d.notes())
        + ",\"help\":" + Json.strings(d.helps())
        + "}\n";
  }
}
