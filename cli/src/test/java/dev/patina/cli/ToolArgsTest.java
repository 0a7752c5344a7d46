package dev.patina.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ToolArgsTest {

  @Test
  void javacPathOptionsAreTakenOutAnywhere() {
    ToolArgs t = ToolArgs.forJavac(List.of(
        "-d", "out", "-cp", "a.jar:b.jar", "A.java", "--class-path=c.jar", "-processor", "x.P,y.Q",
        "--processor-path", "p.jar", "-Xlint"));
    assertThat(t.classpath()).containsExactly("a.jar", "b.jar", "c.jar");
    assertThat(t.processors()).containsExactly("x.P", "y.Q");
    assertThat(t.processorPath()).containsExactly("p.jar");
    assertThat(t.rest()).containsExactly("-d", "out", "A.java", "-Xlint");
  }

  @Test
  void javaStopsAtTheMainClass() {
    ToolArgs t = ToolArgs.forJava(List.of(
        "--add-opens", "java.base/java.lang=ALL-UNNAMED", "-classpath", "app.jar", "app.Main", "-cp", "theirs"));
    assertThat(t.classpath()).containsExactly("app.jar");
    assertThat(t.rest()).containsExactly("--add-opens", "java.base/java.lang=ALL-UNNAMED", "app.Main", "-cp", "theirs");
  }
}
