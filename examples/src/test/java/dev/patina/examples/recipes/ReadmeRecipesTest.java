package dev.patina.examples.recipes;

import static dev.patina.examples.PatinaCheckout.builtJar;
import static dev.patina.examples.PatinaCheckout.property;
import static dev.patina.examples.PatinaCheckout.read;
import static dev.patina.examples.PatinaCheckout.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.patina.examples.PatinaCheckout;
import dev.patina.examples.PatinaCheckout.Run;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds a tiny project with a use after move in each of the ways the README tells users to, and
 * checks that the ownership checker stops the build with {@code [P0382]}.
 *
 * <p>The recipes are not copied here: each is the fenced block that follows a {@code <!--
 * recipe:NAME -->} marker in README.md, so the README cannot drift from what is tested. The versions
 * the README names must be those of Patina's pom.xml ({@code <version>} and {@code
 * <checkerframework.version>}), which examples/pom.xml hands in as system properties; the README
 * says so in a comment next to the recipes.
 *
 * <p>Like a user who ran {@code mvn install}, the test first installs the parent pom and the
 * patina-annotations and patina-checkers jars of this build into the local Maven repository, the
 * same one the surrounding build uses.
 */
class ReadmeRecipesTest {

  /** The version of maven-install-plugin that Patina's pom.xml pins. */
  private static final String INSTALL_PLUGIN = "org.apache.maven.plugins:maven-install-plugin:3.1.4";

  private static final String SAMPLE_PATH = "src/main/java/com/example/UseAfterMove.java";

  private static final String SAMPLE =
      """
      package com.example;

      import dev.patina.ownership.Consume;
      import dev.patina.ownership.Linear;
      import dev.patina.ownership.Owned;

      @Linear
      final class Page {
        @Consume
        void free() {}
      }

      public final class UseAfterMove {
        static void keep(@Owned Page page) {
          page.free();
        }

        static void run() {
          Page page = new Page();
          keep(page);
          page.free();
        }
      }
      """;

  /** The same program without the use after move: the recipes must compile it. */
  private static final String FIXED = SAMPLE.replace("    keep(page);\n    page.free();\n", "    keep(page);\n");

  private static Path home;
  private static String readme;
  private static String patinaVersion;
  private static String checkerFrameworkVersion;
  private static Path localRepo;

  @BeforeAll
  static void installPatina(@TempDir Path scratch) throws Exception {
    home = PatinaCheckout.home();
    readme = Files.readString(home.resolve("README.md"), StandardCharsets.UTF_8);
    patinaVersion = PatinaCheckout.version();
    checkerFrameworkVersion = property("patina.checkerframework.version");
    localRepo = Path.of(property("patina.maven.repo.local")).toAbsolutePath();

    Path annotationsJar = builtJar("annotations", "patina-annotations");
    Path checkersJar = builtJar("checkers", "patina-checkers");
    installFile(scratch, home.resolve("pom.xml"), home.resolve("pom.xml"));
    installFile(scratch, annotationsJar, home.resolve("annotations/pom.xml"));
    installFile(scratch, checkersJar, home.resolve("checkers/pom.xml"));
    installFile(scratch, builtJar("processors", "patina-processors"), home.resolve("processors/pom.xml"));
    installFile(scratch, builtJar("runtime", "patina-runtime"), home.resolve("runtime/pom.xml"));
  }

  @Test
  void readmeNamesTheVersionsOfThisBuild() {
    // every dev.patina artifact the README names, in the pom recipe and the Gradle snippet
    List<String> patina = new ArrayList<>();
    Matcher pom = Pattern.compile("<artifactId>patina-[a-z]+</artifactId>\\s*<version>([^<]+)</version>").matcher(readme);
    while (pom.find()) {
      patina.add(pom.group(1));
    }
    Matcher gradle = Pattern.compile("dev\\.patina:patina-[a-z]+:([^\"\\s)]+)").matcher(readme);
    while (gradle.find()) {
      patina.add(gradle.group(1));
    }
    assertThat(patina).hasSizeGreaterThanOrEqualTo(4).containsOnly(patinaVersion);

    String javac = recipe("javac");
    assertThat(javac)
        .contains("/checker/" + checkerFrameworkVersion + "/checker-" + checkerFrameworkVersion + ".jar")
        .contains("/checker-qual/" + checkerFrameworkVersion + "/checker-qual-" + checkerFrameworkVersion + ".jar")
        .contains("patina-checkers-" + patinaVersion + ".jar")
        .contains("patina-annotations-" + patinaVersion + ".jar");
    assertThat(readme).contains("org.checkerframework:checker:" + checkerFrameworkVersion);
    // the jvm.config recipe is Patina's own .mvn/jvm.config
    assertThat(lines(recipe("jvm-config"))).isEqualTo(lines(read(home.resolve(".mvn/jvm.config"))));
  }

  @Test
  void mavenRecipeReportsUseAfterMove(@TempDir Path project) throws Exception {
    writeSample(project, SAMPLE);
    Files.writeString(project.resolve("pom.xml"), recipe("maven-pom"));
    Files.createDirectories(project.resolve(".mvn"));
    Files.writeString(project.resolve(".mvn/jvm.config"), recipe("jvm-config"));

    Run run = mvn(project, "-o", "-q", "compile");

    assertThat(run.exitCode()).as(run.output()).isNotZero();
    assertThat(run.output()).contains("[P0382]").contains("use of moved value: `page`");
  }

