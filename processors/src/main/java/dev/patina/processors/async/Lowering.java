package dev.patina.processors.async;

import static org.objectweb.asm.Opcodes.*;

import dev.patina.processors.async.MachineLayout.Saved;
import dev.patina.processors.async.MachineLayout.State;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LocalVariableNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.AnalyzerException;

/**
 * Lowers one {@code @Async} method into a state machine, in place in its class: the method becomes
 * a stub that allocates the machine and stores the arguments, its code moves into a static body
 * method that the machine calls at each poll, and the machine's class is generated.
 *
 * <p>The body method is the original code with its locals moved up two slots (slot 0 is the
 * machine, slot 1 the poll's context) and three changes: a dispatch in front that loads back what
 * the state it resumes at saved and jumps there; each {@code await(f)} replaced by a poll of {@code
 * f} that, when pending, saves the live stack and locals and returns; each return of {@code
 * completed(v)} replaced by a return of {@code v}. Exception tables are kept, so a failure thrown
 * at an {@code await} reaches the {@code catch} around it.
 */
final class Lowering {

  /** What lowering one method produced. */
  record Result(MethodNode stub, MethodNode body, ClassNode machine, MachineLayout layout, FlowGraph graph,
      List<Integer> awaits) {}

  private static final int MACHINE_SLOT = 0;
  private static final int CONTEXT_SLOT = 1;
  private static final int SHIFT = 2;

  private final ClassNode owner;
  private final MethodNode method;
  private final String machine;
  private final String bodyName;
  private final boolean ownerIsInterface;
  private int tempBase;
  private int tempTop;

  private Lowering(ClassNode owner, MethodNode method, String machine, String bodyName) {
    this.owner = owner;
    this.method = method;
    this.machine = machine;
    this.bodyName = bodyName;
    this.ownerIsInterface = (owner.access & ACC_INTERFACE) != 0;
  }

  /**
   * Lowers {@code method} of {@code owner} into a machine class named {@code machine} (internal
   * name) and a body method named {@code bodyName}; {@code method} itself becomes the body.
   */
  static Result lower(ClassNode owner, MethodNode method, String machine, String bodyName, Hierarchy hierarchy)
      throws RewriteException {
    Checks.supported(method);
    NewRelocation.apply(method);
    FlowGraph graph;
    try {
      graph = FlowGraph.of(owner.name, method, new HierarchyVerifier(hierarchy, Type.getObjectType(owner.name),
          owner.superName == null ? null : Type.getObjectType(owner.superName), (owner.access & ACC_INTERFACE) != 0));
    } catch (AnalyzerException e) {
      throw new RewriteException("the rewriter could not type the method's bytecode: " + e.getMessage(),
          MachineLayout.lineOf(method, 0), null);
    }
    List<Integer> awaits = new ArrayList<>();
    for (int i = 0; i < method.instructions.size(); i++) {
      if (RuntimeNames.isAwait(method.instructions.get(i)) && graph.frame(i) != null) {
        awaits.add(i);
      }
    }
    MachineLayout layout = MachineLayout.of(method, graph, Liveness.of(method.instructions, graph), awaits);
    Lowering lowering = new Lowering(owner, method, machine, bodyName);
    MethodNode stub = lowering.stub(layout.states().getFirst());
    lowering.body(layout);
    return new Result(stub, method, MachineClass.of(owner, machine, bodyName, layout), layout, graph, awaits);
  }

