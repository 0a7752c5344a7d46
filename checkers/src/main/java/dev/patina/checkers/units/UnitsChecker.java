package dev.patina.checkers.units;

import com.sun.source.util.TreePath;
import dev.patina.checkers.diagnostics.SiblingErrors;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import javax.lang.model.element.TypeElement;
import org.checkerframework.common.basetype.BaseTypeChecker;
import org.checkerframework.common.basetype.BaseTypeVisitor;
import org.checkerframework.framework.source.SupportedOptions;

/**
 * The units-of-measure checker: numbers annotated {@code @Unit("m/s")} carry their unit at compile
 * time, products and quotients get their unit inferred, and sums, comparisons, assignments,
 * arguments and returns must agree in dimension and scale. Nothing changes at run time.
 *
 * <p>Run it as an annotation processor: {@code -processor
 * dev.patina.checkers.units.UnitsChecker}. Diagnostics carry the codes U0001 to U0005 of {@code
 * docs/checkers/units.md}; {@code @SuppressWarnings("units")} or {@code
 * @SuppressWarnings("units:U0002")} silences them.
 *
 * <p>Classes that mention no unit are skipped after one scan of their trees; {@code
 * -AunitsCheckAll} analyses them anyway (to measure the full cost, or to test the checker on code
 * without units).
 */
@SupportedOptions({"unitsCheckAll"})
public final class UnitsChecker extends BaseTypeChecker {

  private Map<String, String> options;
  private Map<String, String> seen;

  /**
   * The options as this checker reads them: {@code -AignorejdkAstub} on by default, since the
   * Checker Framework's annotated JDK carries no Patina units and parsing it was most of the
   * checker's cost on code without units ({@code Math} and the library rules are built in); and
   * without {@code -Astubs}, which names the ownership checker's stub files when both run in one
   * javac (this checker reads no stub files).
   */
  @Override
  public Map<String, String> getOptions() {
    Map<String, String> given = super.getOptions();
    if (options == null || !given.equals(seen)) {
      Map<String, String> all = new HashMap<>(given);
      all.putIfAbsent("ignorejdkastub", "");
      all.remove("stubs");
      seen = new HashMap<>(given);
      options = Collections.unmodifiableMap(all);
    }
    return options;
  }

  @Override
  public void typeProcess(TypeElement element, TreePath path) {
    // another Patina checker's errors are not javac's: they must not stop this one (nor its, them)
    SiblingErrors.typeProcess(this, processingEnv, () -> super.typeProcess(element, path));
  }

  @Override
  protected BaseTypeVisitor<?> createSourceVisitor() {
    return new UnitsVisitor(this);
  }

  /** A message text from {@code messages.properties} that is not itself a diagnostic (help lines). */
  String text(String key) {
    String text = messagesProperties.getProperty(key);
    return text != null ? text : key;
  }
}
