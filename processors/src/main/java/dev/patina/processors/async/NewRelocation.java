package dev.patina.processors.async;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Moves object creation past the {@code await}s in its constructor's arguments. javac compiles
 * {@code new Order(id, await(price))} as {@code new Order; dup; <arguments>; invokespecial <init>},
 * which leaves an uninitialised object on the stack across the {@code await}, and the JVM allows no
 * such object in a field or a local. So the arguments are evaluated first, kept in fresh locals, and
 * the object is made just before its constructor runs, as Kotlin does for suspension points in
 * constructor calls. The one visible difference: the class's static initialiser runs after the
 * arguments instead of before them.
 */
final class NewRelocation {

  private NewRelocation() {}

  /** Rewrites {@code method} in place. */
  static void apply(MethodNode method) throws RewriteException {
    Deque<TypeInsnNode> open = new ArrayDeque<>();
    Set<TypeInsnNode> spanning = new LinkedHashSet<>();
    Map<TypeInsnNode, MethodInsnNode> constructors = new HashMap<>();
    for (AbstractInsnNode insn = method.instructions.getFirst(); insn != null; insn = insn.getNext()) {
      if (insn.getOpcode() == Opcodes.NEW) {
        open.push((TypeInsnNode) insn);
      } else if (insn instanceof MethodInsnNode call && call.getOpcode() == Opcodes.INVOKESPECIAL
          && call.name.equals("<init>") && !open.isEmpty()) {
        // javac nests creations like parentheses, even across the branches of a conditional argument
        constructors.put(open.pop(), call);
      } else if (RuntimeNames.isAwait(insn)) {
        spanning.addAll(open);
      }
    }
    for (TypeInsnNode created : spanning) {
      MethodInsnNode init = constructors.get(created);
      if (init == null) {
        throw new RewriteException("`new " + Type.getObjectType(created.desc).getClassName()
            + "` is never initialised after an await in its arguments", -1, null);
      }
      relocate(method, created, init);
    }
  }

  private static void relocate(MethodNode method, TypeInsnNode created, MethodInsnNode init) throws RewriteException {
    AbstractInsnNode dup = created.getNext();
    while (dup != null && dup.getOpcode() < 0) {
      dup = dup.getNext();
    }
    if (dup == null || dup.getOpcode() != Opcodes.DUP) {
      throw new RewriteException("`new " + Type.getObjectType(created.desc).getClassName()
          + "(...)` with an await in its arguments is not used as a value", -1, null);
    }
    method.instructions.remove(dup);
    method.instructions.remove(created);
    Type[] args = Type.getArgumentTypes(init.desc);
    int[] slots = new int[args.length];
    for (int i = 0; i < args.length; i++) {
      slots[i] = method.maxLocals;
      method.maxLocals += args[i].getSize();
    }
    InsnList before = new InsnList();
    for (int i = args.length - 1; i >= 0; i--) {
      before.add(new VarInsnNode(args[i].getOpcode(Opcodes.ISTORE), slots[i]));
    }
    before.add(new TypeInsnNode(Opcodes.NEW, created.desc));
    before.add(new InsnNode(Opcodes.DUP));
    for (int i = 0; i < args.length; i++) {
      before.add(new VarInsnNode(args[i].getOpcode(Opcodes.ILOAD), slots[i]));
    }
    method.instructions.insertBefore(init, before);
  }
}
