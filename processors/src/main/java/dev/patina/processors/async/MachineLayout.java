package dev.patina.processors.async;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.LocalVariableNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * The layout of one method's state machine: for the start and for each {@code await}, which locals
 * and stack entries are live there, their types, and the field of the machine that holds each.
 * Fields are shared between states, as rustc overlaps the locals of different suspension points in
 * a generator: a machine has as many fields of each kind as its busiest state needs.
 */
final class MachineLayout {

  /**
   * One value the machine keeps.
   *
   * @param name the local's source name or {@code stack[i]}
   * @param type the verifier's type of the value; {@code null} constants are not stored
   * @param slot the local's slot in the original method, or -1 for a stack entry
   * @param field the machine's field, null for a value that is always {@code null}
   */
  record Saved(String name, Type type, int slot, String field) {
    boolean isNullConstant() {
      return field == null;
    }

    /** The descriptor of the field: primitives as they are, every reference as Object. */
    String fieldDescriptor() {
      return type.getSort() >= Type.ARRAY ? RuntimeNames.OBJECT_DESC : type.getDescriptor();
    }
  }

  /**
   * A state: where the body resumes and what it needs there.
   *
   * @param number 0 for the start, k for the k-th await
   * @param insn the index of the await call in the original code, -1 for the start
   */
  record State(int number, int insn, int line, String awaited, List<Saved> locals, List<Saved> stack) {}

  private final List<State> states;
  private final Map<String, String> fields;

  private MachineLayout(List<State> states, Map<String, String> fields) {
    this.states = states;
    this.fields = fields;
  }

  List<State> states() {
    return states;
  }

  /** Every field of the machine: name to descriptor. */
  Map<String, String> fields() {
    return fields;
  }

  /** Lays out the machine of {@code method}, whose awaits are at {@code awaits} (instruction indexes). */
  static MachineLayout of(MethodNode method, FlowGraph graph, Liveness liveness, List<Integer> awaits)
      throws RewriteException {
    Map<String, String> fields = new LinkedHashMap<>();
    List<State> states = new ArrayList<>();
    int first = firstReal(method);
    states.add(state(method, 0, -1, graph.frame(first), liveness.liveBefore(first), 0, first, fields));
    for (int k = 0; k < awaits.size(); k++) {
      int at = awaits.get(k);
      Frame<BasicValue> frame = graph.frame(at);
      states.add(state(method, k + 1, at, frame, liveness.liveAfter(at), frame.getStackSize() - 1, at, fields));
    }
    return new MachineLayout(List.copyOf(states), fields);
  }

  private static State state(MethodNode method, int number, int insn, Frame<BasicValue> frame, BitSet live,
      int stackDepth, int at, Map<String, String> fields) throws RewriteException {
    int line = lineOf(method, at);
    Map<Character, Integer> used = new LinkedHashMap<>();
    List<Saved> locals = new ArrayList<>();
    for (int slot = live.nextSetBit(0); slot >= 0; slot = live.nextSetBit(slot + 1)) {
      BasicValue value = frame.getLocal(slot);
      if (value.getType() == null) {
        continue; // not definitely assigned here, so not read before the next write either
      }
      locals.add(saved(nameOf(method, slot, at), value.getType(), slot, used, fields, line));
    }
    List<Saved> stack = new ArrayList<>();
    for (int i = 0; i < stackDepth; i++) {
      stack.add(saved("stack[" + i + "]", frame.getStack(i).getType(), -1, used, fields, line));
    }
    String awaited = insn < 0 ? "" : describeAwaited(method, insn);
    return new State(number, insn, line, awaited, List.copyOf(locals), List.copyOf(stack));
  }

  private static Saved saved(String name, Type type, int slot, Map<Character, Integer> used,
      Map<String, String> fields, int line) throws RewriteException {
    if (type == null) {
      throw new RewriteException("`" + name + "` holds an object under construction across an await", line, null);
    }
    if (type.getSort() == Type.OBJECT && type.getInternalName().equals("null")) {
      return new Saved(name, type, slot, null);
    }
    char kind = switch (type.getSort()) {
      case Type.BOOLEAN, Type.BYTE, Type.CHAR, Type.SHORT, Type.INT -> 'i';
      case Type.LONG -> 'j';
      case Type.FLOAT -> 'f';
      case Type.DOUBLE -> 'd';
      default -> 'a';
    };
    int index = used.merge(kind, 1, Integer::sum) - 1;
    String field = kind + String.valueOf(index);
    Saved saved = new Saved(name, type, slot, field);
    fields.putIfAbsent(field, saved.fieldDescriptor());
    return saved;
  }

  /** The index of the method's first instruction that is not a label, line number or frame. */
  static int firstReal(MethodNode method) {
    for (int i = 0; i < method.instructions.size(); i++) {
      if (method.instructions.get(i).getOpcode() >= 0) {
        return i;
      }
    }
    return 0;
  }

  /** The source line of instruction {@code at}: the last line number before it, or the first after. */
  static int lineOf(MethodNode method, int at) {
    for (AbstractInsnNode insn = method.instructions.get(at); insn != null; insn = insn.getPrevious()) {
      if (insn instanceof LineNumberNode line) {
        return line.line;
      }
    }
    for (AbstractInsnNode insn = method.instructions.get(at); insn != null; insn = insn.getNext()) {
      if (insn instanceof LineNumberNode line) {
        return line.line;
      }
    }
    return -1;
  }

  private static String nameOf(MethodNode method, int slot, int at) {
    if (method.localVariables != null) {
      for (LocalVariableNode local : method.localVariables) {
        int start = method.instructions.indexOf(local.start);
        int end = method.instructions.indexOf(local.end);
        if (local.index == slot && start <= at + 1 && at < end) {
          return local.name;
        }
      }
    }
    return slot == 0 && (method.access & Opcodes.ACC_STATIC) == 0 ? "this" : "local" + slot;
  }

  /** What an await waits for, as the call or local that made the future: {@code Receiver.recv()}. */
  private static String describeAwaited(MethodNode method, int insn) {
    AbstractInsnNode before = method.instructions.get(insn).getPrevious();
    // a generic call's result is cast to Future before it is awaited: look through the cast
    while (before != null && (before.getOpcode() < 0 || before.getOpcode() == Opcodes.CHECKCAST)) {
      before = before.getPrevious();
    }
    if (before instanceof MethodInsnNode call) {
      String owner = call.owner.substring(call.owner.lastIndexOf('/') + 1).replace('$', '.');
      return owner + "." + call.name + (Type.getArgumentTypes(call.desc).length == 0 ? "()" : "(...)");
    }
    if (before instanceof VarInsnNode load && load.getOpcode() == Opcodes.ALOAD) {
      return nameOf(method, load.var, insn);
    }
    return "a future";
  }
}
