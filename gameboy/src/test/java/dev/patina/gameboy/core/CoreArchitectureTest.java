package dev.patina.gameboy.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The core is Patina's {@code no_std}: it must run wherever a host can hand it a ROM, so it uses
 * nothing of the JDK that assumes a desktop, a file system or threads, and nothing of the hosts.
 */
class CoreArchitectureTest {

  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.patina.gameboy.core");
    org.assertj.core.api.Assertions.assertThat(core.contain(dev.patina.gameboy.core.cpu.Cpu.class)).isTrue();
  }

  @Test
  void noWindowsOrSound() {
    ArchRule rule = noClasses().that().resideInAPackage("dev.patina.gameboy.core..")
        .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.swing..", "javax.sound..", "javax.imageio..");
    rule.check(core);
  }

  @Test
  void noFilesOrStreams() {
    ArchRule rule = noClasses().that().resideInAPackage("dev.patina.gameboy.core..")
        .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.nio.channels..", "java.net..");
    rule.check(core);
  }

  @Test
  void noThreads() {
    ArchRule rule = noClasses().that().resideInAPackage("dev.patina.gameboy.core..")
        .should().dependOnClassesThat().resideInAnyPackage("java.util.concurrent..")
        .orShould().dependOnClassesThat().areAssignableTo(Thread.class)
        .orShould().dependOnClassesThat().areAssignableTo(Runnable.class);
    rule.check(core);
  }

  @Test
  void noHostsAndNothingOutsideTheJdkButPatinasAnnotations() {
    ArchRule rule = noClasses().that().resideInAPackage("dev.patina.gameboy.core..")
        .should().dependOnClassesThat().resideOutsideOfPackages(
            "dev.patina.gameboy.core..", "java.lang..", "java.util..", "java.nio", "java.math..",
            "dev.patina.units..", "dev.patina.typestate..", "dev.patina.ownership..", "dev.patina.checkers.units.qual..");
    rule.check(core);
  }
}
