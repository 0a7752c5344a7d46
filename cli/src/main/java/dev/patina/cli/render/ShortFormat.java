package dev.patina.cli.render;

import dev.patina.cli.diagnostic.PatinaDiagnostic;

/** {@code FILE:LINE:COL: error[CODE]: headline}, one line per diagnostic, like rustc's short format. */
public final class ShortFormat implements DiagnosticFormat {

  private final Style style;

  public ShortFormat(Style style) {
    this.style = style;
  }

  @Override
  public String render(PatinaDiagnostic d) {
    StringBuilder out = new StringBuilder();
    if (d.file() != null) {
      out.append(DisplayPaths.show(d.file()));
      if (d.line() > 0) {
        out.append(':').append(d.line()).append(':').append(d.column());
      }
      out.append(": ");
    }
    out.append(style.severity(d.severity(), DiagnosticFormat.kindAndCode(d)));
    out.append(": ").append(d.headline()).append('\n');
    return out.toString();
  }
}