  @Test
  void mavenRecipeCompilesCorrectCode(@TempDir Path project) throws Exception {
    assertThat(FIXED).isNotEqualTo(SAMPLE);
    writeSample(project, FIXED);
    Files.writeString(project.resolve("pom.xml"), recipe("maven-pom"));
    Files.createDirectories(project.resolve(".mvn"));
    Files.writeString(project.resolve(".mvn/jvm.config"), recipe("jvm-config"));

    Run run = mvn(project, "-o", "-q", "compile");

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(project.resolve("target/classes/com/example/UseAfterMove.class")).isRegularFile();
  }

  @Test
  void mavenRecipeRewritesAsyncMethods(@TempDir Path project) throws Exception {
    Path source = project.resolve("src/main/java/com/example/Prices.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, recipe("async-sample"));
    Files.writeString(project.resolve("pom.xml"), recipe("maven-pom"));
    Files.createDirectories(project.resolve(".mvn"));
    Files.writeString(project.resolve(".mvn/jvm.config"), recipe("jvm-config"));

    Run build = mvn(project, "-o", "-q", "compile");

    assertThat(build.exitCode()).as(build.output()).isZero();
    assertThat(project.resolve("target/classes/com/example/Prices$total$Async.class")).isRegularFile();
    String classPath = String.join(File.pathSeparator, project.resolve("target/classes").toString(),
        builtJar("runtime", "patina-runtime").toString(), builtJar("annotations", "patina-annotations").toString());
    Run main = run(project, List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        classPath, "com.example.Prices"));
    assertThat(main.exitCode()).as(main.output()).isZero();
    assertThat(main.output()).contains("total = 100");
  }

  @Test
  void forkedMavenRecipeReportsUseAfterMove(@TempDir Path project) throws Exception {
    writeSample(project, SAMPLE);
    String configuration = "<artifactId>maven-compiler-plugin</artifactId>";
    String pom = recipe("maven-pom");
    int at = pom.indexOf("<configuration>", pom.indexOf(configuration));
    assertThat(at).as("the pom recipe configures maven-compiler-plugin").isPositive();
    at += "<configuration>".length();
    pom = pom.substring(0, at) + "\n" + recipe("maven-fork") + pom.substring(at);
    Files.writeString(project.resolve("pom.xml"), pom);
    // no .mvn/jvm.config: the -J flags reach the forked javac instead

    Run run = mvn(project, "-o", "-q", "compile");

    assertThat(run.exitCode()).as(run.output()).isNotZero();
    assertThat(run.output()).contains("[P0382]").contains("use of moved value: `page`");
  }

  @Test
  void javacRecipeReportsUseAfterMove(@TempDir Path project) throws Exception {
    writeSample(project, SAMPLE);

    Run run = run(project, List.of("bash", "-e", "-c", javacScript()));

    assertThat(run.exitCode()).as(run.output()).isNotZero();
    assertThat(run.output()).contains("[P0382]").contains("UseAfterMove.java:21");
  }

  @Test
  void javacRecipeCompilesCorrectCode(@TempDir Path project) throws Exception {
    writeSample(project, FIXED);

    Run run = run(project, List.of("bash", "-e", "-c", javacScript()));

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(project.resolve("target/classes/com/example/UseAfterMove.class")).isRegularFile();
  }

  // ---- helpers ------------------------------------------------------------------------------

  /**
   * {@code mvn install:install-file}, offline first; online only if the install plugin itself is
   * missing (a fresh machine whose build ran {@code verify}, which never needs it).
   */
  private static void installFile(Path cwd, Path file, Path pom) throws Exception {
    String[] args = {"-q", INSTALL_PLUGIN + ":install-file", "-Dfile=" + file, "-DpomFile=" + pom};
    String[] offline = new String[args.length + 1];
    offline[0] = "-o";
    System.arraycopy(args, 0, offline, 1, args.length);
    Run run = mvn(cwd, offline);
    if (run.exitCode() != 0) {
      run = mvn(cwd, args);
    }
    assertThat(run.exitCode()).as("installing %s: %s", file, run.output()).isZero();
  }

  /** The fenced code block after {@code <!-- recipe:NAME -->} in README.md. */
  private static String recipe(String name) {
    Pattern block =
        Pattern.compile("<!-- recipe:" + Pattern.quote(name) + " -->\\s*\\n```[a-z]*\\n(.*?)\\n```", Pattern.DOTALL);
    Matcher m = block.matcher(readme);
    assertThat(m.find()).as("README.md has a fenced block after <!-- recipe:%s -->", name).isTrue();
    return m.group(1) + "\n";
  }

  private static void writeSample(Path project, String text) throws IOException {
    Path source = project.resolve(SAMPLE_PATH);
    Files.createDirectories(source.getParent());
    Files.writeString(source, text);
  }

  /** The README's javac recipe, with M2 pointing at the local repository the build uses. */
  private static String javacScript() {
    String script = recipe("javac");
    Matcher m2 = Pattern.compile("(?m)^M2=.*$").matcher(script);
    assertThat(m2.find()).as("the javac recipe starts by naming the local repository in M2=").isTrue();
    return m2.replaceFirst(Matcher.quoteReplacement("M2='" + localRepo + "'"));
  }

  private static Run mvn(Path cwd, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(findMvn());
    command.add("-B");
    command.add("-Dmaven.repo.local=" + localRepo);
    command.addAll(List.of(args));
    return run(cwd, command);
  }

  private static String findMvn() {
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(File.pathSeparator)) {
        Path mvn = Path.of(dir, "mvn");
        if (Files.isExecutable(mvn)) {
          return mvn.toString();
        }
      }
    }
    Path mvn = Path.of(property("patina.maven.home"), "bin", "mvn");
    assertThat(mvn).as("mvn on PATH or in ${maven.home}/bin").isExecutable();
    return mvn.toString();
  }

  private static List<String> lines(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }
}
