package dev.patina.processors.async;

import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;

/** The names of the runtime's classes and methods that rewritten code uses, as the JVM spells them. */
final class RuntimeNames {

  static final String ASYNC = "Ldev/patina/async/Async;";
  static final String FUTURE = "dev/patina/runtime/future/Future";
  static final String CONTEXT = "dev/patina/runtime/future/Context";
  static final String POLL = "dev/patina/runtime/future/Poll";
  static final String AWAIT = "dev/patina/runtime/async/Await";
  static final String MACHINE = "dev/patina/runtime/async/AsyncStateMachine";
  static final String OBJECT = "java/lang/Object";

  static final String FUTURE_DESC = "L" + FUTURE + ";";
  static final String CONTEXT_DESC = "L" + CONTEXT + ";";
  static final String POLL_DESC = "L" + POLL + ";";
  static final String OBJECT_DESC = "L" + OBJECT + ";";
  static final String AWAIT_DESC = "(" + FUTURE_DESC + ")" + OBJECT_DESC;
  static final String COMPLETED_DESC = "(" + OBJECT_DESC + ")" + FUTURE_DESC;
  static final Type OBJECT_TYPE = Type.getObjectType(OBJECT);

  private RuntimeNames() {}

  /** Whether {@code insn} is a call of {@code Await.await(Future)}. */
  static boolean isAwait(AbstractInsnNode insn) {
    return insn instanceof MethodInsnNode call && call.owner.equals(AWAIT) && call.name.equals("await")
        && call.desc.equals(AWAIT_DESC);
  }

  /** Whether {@code insn} is a call of {@code Await.completed(Object)}. */
  static boolean isCompleted(AbstractInsnNode insn) {
    return insn instanceof MethodInsnNode call && call.owner.equals(AWAIT) && call.name.equals("completed")
        && call.desc.equals(COMPLETED_DESC);
  }
}
