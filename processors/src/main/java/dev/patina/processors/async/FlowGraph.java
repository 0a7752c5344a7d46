package dev.patina.processors.async;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.Interpreter;

/**
 * A method's instructions typed and linked: the verifier's frame before each instruction, and the
 * instructions each one can pass control to, normally or by throwing.
 */
final class FlowGraph {

  private final Frame<BasicValue>[] frames;
  private final int[] opcodes;
  private final List<BitSet> normal;
  private final List<BitSet> exceptional;

  private FlowGraph(Frame<BasicValue>[] frames, int[] opcodes, List<BitSet> normal, List<BitSet> exceptional) {
    this.frames = frames;
    this.opcodes = opcodes;
    this.normal = normal;
    this.exceptional = exceptional;
  }

  /** Analyses {@code method} of class {@code owner} (a JVM internal name). */
  static FlowGraph of(String owner, MethodNode method, Interpreter<BasicValue> types) throws AnalyzerException {
    int size = method.instructions.size();
    List<BitSet> normal = new ArrayList<>(size);
    List<BitSet> exceptional = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      normal.add(new BitSet());
      exceptional.add(new BitSet());
    }
    Analyzer<BasicValue> analyzer = new Analyzer<>(types) {
      @Override
      protected void newControlFlowEdge(int insn, int successor) {
        normal.get(insn).set(successor);
      }

      @Override
      protected boolean newControlFlowExceptionEdge(int insn, int successor) {
        exceptional.get(insn).set(successor);
        return true;
      }
    };
    Frame<BasicValue>[] frames = analyzer.analyze(owner, method);
    int[] opcodes = new int[size];
    for (int i = 0; i < size; i++) {
      opcodes[i] = method.instructions.get(i).getOpcode();
    }
    return new FlowGraph(frames, opcodes, normal, exceptional);
  }

  /** The frame before instruction {@code index}; null if it is unreachable. */
  Frame<BasicValue> frame(int index) {
    return frames[index];
  }

  /** Where instruction {@code index} passes control when it completes normally. */
  BitSet normalSuccessors(int index) {
    return normal.get(index);
  }

  /** The handlers instruction {@code index} passes control to when it throws. */
  BitSet exceptionalSuccessors(int index) {
    return exceptional.get(index);
  }

  /** The opcode of instruction {@code index} as it was analysed (-1 for labels and line numbers). */
  int opcode(int index) {
    return opcodes[index];
  }

  int size() {
    return frames.length;
  }
}