  /** The method as callers see it: allocate the machine, store the live arguments, return it. */
  private MethodNode stub(State start) {
    MethodNode stub = new MethodNode(method.access, method.name, method.desc, method.signature,
        method.exceptions.toArray(String[]::new));
    stub.visibleAnnotations = method.visibleAnnotations;
    stub.invisibleAnnotations = method.invisibleAnnotations;
    stub.visibleParameterAnnotations = method.visibleParameterAnnotations;
    stub.invisibleParameterAnnotations = method.invisibleParameterAnnotations;
    stub.visibleAnnotableParameterCount = method.visibleAnnotableParameterCount;
    stub.invisibleAnnotableParameterCount = method.invisibleAnnotableParameterCount;
    stub.visibleTypeAnnotations = method.visibleTypeAnnotations;
    stub.invisibleTypeAnnotations = method.invisibleTypeAnnotations;
    stub.parameters = method.parameters;
    int argSlots = Type.getArgumentsAndReturnSizes(method.desc) >> 2;
    if ((method.access & ACC_STATIC) != 0) {
      argSlots--;
    }
    InsnList code = stub.instructions;
    LabelNode begin = new LabelNode();
    LabelNode end = new LabelNode();
    code.add(begin);
    int line = start.line();
    if (line > 0) {
      code.add(new org.objectweb.asm.tree.LineNumberNode(line, begin));
    }
    code.add(new TypeInsnNode(NEW, machine));
    code.add(new InsnNode(DUP));
    code.add(new MethodInsnNode(INVOKESPECIAL, machine, "<init>", "()V", false));
    code.add(new VarInsnNode(ASTORE, argSlots));
    for (Saved arg : start.locals()) {
      if (!arg.isNullConstant()) {
        code.add(new VarInsnNode(ALOAD, argSlots));
        code.add(new VarInsnNode(arg.type().getOpcode(ILOAD), arg.slot()));
        code.add(new FieldInsnNode(PUTFIELD, machine, arg.field(), arg.fieldDescriptor()));
      }
    }
    code.add(new VarInsnNode(ALOAD, argSlots));
    code.add(new InsnNode(ARETURN));
    code.add(end);
    stub.localVariables = new ArrayList<>();
    if (method.localVariables != null) {
      int first = MachineLayout.firstReal(method);
      for (LocalVariableNode local : method.localVariables) {
        if (local.index < argSlots && method.instructions.indexOf(local.start) <= first) {
          stub.localVariables.add(new LocalVariableNode(local.name, local.desc, local.signature, begin, end,
              local.index));
        }
      }
    }
    return stub;
  }

  /** Turns {@code method} into the static body method. */
  private void body(MachineLayout layout) {
    List<State> states = layout.states();
    AbstractInsnNode[] awaitCalls = new AbstractInsnNode[states.size()];
    for (State state : states.subList(1, states.size())) {
      awaitCalls[state.number()] = method.instructions.get(state.insn());
    }
    List<AbstractInsnNode> returns = new ArrayList<>();
    for (AbstractInsnNode insn : method.instructions) {
      if (insn.getOpcode() == ARETURN) {
        returns.add(insn);
      }
    }
    shiftLocals();
    tempBase = method.maxLocals + SHIFT;
    tempTop = tempBase;
    LabelNode[] resumeAt = new LabelNode[states.size()];
    for (State state : states.subList(1, states.size())) {
      resumeAt[state.number()] = await(state, awaitCalls[state.number()]);
    }
    returns.forEach(this::rewriteReturn);
    method.instructions.insert(dispatch(states, resumeAt));
    method.name = bodyName;
    method.desc = "(L" + machine + ";" + RuntimeNames.CONTEXT_DESC + ")" + RuntimeNames.OBJECT_DESC;
    method.access = ACC_STATIC | ACC_SYNTHETIC | (ownerIsInterface ? ACC_PUBLIC : 0);
    method.signature = null;
    method.exceptions = new ArrayList<>();
    method.parameters = null;
    method.visibleAnnotations = null;
    method.invisibleAnnotations = null;
    method.visibleParameterAnnotations = null;
    method.invisibleParameterAnnotations = null;
    method.visibleAnnotableParameterCount = 0;
    method.invisibleAnnotableParameterCount = 0;
    method.visibleTypeAnnotations = null;
    method.invisibleTypeAnnotations = null;
    method.visibleLocalVariableAnnotations = null;
    method.invisibleLocalVariableAnnotations = null;
    method.tryCatchBlocks.forEach(t -> {
      t.visibleTypeAnnotations = null;
      t.invisibleTypeAnnotations = null;
    });
    for (AbstractInsnNode insn : method.instructions) {
      insn.visibleTypeAnnotations = null;
      insn.invisibleTypeAnnotations = null;
    }
    method.maxLocals = tempTop;
  }

  private void shiftLocals() {
    for (AbstractInsnNode insn : method.instructions) {
      if (insn instanceof VarInsnNode v) {
        v.var += SHIFT;
      } else if (insn instanceof IincInsnNode inc) {
        inc.var += SHIFT;
      }
    }
    if (method.localVariables != null) {
      method.localVariables.forEach(l -> l.index += SHIFT);
    }
  }

