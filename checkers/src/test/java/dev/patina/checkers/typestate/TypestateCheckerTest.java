package dev.patina.checkers.typestate;

import java.io.File;
import java.util.List;
import org.checkerframework.framework.test.CheckerFrameworkPerDirectoryTest;
import org.junit.runners.Parameterized.Parameters;

/**
 * Runs the typestate checker over the annotated sources in {@code checkers/tests/typestate}: every
 * {@code // :: error: [CODE]} or {@code // :: warning: [T0005]} comment must be matched by a
 * diagnostic on the next line, and no other diagnostic may appear.
 */
public class TypestateCheckerTest extends CheckerFrameworkPerDirectoryTest {

  public TypestateCheckerTest(List<File> testFiles) {
    super(testFiles, TypestateChecker.class, "typestate", "-Anomsgtext");
  }

  @Parameters
  public static String[] getTestDirs() {
    return new String[] {"typestate"};
  }
}
