package dev.patina.processors.async;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Rewrites the {@code @Async} methods of one class file: each becomes a stub, a body method and a
 * machine class (see {@link Lowering}). The unit the javac plugin and the tests drive.
 */
final class ClassRewriter {

  /**
   * The rewritten class.
   *
   * @param owner the new bytes of the class, or null if it has no {@code @Async} method to rewrite
   *     or one of them could not be rewritten
   * @param machines the generated machine classes: internal name to bytes
   * @param plans what was generated, one plan per rewritten method
   * @param failures the methods that could not be rewritten, and why
   */
  record Output(byte[] owner, Map<String, byte[]> machines, List<MachinePlan> plans, List<Failure> failures) {}

  /** A method that could not be rewritten. */
  record Failure(String method, String descriptor, RewriteException cause) {}

  /** Names a method for people: {@code Future<Integer> sum(Receiver<Integer>)}. */
  interface Signatures {
    String of(String method, String descriptor);
  }

  private ClassRewriter() {}

  /** Whether {@code node} declares an {@code @Async} method with a body. */
  static boolean hasAsync(ClassNode node) {
    return node.methods.stream().anyMatch(ClassRewriter::isAsync);
  }

  static Output rewrite(byte[] bytes, Hierarchy hierarchy, Signatures signatures) {
    ClassNode node = new ClassNode();
    new ClassReader(bytes).accept(node, ClassReader.SKIP_FRAMES);
    if (!hasAsync(node)) {
      return new Output(null, Map.of(), List.of(), List.of());
    }
    Map<String, byte[]> machines = new LinkedHashMap<>();
    List<MachinePlan> plans = new ArrayList<>();
    List<Failure> failures = new ArrayList<>();
    Map<String, Integer> overloads = new HashMap<>();
    List<MethodNode> bodies = new ArrayList<>();
    for (int i = 0; i < node.methods.size(); i++) {
      MethodNode method = node.methods.get(i);
      if (!isAsync(method)) {
        continue;
      }
      String name = method.name;
      String desc = method.desc;
      int index = overloads.merge(name, 1, Integer::sum) - 1;
      String suffix = index == 0 ? "" : String.valueOf(index + 1);
      String machine = node.name + "$" + name + "$Async" + suffix;
      String bodyName = "async$" + name + suffix;
      try {
        Lowering.Result result = Lowering.lower(node, method, machine, bodyName, hierarchy);
        node.methods.set(i, result.stub());
        bodies.add(result.body());
        machines.put(machine, write(result.machine(), hierarchy));
        plans.add(plan(node, name, desc, signatures.of(name, desc), result));
      } catch (RewriteException e) {
        failures.add(new Failure(name, desc, e));
      }
    }
    if (!failures.isEmpty()) {
      return new Output(null, Map.of(), plans, failures);
    }
    node.methods.addAll(bodies);
    return new Output(write(node, hierarchy), machines, plans, failures);
  }

  private static boolean isAsync(MethodNode method) {
    if ((method.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0) {
      return false; // an async interface method declares the future; its implementations are rewritten
    }
    return annotated(method.invisibleAnnotations) || annotated(method.visibleAnnotations);
  }

  private static boolean annotated(List<AnnotationNode> annotations) {
    return annotations != null && annotations.stream().anyMatch(a -> a.desc.equals(RuntimeNames.ASYNC));
  }

  private static byte[] write(ClassNode node, Hierarchy hierarchy) {
    HierarchyClassWriter writer = new HierarchyClassWriter(hierarchy);
    node.accept(writer);
    return writer.toByteArray();
  }

  private static MachinePlan plan(ClassNode owner, String method, String desc, String signature,
      Lowering.Result result) {
    List<MachinePlan.State> states = new ArrayList<>();
    for (MachineLayout.State state : result.layout().states()) {
      states.add(new MachinePlan.State(state.number(), state.line(), state.awaited(), slots(state.locals()),
          slots(state.stack())));
    }
    List<MachinePlan.Edge> edges = new ArrayList<>();
    Map<Integer, Integer> stateAt = new HashMap<>();
    for (int k = 0; k < result.awaits().size(); k++) {
      stateAt.put(result.awaits().get(k), k + 1);
    }
    for (MachineLayout.State state : result.layout().states()) {
      BitSet start = new BitSet();
      if (state.number() == 0) {
        start.set(0);
      } else {
        start.or(result.graph().normalSuccessors(state.insn()));
      }
      for (int to : reached(result, start, stateAt)) {
        edges.add(new MachinePlan.Edge(state.number(), to));
      }
    }
    int firstLine = states.isEmpty() ? -1 : states.getFirst().line();
    return new MachinePlan(owner.name.replace('/', '.'), method, desc, signature,
        result.machine().name.replace('/', '.'), firstLine, states, edges);
  }

  /** The states a poll can reach next from the instructions in {@code start}: awaits and the end. */
  private static TreeSet<Integer> reached(Lowering.Result result, BitSet start, Map<Integer, Integer> stateAt) {
    TreeSet<Integer> reached = new TreeSet<>();
    BitSet seen = new BitSet();
    BitSet pending = (BitSet) start.clone();
    while (!pending.isEmpty()) {
      int insn = pending.nextSetBit(0);
      pending.clear(insn);
      if (seen.get(insn)) {
        continue;
      }
      seen.set(insn);
      Integer state = stateAt.get(insn);
      if (state != null) {
        reached.add(state);
        continue;
      }
      int opcode = result.graph().opcode(insn);
      if (opcode == Opcodes.ARETURN || opcode == Opcodes.ATHROW) {
        reached.add(MachinePlan.END);
      }
      pending.or(result.graph().normalSuccessors(insn));
      pending.or(result.graph().exceptionalSuccessors(insn));
    }
    return reached;
  }

  /** The descriptor's parameter and result types, for a signature when no better one is known. */
  static String plainSignature(String method, String desc) {
    StringBuilder text = new StringBuilder(simple(Type.getReturnType(desc))).append(' ').append(method).append('(');
    Type[] args = Type.getArgumentTypes(desc);
    for (int i = 0; i < args.length; i++) {
      text.append(i == 0 ? "" : ", ").append(simple(args[i]));
    }
    return text.append(')').toString();
  }

  private static String simple(Type type) {
    String name = type.getClassName();
    return name.substring(name.lastIndexOf('.') + 1).replace('$', '.');
  }

  private static List<MachinePlan.Slot> slots(List<MachineLayout.Saved> saved) {
    return saved.stream().map(s -> new MachinePlan.Slot(s.name(), typeName(s.type()),
        s.field() == null ? "(null)" : s.field())).toList();
  }

  private static String typeName(Type type) {
    return type.getSort() == Type.OBJECT && type.getInternalName().equals("null") ? "null"
        : type.getClassName().replace('$', '.');
  }
}
