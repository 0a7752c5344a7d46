package dev.patina.processors.async;

import java.util.BitSet;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Which locals are live after each instruction: read later on some path before being written. A
 * machine saves only the locals live after an {@code await}, as rustc keeps only the values live
 * across a suspension point in a generator's layout.
 */
final class Liveness {

  private final BitSet[] liveIn;
  private final BitSet[] liveOut;

  private Liveness(BitSet[] liveIn, BitSet[] liveOut) {
    this.liveIn = liveIn;
    this.liveOut = liveOut;
  }

  /** Solves the backward data-flow equations of {@code instructions} over {@code graph}. */
  static Liveness of(InsnList instructions, FlowGraph graph) {
    int size = instructions.size();
    BitSet[] in = new BitSet[size];
    BitSet[] out = new BitSet[size];
    for (int i = 0; i < size; i++) {
      in[i] = new BitSet();
      out[i] = new BitSet();
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = size - 1; i >= 0; i--) {
        BitSet normalOut = new BitSet();
        graph.normalSuccessors(i).stream().forEach(s -> normalOut.or(in[s]));
        BitSet throwOut = new BitSet();
        graph.exceptionalSuccessors(i).stream().forEach(s -> throwOut.or(in[s]));
        BitSet newIn = (BitSet) normalOut.clone();
        AbstractInsnNode insn = instructions.get(i);
        // what a handler reads is live throughout the range it covers, whatever this instruction writes
        int written = written(insn);
        if (written >= 0) {
          newIn.clear(written);
        }
        int read = read(insn);
        if (read >= 0) {
          newIn.set(read);
        }
        newIn.or(throwOut);
        normalOut.or(throwOut);
        if (!newIn.equals(in[i]) || !normalOut.equals(out[i])) {
          in[i] = newIn;
          out[i] = normalOut;
          changed = true;
        }
      }
    }
    return new Liveness(in, out);
  }

  /** The locals live before instruction {@code index} runs. */
  BitSet liveBefore(int index) {
    return liveIn[index];
  }

  /** The locals live after instruction {@code index} completes. */
  BitSet liveAfter(int index) {
    return liveOut[index];
  }

  private static int read(AbstractInsnNode insn) {
    if (insn instanceof IincInsnNode inc) {
      return inc.var;
    }
    if (insn instanceof VarInsnNode v && (v.getOpcode() <= Opcodes.ALOAD || v.getOpcode() == Opcodes.RET)) {
      return v.var;
    }
    return -1;
  }

  private static int written(AbstractInsnNode insn) {
    if (insn instanceof VarInsnNode v && v.getOpcode() >= Opcodes.ISTORE && v.getOpcode() <= Opcodes.ASTORE) {
      return v.var;
    }
    return -1;
  }
}
