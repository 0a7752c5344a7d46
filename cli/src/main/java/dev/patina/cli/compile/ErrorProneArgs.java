package dev.patina.cli.compile;

import java.util.ArrayList;
import java.util.List;

/**
 * The javac arguments that run Error Prone with Patina's checks and nothing else: its hundreds of
 * built-in checks stay off ({@code -XepDisableAllChecks}), each Patina check is switched on at the
 * severity its {@code @BugPattern} declares. Error Prone itself must be on the processor path.
 */
public final class ErrorProneArgs {

  private ErrorProneArgs() {}

  /** The arguments for the Error Prone checks named {@code checks} ({@code X0001}). */
  public static List<String> of(List<String> checks) {
    StringBuilder plugin = new StringBuilder("-Xplugin:ErrorProne -XepDisableAllChecks");
    for (String check : checks) {
      plugin.append(" -Xep:").append(check);
    }
    List<String> args = new ArrayList<>();
    // Error Prone refuses javac's defaults for both (toolchain.md section 3)
    args.add("-XDcompilePolicy=simple");
    args.add("--should-stop=ifError=FLOW");
    args.add(plugin.toString());
    return args;
  }
}
