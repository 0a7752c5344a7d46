package dev.patina.gameboy.core.cpu;

import dev.patina.gameboy.core.state.NotState;

/**
 * The SM83 core: fetches, decodes and executes one instruction per {@link #step()}, with every
 * memory access and internal cycle in the order and at the machine cycle the hardware uses.
 *
 * <p>Decoding follows the opcode's bit fields {@code xx yyy zzz}: {@code x} picks the block,
 * {@code z} the column, {@code y} the register, condition or operation. Register index 6 is the
 * byte at (HL), which costs a memory access.
 */
public final class Cpu {

  private static final int B = 0;
  private static final int C = 1;
  private static final int D = 2;
  private static final int E = 3;
  private static final int H = 4;
  private static final int L = 5;
  private static final int HL_INDIRECT = 6;

  @NotState private final Memory m;
  @NotState private InstructionListener listener;
  private final Alu alu = new Alu();
  private final RegisterFile regs = new RegisterFile();
  private int pc;
  private boolean ime;
  /** EI was executed: IME turns on after the instruction that follows it. */
  private boolean imeNext;
  private boolean halted;
  /** HALT with IME off and an interrupt pending: the next opcode byte is read twice. */
  private boolean haltBug;
  private boolean stopped;
  private int lockedOpcode = -1;
  /** LD B,B ran: test ROMs (dmg-acid2, mooneye) use it as a breakpoint that says "done". */
  private boolean softwareBreakpoint;

  /** A CPU over {@code memory}, in the state the boot ROM leaves a DMG in. */
  public Cpu(Memory memory) {
    this.m = memory;
    resetToPostBoot();
  }

  /** The register values the DMG boot ROM hands over with (PC = $0100). */
  public void resetToPostBoot() {
    alu.a = 0x01;
    alu.setF(0xB0);
    regs.resetToPostBoot();
    pc = 0x0100;
    ime = false;
    imeNext = false;
    halted = false;
    haltBug = false;
    stopped = false;
    lockedOpcode = -1;
  }

  /** Runs one instruction, one interrupt dispatch, or one machine cycle of HALT, STOP or a lock-up. */
  public void step() {
    if (lockedOpcode >= 0) {
      m.idle();
      return;
    }
    if (halted || stopped) {
      if (m.pendingInterrupts() == 0) {
        m.idle();
        return;
      }
      halted = false;
      stopped = false;
    }
    if (ime && m.pendingInterrupts() != 0) {
      if (listener != null) {
        listener.beforeInterrupt(this);
      }
      dispatchInterrupt();
      return;
    }
    if (listener != null) {
      listener.beforeInstruction(this);
    }
    boolean enableAfter = imeNext;
    int op = m.read(pc);
    if (haltBug) {
      haltBug = false;
    } else {
      pc = (pc + 1) & 0xFFFF;
    }
    execute(op);
    if (enableAfter && imeNext) {
      ime = true;
      imeNext = false;
    }
  }

  /** The registers now. */
  public Registers registers() {
    return new Registers(alu.a, alu.f(), regs.b, regs.c, regs.d, regs.e, regs.h, regs.l, regs.sp, pc, ime, halted);
  }

  /** Loads registers from a snapshot (save states, tests). */
  public void load(Registers from) {
    alu.a = from.a();
    alu.setF(from.f());
    regs.b = from.b();
    regs.c = from.c();
    regs.d = from.d();
    regs.e = from.e();
    regs.h = from.h();
    regs.l = from.l();
    regs.sp = from.sp();
    pc = from.pc();
    ime = from.ime();
    halted = from.halted();
  }

  /** Called before each instruction the CPU executes and before each interrupt dispatch. */
  @FunctionalInterface
  public interface InstructionListener {
    /** The CPU is about to fetch the instruction at PC (not called for HALT cycles). */
    void beforeInstruction(Cpu cpu);

    /** The CPU is about to dispatch an interrupt. */
    default void beforeInterrupt(Cpu cpu) {}
  }

  /** Sets the listener tracers and debuggers use; null removes it. */
  public void listen(InstructionListener instructionListener) {
    this.listener = instructionListener;
  }

  /** Whether LD B,B ran since the last call; clears the flag. */
  public boolean takeSoftwareBreakpoint() {
    boolean hit = softwareBreakpoint;
    softwareBreakpoint = false;
    return hit;
  }

  /** The opcode the CPU locked up on (an illegal one), or -1 while it runs. */
  public int lockedOpcode() {
    return lockedOpcode;
  }

