package dev.patina.gameboy.core.cpu;

/** The accumulator, the flags and the arithmetic that sets them, exactly as the SM83 does. */
final class Alu {

  int a;
  boolean zf;
  boolean nf;
  boolean hf;
  boolean cf;

  int f() {
    return (zf ? 0x80 : 0) | (nf ? 0x40 : 0) | (hf ? 0x20 : 0) | (cf ? 0x10 : 0);
  }

  void setF(int f) {
    zf = (f & 0x80) != 0;
    nf = (f & 0x40) != 0;
    hf = (f & 0x20) != 0;
    cf = (f & 0x10) != 0;
  }

  /** ADD, ADC, SUB, SBC, AND, XOR, OR, CP of A with {@code v}, by the opcode's {@code y} field. */
  void operate(int op, int v) {
    int carry = cf ? 1 : 0;
    switch (op) {
      case 0 -> add(v, 0);
      case 1 -> add(v, carry);
      case 2 -> a = subtract(v, 0);
      case 3 -> a = subtract(v, carry);
      case 4 -> logic(a & v, true);
      case 5 -> logic(a ^ v, false);
      case 6 -> logic(a | v, false);
      default -> subtract(v, 0);
    }
  }

  private void add(int v, int carry) {
    int r = a + v + carry;
    hf = (a & 0xF) + (v & 0xF) + carry > 0xF;
    cf = r > 0xFF;
    a = r & 0xFF;
    zf = a == 0;
    nf = false;
  }

  private int subtract(int v, int carry) {
    int r = a - v - carry;
    hf = (a & 0xF) - (v & 0xF) - carry < 0;
    cf = r < 0;
    r &= 0xFF;
    zf = r == 0;
    nf = true;
    return r;
  }

  private void logic(int r, boolean halfCarry) {
    a = r;
    zf = r == 0;
    nf = false;
    hf = halfCarry;
    cf = false;
  }

  int inc(int v) {
    int r = (v + 1) & 0xFF;
    zf = r == 0;
    nf = false;
    hf = (v & 0xF) == 0xF;
    return r;
  }

  int dec(int v) {
    int r = (v - 1) & 0xFF;
    zf = r == 0;
    nf = true;
    hf = (v & 0xF) == 0;
    return r;
  }

  void addToHl(RegisterFile registers, int v) {
    int hl = registers.hl();
    int r = hl + v;
    hf = (hl & 0xFFF) + (v & 0xFFF) > 0xFFF;
    cf = r > 0xFFFF;
    nf = false;
    registers.setHl(r & 0xFFFF);
  }

  /** SP plus a signed byte; the flags come from the unsigned addition of the low bytes. */
  int addSigned(int sp, int offset) {
    int e = (byte) offset;
    hf = (sp & 0xF) + (e & 0xF) > 0xF;
    cf = (sp & 0xFF) + (e & 0xFF) > 0xFF;
    zf = false;
    nf = false;
    return (sp + e) & 0xFFFF;
  }

  /** RLCA, RRCA, RLA, RRA, DAA, CPL, SCF, CCF by the opcode's {@code y} field. */
  void accumulatorOp(int y) {
    switch (y) {
      case 0, 1, 2, 3 -> {
        a = shift(y, a);
        zf = false; // unlike their CB twins, the accumulator rotates always clear Z
      }
      case 4 -> decimalAdjust();
      case 5 -> {
        a ^= 0xFF;
        nf = true;
        hf = true;
      }
      case 6 -> {
        nf = false;
        hf = false;
        cf = true;
      }
      default -> {
        nf = false;
        hf = false;
        cf = !cf;
      }
    }
  }

  private void decimalAdjust() {
    int adjust = 0;
    boolean carry = cf;
    if (!nf) {
      if (cf || a > 0x99) {
        adjust |= 0x60;
        carry = true;
      }
      if (hf || (a & 0x0F) > 0x09) {
        adjust |= 0x06;
      }
      a = (a + adjust) & 0xFF;
    } else {
      if (cf) {
        adjust |= 0x60;
      }
      if (hf) {
        adjust |= 0x06;
      }
      a = (a - adjust) & 0xFF;
    }
    zf = a == 0;
    hf = false;
    cf = carry;
  }

  /** RLC, RRC, RL, RR, SLA, SRA, SWAP, SRL of {@code v} by the CB opcode's {@code y} field. */
  int shift(int y, int v) {
    int carryIn = cf ? 1 : 0;
    int r;
    boolean carryOut;
    switch (y) {
      case 0 -> { r = ((v << 1) | (v >> 7)) & 0xFF; carryOut = (v & 0x80) != 0; }
      case 1 -> { r = (v >> 1) | ((v & 1) << 7); carryOut = (v & 1) != 0; }
      case 2 -> { r = ((v << 1) | carryIn) & 0xFF; carryOut = (v & 0x80) != 0; }
      case 3 -> { r = (v >> 1) | (carryIn << 7); carryOut = (v & 1) != 0; }
      case 4 -> { r = (v << 1) & 0xFF; carryOut = (v & 0x80) != 0; }
      case 5 -> { r = (v >> 1) | (v & 0x80); carryOut = (v & 1) != 0; }
      case 6 -> { r = ((v & 0xF) << 4) | (v >> 4); carryOut = false; }
      default -> { r = v >> 1; carryOut = (v & 1) != 0; }
    }
    zf = r == 0;
    nf = false;
    hf = false;
    cf = carryOut;
    return r;
  }

  void bit(int n, int v) {
    zf = (v & (1 << n)) == 0;
    nf = false;
    hf = true;
  }
}