  /**
   * Replaces the call {@code await(f)} of {@code state}: a first poll of {@code f} and, if it is
   * pending, a suspension. Returns the label a resumed body jumps to, where the stack below {@code
   * f} and the live locals are as they were at the call; the machine enters the body only once
   * {@code f} is done, so there the body takes its value (or has its failure thrown) and goes on.
   */
  private LabelNode await(State state, AbstractInsnNode call) {
    InsnList code = firstPoll();
    LabelNode resume = new LabelNode();
    LabelNode ready = new LabelNode();
    code.add(new InsnNode(DUP));
    code.add(new FieldInsnNode(GETSTATIC, RuntimeNames.MACHINE, "PENDING", RuntimeNames.OBJECT_DESC));
    code.add(new JumpInsnNode(IF_ACMPNE, ready));
    code.add(new InsnNode(POP));
    code.add(suspend(state));
    code.add(resume);
    code.add(new VarInsnNode(ALOAD, MACHINE_SLOT));
    code.add(new MethodInsnNode(INVOKEVIRTUAL, machine, "resumed", "()" + RuntimeNames.OBJECT_DESC, false));
    code.add(ready);
    method.instructions.insert(call, code);
    method.instructions.remove(call);
    return resume;
  }

  /**
   * Polls the future on top of the stack, leaving its value or {@code PENDING} there. An awaited
   * machine is stepped by the runtime; any other future is polled here, at the {@code await}
   * itself, so that the JIT profiles (and can inline) each await's {@code poll} on its own rather
   * than one shared call site for every future of the program.
   */
  private InsnList firstPoll() {
    int future = tempBase;
    InsnList code = new InsnList();
    LabelNode other = new LabelNode();
    LabelNode polled = new LabelNode();
    code.add(new VarInsnNode(ASTORE, future));
    code.add(new VarInsnNode(ALOAD, future));
    code.add(new TypeInsnNode(INSTANCEOF, RuntimeNames.MACHINE));
    code.add(new JumpInsnNode(IFEQ, other));
    code.add(new VarInsnNode(ALOAD, MACHINE_SLOT));
    code.add(new VarInsnNode(ALOAD, future));
    code.add(new VarInsnNode(ALOAD, CONTEXT_SLOT));
    code.add(new MethodInsnNode(INVOKEVIRTUAL, machine, "pollFirst",
        "(" + RuntimeNames.FUTURE_DESC + RuntimeNames.CONTEXT_DESC + ")" + RuntimeNames.OBJECT_DESC, false));
    code.add(new JumpInsnNode(GOTO, polled));
    code.add(other);
    code.add(new VarInsnNode(ALOAD, MACHINE_SLOT));
    code.add(new VarInsnNode(ALOAD, future));
    code.add(new MethodInsnNode(INVOKEVIRTUAL, machine, "checkAwait", "(" + RuntimeNames.FUTURE_DESC + ")V", false));
    code.add(new VarInsnNode(ALOAD, MACHINE_SLOT));
    code.add(new VarInsnNode(ALOAD, future));
    code.add(new VarInsnNode(ALOAD, CONTEXT_SLOT));
    code.add(new MethodInsnNode(INVOKEINTERFACE, RuntimeNames.FUTURE, "poll",
        "(" + RuntimeNames.CONTEXT_DESC + ")" + RuntimeNames.POLL_DESC, true));
    code.add(new VarInsnNode(ALOAD, future));
    code.add(new MethodInsnNode(INVOKEVIRTUAL, machine, "firstPolled",
        "(" + RuntimeNames.POLL_DESC + RuntimeNames.FUTURE_DESC + ")" + RuntimeNames.OBJECT_DESC, false));
    code.add(polled);
    return code;
  }

  /** Saves the stack and the live locals of {@code state} into the machine and returns pending. */
  private InsnList suspend(State state) {
    InsnList code = new InsnList();
    List<Saved> stack = state.stack();
    int[] spill = new int[stack.size()];
    int next = tempBase + 1; // tempBase holds the awaited future (firstPoll)
    for (int i = 0; i < stack.size(); i++) {
      spill[i] = next;
      next += stack.get(i).type().getSize();
    }
    tempTop = Math.max(tempTop, next);
    for (int i = stack.size() - 1; i >= 0; i--) {
      Saved entry = stack.get(i);
      if (entry.isNullConstant()) {
        code.add(new InsnNode(POP));
      } else {
        code.add(new VarInsnNode(entry.type().getOpcode(ISTORE), spill[i]));
      }
    }
    for (int i = 0; i < stack.size(); i++) {
      if (!stack.get(i).isNullConstant()) {
        code.add(store(stack.get(i), spill[i]));
      }
    }
    for (Saved local : state.locals()) {
      if (!local.isNullConstant()) {
        code.add(store(local, local.slot() + SHIFT));
      }
    }
    code.add(new VarInsnNode(ALOAD, MACHINE_SLOT));
    code.add(new LdcInsnNode(state.number()));
    code.add(new MethodInsnNode(INVOKEVIRTUAL, machine, "suspend", "(I)" + RuntimeNames.OBJECT_DESC, false));
    code.add(new InsnNode(ARETURN));
    return code;
  }