  /**
   * Five machine cycles: two internal, the two pushes of PC, then the jump. The vector is chosen
   * after the high byte is pushed, so a push that overwrites IE can cancel the dispatch (PC = 0).
   */
  private void dispatchInterrupt() {
    ime = false;
    m.idle();
    m.idle();
    regs.sp = (regs.sp - 1) & 0xFFFF;
    m.write(regs.sp, pc >> 8);
    int pending = m.pendingInterrupts();
    regs.sp = (regs.sp - 1) & 0xFFFF;
    m.write(regs.sp, pc & 0xFF);
    if (pending == 0) {
      pc = 0x0000;
    } else {
      int bit = Integer.numberOfTrailingZeros(pending);
      m.acknowledge(bit);
      pc = 0x0040 + 8 * bit;
    }
    m.idle();
  }

  private void execute(int op) {
    if (op >= 0x40 && op < 0x80) {
      if (op == 0x76) {
        halt();
      } else if (op == 0x40) {
        softwareBreakpoint = true;
      } else {
        setReg((op >> 3) & 7, reg(op & 7));
      }
    } else if (op >= 0x80 && op < 0xC0) {
      alu.operate((op >> 3) & 7, reg(op & 7));
    } else if (op < 0x40) {
      executeBlock0(op);
    } else {
      executeBlock3(op);
    }
  }

  private void executeBlock0(int op) {
    int y = (op >> 3) & 7;
    int p = y >> 1;
    switch (op & 7) {
      case 0 -> executeColumn0(y);
      case 1 -> {
        if ((y & 1) == 0) {
          regs.setPair(p, fetch16());
        } else {
          m.idle();
          alu.addToHl(regs, regs.pair(p));
        }
      }
      case 2 -> indirectLoad(y);
      case 3 -> {
        int v = regs.pair(p);
        m.idle();
        regs.setPair(p, (v + ((y & 1) == 0 ? 1 : -1)) & 0xFFFF);
      }
      case 4 -> setReg(y, alu.inc(reg(y)));
      case 5 -> setReg(y, alu.dec(reg(y)));
      case 6 -> setReg(y, fetch());
      default -> alu.accumulatorOp(y);
    }
  }

  private void executeColumn0(int y) {
    switch (y) {
      case 0 -> { } // NOP
      case 1 -> { // LD (nn),SP
        int addr = fetch16();
        m.write(addr, regs.sp & 0xFF);
        m.write((addr + 1) & 0xFFFF, regs.sp >> 8);
      }
      case 2 -> { // STOP: a two-byte instruction; the DMG sleeps until a button is pressed
        fetch();
        stopped = true;
      }
      case 3 -> jumpRelative(true);
      default -> jumpRelative(condition(y - 4));
    }
  }

  /** LD (BC),A / LD (DE),A / LD (HL+),A / LD (HL-),A and the loads into A the other way. */
  private void indirectLoad(int y) {
    int addr = switch (y >> 1) {
      case 0 -> regs.pair(0);
      case 1 -> regs.pair(1);
      default -> regs.hl();
    };
    if ((y & 1) == 0) {
      m.write(addr, alu.a);
    } else {
      alu.a = m.read(addr);
    }
    if (y >> 1 == 2) {
      regs.setHl((addr + 1) & 0xFFFF);
    } else if (y >> 1 == 3) {
      regs.setHl((addr - 1) & 0xFFFF);
    }
  }

  private void executeBlock3(int op) {
    int y = (op >> 3) & 7;
    switch (op & 7) {
      case 0 -> executeColumn0High(y);
      case 1 -> executeColumn1High(y);
      case 2 -> executeColumn2High(y);
      case 3 -> executeColumn3High(op, y);
      case 4 -> {
        if (y < 4) {
          call(condition(y));
        } else {
          lockUp(op);
        }
      }
      case 5 -> {
        if ((y & 1) == 0) {
          int v = pair2(y >> 1);
          m.idle();
          push(v);
        } else if (y == 1) {
          call(true);
        } else {
          lockUp(op);
        }
      }
      case 6 -> alu.operate(y, fetch());
      default -> { // RST
        m.idle();
        push(pc);
        pc = y * 8;
      }
    }
  }

  private void executeColumn0High(int y) {
    switch (y) {
      case 4 -> m.write(0xFF00 | fetch(), alu.a);
      case 5 -> { // ADD SP,e
        regs.sp = alu.addSigned(regs.sp, fetch());
        m.idle();
        m.idle();
      }
      case 6 -> alu.a = m.read(0xFF00 | fetch());
      case 7 -> { // LD HL,SP+e
        regs.setHl(alu.addSigned(regs.sp, fetch()));
        m.idle();
      }
      default -> { // RET cc
        m.idle();
        if (condition(y)) {
          pc = pop();
          m.idle();
        }
      }
    }
  }

