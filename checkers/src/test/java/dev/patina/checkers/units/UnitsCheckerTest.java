package dev.patina.checkers.units;

import java.io.File;
import java.util.List;
import org.checkerframework.framework.test.CheckerFrameworkPerDirectoryTest;
import org.junit.runners.Parameterized.Parameters;

/**
 * Runs the units checker over the annotated sources in {@code checkers/tests/units}: every {@code
 * // :: error: [CODE]} comment must be matched by a diagnostic on the next line, and no other
 * diagnostic may appear.
 */
public class UnitsCheckerTest extends CheckerFrameworkPerDirectoryTest {

  public UnitsCheckerTest(List<File> testFiles) {
    super(testFiles, UnitsChecker.class, "units", "-Anomsgtext");
  }

  @Parameters
  public static String[] getTestDirs() {
    return new String[] {"units"};
  }
}
