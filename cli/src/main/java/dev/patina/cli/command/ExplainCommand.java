package dev.patina.cli.command;

import dev.patina.cli.explain.ExplainPages;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code patina explain CODE}: the long explanation of a diagnostic code, like rustc --explain. */
@Command(
    name = "explain",
    header = "Explain a diagnostic code, like rustc --explain.",
    mixinStandardHelpOptions = true,
    description = {
      "Explains a diagnostic code (P0382, ...): what it means, an example that fails, and the fix.",
      "Without a code, lists the codes there are pages for."
    })
public final class ExplainCommand extends PatinaCommand {

  @Parameters(arity = "0..1", paramLabel = "CODE", description = "A code such as P0382.")
  String code;

  @Override
  public Integer call() {
    try {
      Map<String, String> codes = ExplainPages.codes();
      if (code == null) {
        codes.forEach((c, title) -> out().println(c + "  " + title));
        return 0;
      }
      String wanted = code.strip().toUpperCase(Locale.ROOT);
      Optional<String> page = ExplainPages.page(wanted);
      if (page.isEmpty()) {
        throw usage("no explanation for `" + code + "`; known codes: " + String.join(", ", codes.keySet()));
      }
      out().print(page.get());
      out().flush();
      return 0;
    } catch (IOException e) {
      return fail("cannot read the explanations: " + e.getMessage());
    }
  }
}