  private InsnList store(Saved value, int slot) {
    InsnList code = new InsnList();
    code.add(new VarInsnNode(ALOAD, MACHINE_SLOT));
    code.add(new VarInsnNode(value.type().getOpcode(ILOAD), slot));
    code.add(new FieldInsnNode(PUTFIELD, machine, value.field(), value.fieldDescriptor()));
    return code;
  }

  /** Pushes a saved value back: a field read (and cleared, so the machine does not keep it alive). */
  private InsnList load(Saved value) {
    InsnList code = new InsnList();
    if (value.isNullConstant()) {
      code.add(new InsnNode(ACONST_NULL));
      return code;
    }
    code.add(new VarInsnNode(ALOAD, MACHINE_SLOT));
    code.add(new FieldInsnNode(GETFIELD, machine, value.field(), value.fieldDescriptor()));
    if (value.type().getSort() >= Type.ARRAY) {
      if (!value.type().equals(RuntimeNames.OBJECT_TYPE)) {
        code.add(new TypeInsnNode(CHECKCAST, value.type().getInternalName()));
      }
      code.add(new VarInsnNode(ALOAD, MACHINE_SLOT));
      code.add(new InsnNode(ACONST_NULL));
      code.add(new FieldInsnNode(PUTFIELD, machine, value.field(), RuntimeNames.OBJECT_DESC));
    }
    return code;
  }

  /** The entry of the body: jump to the state the machine resumes at, after loading it back. */
  private InsnList dispatch(List<State> states, LabelNode[] resumeAt) {
    InsnList code = new InsnList();
    LabelNode[] entries = new LabelNode[states.size()];
    for (int i = 0; i < entries.length; i++) {
      entries[i] = new LabelNode();
    }
    LabelNode corrupt = new LabelNode();
    LabelNode body = new LabelNode();
    code.add(new VarInsnNode(ALOAD, MACHINE_SLOT));
    code.add(new MethodInsnNode(INVOKEVIRTUAL, machine, "resumePoint", "()I", false));
    code.add(new TableSwitchInsnNode(0, entries.length - 1, corrupt, entries));
    for (State state : states) {
      code.add(entries[state.number()]);
      for (Saved local : state.locals()) {
        code.add(load(local));
        code.add(new VarInsnNode(local.type().getOpcode(ISTORE), local.slot() + SHIFT));
      }
      for (Saved entry : state.stack()) {
        code.add(load(entry));
      }
      code.add(new JumpInsnNode(GOTO, state.number() == 0 ? body : resumeAt[state.number()]));
    }
    code.add(corrupt);
    code.add(new TypeInsnNode(NEW, "java/lang/IllegalStateException"));
    code.add(new InsnNode(DUP));
    code.add(new LdcInsnNode("the state machine of " + owner.name.replace('/', '.') + "." + method.name
        + " has no such state"));
    code.add(new MethodInsnNode(INVOKESPECIAL, "java/lang/IllegalStateException", "<init>",
        "(Ljava/lang/String;)V", false));
    code.add(new InsnNode(ATHROW));
    code.add(body);
    return code;
  }

  /**
   * {@code return completed(v)} returns {@code v} itself; any other future returned becomes the
   * machine's tail, awaited in place of the body.
   */
  private void rewriteReturn(AbstractInsnNode ret) {
    AbstractInsnNode before = ret.getPrevious();
    while (before != null && before.getOpcode() < 0 && !(before instanceof LabelNode)) {
      before = before.getPrevious();
    }
    if (before != null && RuntimeNames.isCompleted(before)) {
      method.instructions.remove(before);
      return;
    }
    InsnList code = new InsnList();
    code.add(new VarInsnNode(ALOAD, MACHINE_SLOT));
    code.add(new InsnNode(SWAP));
    code.add(new VarInsnNode(ALOAD, CONTEXT_SLOT));
    code.add(new MethodInsnNode(INVOKEVIRTUAL, machine, "returnFuture",
        "(" + RuntimeNames.FUTURE_DESC + RuntimeNames.CONTEXT_DESC + ")" + RuntimeNames.OBJECT_DESC, false));
    method.instructions.insertBefore(ret, code);
  }
}
