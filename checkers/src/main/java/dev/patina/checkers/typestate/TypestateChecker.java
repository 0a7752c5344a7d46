package dev.patina.checkers.typestate;

import dev.patina.checkers.ownership.OwnershipFacts;
import com.sun.source.util.TreePath;
import dev.patina.checkers.diagnostics.SiblingErrors;
import javax.lang.model.element.TypeElement;
import org.checkerframework.framework.source.SourceChecker;
import org.checkerframework.framework.source.SourceVisitor;

/**
 * The typestate checker: which methods of an object may be called in which state, and where it
 * must end, following each {@code @Protocol} object through every method flow-sensitively.
 *
 * <p>Run it as an annotation processor: {@code -processor
 * dev.patina.checkers.typestate.TypestateChecker}. Diagnostics carry the codes T0001 to T0006 of
 * {@code docs/checkers/typestate.md}; {@code @SuppressWarnings("typestate")} or {@code
 * @SuppressWarnings("typestate:T0005")} silences them.
 *
 * <p>It is a {@link SourceChecker} with its own analysis on the Checker Framework's CFG, like the
 * ownership checker: states are flow facts of variables, not qualifiers, and code that names no
 * protocol type costs one scan of its trees.
 */
public final class TypestateChecker extends SourceChecker {

  private Protocols protocols;

  @Override
  public void initChecker() {
    super.initChecker();
    // SourceChecker.setRoot clears this cache, but only BaseTypeChecker's set-up creates it
    getTreePathCacher();
  }

  @Override
  public void typeProcess(TypeElement element, TreePath path) {
    // another Patina checker's errors are not javac's: they must not stop this one
    SiblingErrors.typeProcess(this, processingEnv, () -> super.typeProcess(element, path));
  }

  @Override
  protected SourceVisitor<?, ?> createSourceVisitor() {
    protocols = new Protocols(getProcessingEnvironment());
    return new TypestateVisitor(this, protocols, OwnershipFacts.of(getProcessingEnvironment()));
  }

  Protocols protocols() {
    return protocols;
  }

  /** A message text from {@code messages.properties} that is not itself a diagnostic (help lines). */
  String text(String key) {
    String text = messagesProperties.getProperty(key);
    return text != null ? text : key;
  }
}
