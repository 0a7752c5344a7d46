package dev.patina.checkers.flow;

import com.sun.source.util.TreePath;
import dev.patina.checkers.diagnostics.SiblingErrors;
import javax.lang.model.element.TypeElement;
import org.checkerframework.framework.source.SourceChecker;

/**
 * The base of Patina's flow-sensitive checkers: a {@link SourceChecker} (flow facts of variables,
 * not a qualifier lattice) that coexists with the other Patina checkers in one javac and reads its
 * help lines from its own {@code messages.properties}.
 */
public abstract class FlowChecker extends SourceChecker {

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

  /** A message text from {@code messages.properties} that is not itself a diagnostic (help lines). */
  public String text(String key) {
    String text = messagesProperties.getProperty(key);
    return text != null ? text : key;
  }
}