  private void executeColumn1High(int y) {
    if ((y & 1) == 0) {
      setPair2(y >> 1, pop());
      return;
    }
    switch (y >> 1) {
      case 0, 1 -> { // RET, RETI (which enables interrupts at once, without EI's delay)
        pc = pop();
        m.idle();
        if (y >> 1 == 1) {
          ime = true;
        }
      }
      case 2 -> pc = regs.hl(); // JP HL
      default -> { // LD SP,HL
        regs.sp = regs.hl();
        m.idle();
      }
    }
  }

  private void executeColumn2High(int y) {
    switch (y) {
      case 4 -> m.write(0xFF00 | regs.c, alu.a);
      case 5 -> m.write(fetch16(), alu.a);
      case 6 -> alu.a = m.read(0xFF00 | regs.c);
      case 7 -> alu.a = m.read(fetch16());
      default -> jumpAbsolute(condition(y));
    }
  }

  private void executeColumn3High(int op, int y) {
    switch (y) {
      case 0 -> jumpAbsolute(true);
      case 1 -> executePrefixed(fetch());
      case 6 -> { // DI
        ime = false;
        imeNext = false;
      }
      case 7 -> imeNext = true; // EI
      default -> lockUp(op);
    }
  }

  private void executePrefixed(int op) {
    int y = (op >> 3) & 7;
    int z = op & 7;
    switch (op >> 6) {
      case 0 -> setReg(z, alu.shift(y, reg(z)));
      case 1 -> alu.bit(y, reg(z));
      case 2 -> setReg(z, reg(z) & ~(1 << y));
      default -> setReg(z, reg(z) | (1 << y));
    }
  }

  private void halt() {
    if (!ime && m.pendingInterrupts() != 0) {
      haltBug = true;
    } else {
      halted = true;
    }
  }

  private void lockUp(int op) {
    lockedOpcode = op;
    pc = (pc - 1) & 0xFFFF;
  }

  private void jumpRelative(boolean taken) {
    int offset = (byte) fetch();
    if (taken) {
      m.idle();
      pc = (pc + offset) & 0xFFFF;
    }
  }

  private void jumpAbsolute(boolean taken) {
    int target = fetch16();
    if (taken) {
      m.idle();
      pc = target;
    }
  }

  private void call(boolean taken) {
    int target = fetch16();
    if (taken) {
      m.idle();
      push(pc);
      pc = target;
    }
  }

  private boolean condition(int cc) {
    return switch (cc) {
      case 0 -> !alu.zf;
      case 1 -> alu.zf;
      case 2 -> !alu.cf;
      default -> alu.cf;
    };
  }

  private int fetch() {
    int v = m.read(pc);
    pc = (pc + 1) & 0xFFFF;
    return v;
  }

  private int fetch16() {
    int lo = fetch();
    return lo | (fetch() << 8);
  }

  private void push(int v) {
    regs.sp = (regs.sp - 1) & 0xFFFF;
    m.write(regs.sp, v >> 8);
    regs.sp = (regs.sp - 1) & 0xFFFF;
    m.write(regs.sp, v & 0xFF);
  }

  private int pop() {
    int lo = m.read(regs.sp);
    regs.sp = (regs.sp + 1) & 0xFFFF;
    int hi = m.read(regs.sp);
    regs.sp = (regs.sp + 1) & 0xFFFF;
    return lo | (hi << 8);
  }

  private int reg(int i) {
    return switch (i) {
      case B -> regs.b;
      case C -> regs.c;
      case D -> regs.d;
      case E -> regs.e;
      case H -> regs.h;
      case L -> regs.l;
      case HL_INDIRECT -> m.read(regs.hl());
      default -> alu.a;
    };
  }

  private void setReg(int i, int v) {
    switch (i) {
      case B -> regs.b = v;
      case C -> regs.c = v;
      case D -> regs.d = v;
      case E -> regs.e = v;
      case H -> regs.h = v;
      case L -> regs.l = v;
      case HL_INDIRECT -> m.write(regs.hl(), v);
      default -> alu.a = v;
    }
  }

  /** BC, DE, HL, AF: the pairs PUSH and POP take. */
  private int pair2(int p) {
    return p == 3 ? (alu.a << 8) | alu.f() : regs.pair(p);
  }

  private void setPair2(int p, int v) {
    if (p == 3) {
      alu.a = v >> 8;
      alu.setF(v & 0xF0);
    } else {
      regs.setPair(p, v);
    }
  }
}
