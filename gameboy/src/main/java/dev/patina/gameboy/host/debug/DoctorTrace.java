package dev.patina.gameboy.host.debug;

import dev.patina.gameboy.core.cpu.Cpu;
import dev.patina.gameboy.core.cpu.Memory;
import java.util.function.Consumer;

/**
 * Writes the CPU's state in Gameboy Doctor's format. Its reference emulator logs after each step,
 * and a step that dispatches an interrupt also runs the handler's first instruction, so the state
 * right before that instruction is never logged; this tracer does the same so its lines match.
 */
public final class DoctorTrace implements Cpu.InstructionListener {

  private final Memory memory;
  private final Consumer<String> out;
  private boolean afterDispatch;
  private long lines;

  /** A tracer that reads PCMEM from {@code memory} and hands each line to {@code out}. */
  public DoctorTrace(Memory memory, Consumer<String> out) {
    this.memory = memory;
    this.out = out;
  }

  @Override
  public void beforeInstruction(Cpu cpu) {
    if (afterDispatch) {
      afterDispatch = false;
      return;
    }
    emit(cpu);
  }

  @Override
  public void beforeInterrupt(Cpu cpu) {
    emit(cpu);
    afterDispatch = true;
  }

  private void emit(Cpu cpu) {
    lines++;
    out.accept(cpu.registers().doctorLine(memory));
  }

  /** Lines written so far. */
  public long lines() {
    return lines;
  }
}
