package dev.patina.processors.async;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.MethodNode;

/** What makes an {@code @Async} method impossible to rewrite, found before anything is changed. */
final class Checks {

  private static final String SYNCHRONIZED_HELP = "hold an async lock across the awaits instead:"
      + " dev.patina.runtime.sync.Mutex, whose lock() is a future to await";

  private Checks() {}

  static void supported(MethodNode method) throws RewriteException {
    int start = MachineLayout.lineOf(method, 0);
    if (!Type.getReturnType(method.desc).getDescriptor().equals(RuntimeNames.FUTURE_DESC)) {
      throw new RewriteException("an @Async method must return dev.patina.runtime.future.Future, not "
          + Type.getReturnType(method.desc).getClassName(), start,
          "declare the result as Future<T> and return completed(value)");
    }
    if ((method.access & Opcodes.ACC_SYNCHRONIZED) != 0) {
      throw new RewriteException("an @Async method cannot be synchronized: its body runs in several polls, on"
          + " whichever thread polls it, so a monitor cannot be held from one to the next", start,
          SYNCHRONIZED_HELP);
    }
    for (int i = 0; i < method.instructions.size(); i++) {
      AbstractInsnNode insn = method.instructions.get(i);
      if (insn.getOpcode() == Opcodes.MONITORENTER) {
        throw new RewriteException("`synchronized` in an @Async method: a monitor is held by a thread, and the"
            + " body may suspend and resume on another one", MachineLayout.lineOf(method, i), SYNCHRONIZED_HELP);
      }
      if (insn.getOpcode() == Opcodes.JSR) {
        throw new RewriteException("the method uses jsr/ret subroutines, which the rewriter does not support",
            MachineLayout.lineOf(method, i), "compile it with a target of Java 7 or later");
      }
    }
  }
}
