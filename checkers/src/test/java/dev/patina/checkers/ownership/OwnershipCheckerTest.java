package dev.patina.checkers.ownership;

import java.io.File;
import java.util.List;
import org.checkerframework.framework.test.CheckerFrameworkPerDirectoryTest;
import org.junit.runners.Parameterized.Parameters;

/**
 * Runs the ownership checker over the annotated sources in {@code checkers/tests/ownership}: every
 * {@code // :: error: [CODE]} comment must be matched by a diagnostic on the next line, and no
 * other diagnostic may appear.
 */
public class OwnershipCheckerTest extends CheckerFrameworkPerDirectoryTest {

  public OwnershipCheckerTest(List<File> testFiles) {
    super(testFiles, OwnershipChecker.class, "ownership", "-Anomsgtext");
  }

  @Parameters
  public static String[] getTestDirs() {
    return new String[] {"ownership"};
  }
}
