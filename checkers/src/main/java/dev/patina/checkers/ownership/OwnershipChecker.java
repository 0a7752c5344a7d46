package dev.patina.checkers.ownership;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic;
import dev.patina.checkers.flow.FlowChecker;
import org.checkerframework.framework.source.SourceChecker;
import org.checkerframework.framework.source.SourceVisitor;
import org.checkerframework.framework.source.SupportedOptions;

/**
 * The ownership checker: Rust's moves, consumption and leak freedom for values of {@code @Linear}
 * and {@code @Affine} types, checked flow-sensitively over each method's control-flow graph.
 *
 * <p>Run it as an annotation processor: {@code -processor
 * dev.patina.checkers.ownership.OwnershipChecker}. Diagnostics carry the codes of {@code
 * docs/checkers/ownership.md}; {@code @SuppressWarnings("ownership")} or {@code
 * @SuppressWarnings("ownership:P1001")} silences them. {@code -Astubs=a.astub:b.astub} adds stub
 * files that give library methods ownership modes.
 *
 * <p>It is a {@link SourceChecker}, not a {@code BaseTypeChecker}: ownership is flow state of
 * variables rather than a qualifier lattice, and code that names no tracked type costs nothing
 * beyond a scan of its trees.
 */
@SupportedOptions({"stubs"})
public final class OwnershipChecker extends FlowChecker {

  @Override
  protected SourceVisitor<?, ?> createSourceVisitor() {
    // called from initChecker, once the processing environment and options are available
    return new OwnershipVisitor(this, new OwnershipTypes(getProcessingEnvironment(), loadStubs()));
  }

  private OwnershipStubs loadStubs() {
    List<Path> userStubs = new ArrayList<>();
    String option = getOption("stubs");
    if (option != null) {
      for (String s : option.split(java.io.File.pathSeparator)) {
        if (!s.isBlank()) {
          userStubs.add(Path.of(s.trim()));
        }
      }
    }
    OwnershipStubs stubs = OwnershipStubs.load(userStubs);
    for (String problem : stubs.problems()) {
      getProcessingEnvironment()
          .getMessager()
          .printMessage(Diagnostic.Kind.ERROR, "[ownership.stubs] cannot read the ownership stub file " + problem);
    }
    return stubs;
  }
}
