package dev.patina.gameboy.host.debug;

import dev.patina.gameboy.core.cpu.Memory;

/** Turns the bytes at an address into an SM83 mnemonic, decoding the same bit fields as the CPU. */
public final class Disassembler {

  private static final String[] R = {"B", "C", "D", "E", "H", "L", "(HL)", "A"};
  private static final String[] RP = {"BC", "DE", "HL", "SP"};
  private static final String[] RP2 = {"BC", "DE", "HL", "AF"};
  private static final String[] CC = {"NZ", "Z", "NC", "C"};
  private static final String[] ALU = {"ADD A,", "ADC A,", "SUB ", "SBC A,", "AND ", "XOR ", "OR ", "CP "};
  private static final String[] ROT = {"RLC", "RRC", "RL", "RR", "SLA", "SRA", "SWAP", "SRL"};
  private static final String[] ACC = {"RLCA", "RRCA", "RLA", "RRA", "DAA", "CPL", "SCF", "CCF"};
  private static final String[] IND = {"(BC)", "(DE)", "(HL+)", "(HL-)"};

  /**
   * One decoded instruction.
   *
   * @param address where it starts
   * @param length its length in bytes (1–3)
   * @param text its mnemonic, e.g. {@code LD A,($FF44)}
   */
  public record Instruction(int address, int length, String text) {}

  private Disassembler() {}

  /** Decodes the instruction at {@code address} (reading with {@code peek}, so time does not pass). */
  public static Instruction at(Memory memory, int address) {
    int op = memory.peek(address);
    int n = memory.peek((address + 1) & 0xFFFF);
    int nn = n | (memory.peek((address + 2) & 0xFFFF) << 8);
    int x = op >> 6;
    int y = (op >> 3) & 7;
    int z = op & 7;
    String d8 = String.format("$%02X", n);
    String d16 = String.format("$%04X", nn);
    String rel = String.format("$%04X", (address + 2 + (byte) n) & 0xFFFF);
    return switch (x) {
      case 1 -> new Instruction(address, 1, op == 0x76 ? "HALT" : "LD " + R[y] + "," + R[z]);
      case 2 -> new Instruction(address, 1, ALU[y] + R[z]);
      case 0 -> block0(address, y, z, d8, d16, rel);
      default -> block3(address, op, y, z, n, d8, d16);
    };
  }

  private static Instruction block0(int a, int y, int z, String d8, String d16, String rel) {
    return switch (z) {
      case 0 -> switch (y) {
        case 0 -> new Instruction(a, 1, "NOP");
        case 1 -> new Instruction(a, 3, "LD (" + d16 + "),SP");
        case 2 -> new Instruction(a, 2, "STOP");
        case 3 -> new Instruction(a, 2, "JR " + rel);
        default -> new Instruction(a, 2, "JR " + CC[y - 4] + "," + rel);
      };
      case 1 -> (y & 1) == 0 ? new Instruction(a, 3, "LD " + RP[y >> 1] + "," + d16)
          : new Instruction(a, 1, "ADD HL," + RP[y >> 1]);
      case 2 -> new Instruction(a, 1, (y & 1) == 0 ? "LD " + IND[y >> 1] + ",A" : "LD A," + IND[y >> 1]);
      case 3 -> new Instruction(a, 1, ((y & 1) == 0 ? "INC " : "DEC ") + RP[y >> 1]);
      case 4 -> new Instruction(a, 1, "INC " + R[y]);
      case 5 -> new Instruction(a, 1, "DEC " + R[y]);
      case 6 -> new Instruction(a, 2, "LD " + R[y] + "," + d8);
      default -> new Instruction(a, 1, ACC[y]);
    };
  }

  private static Instruction block3(int a, int op, int y, int z, int n, String d8, String d16) {
    return switch (z) {
      case 0 -> switch (y) {
        case 4 -> new Instruction(a, 2, String.format("LDH ($FF%02X),A", n));
        case 5 -> new Instruction(a, 2, "ADD SP," + (byte) n);
        case 6 -> new Instruction(a, 2, String.format("LDH A,($FF%02X)", n));
        case 7 -> new Instruction(a, 2, "LD HL,SP" + ((byte) n >= 0 ? "+" : "") + (byte) n);
        default -> new Instruction(a, 1, "RET " + CC[y]);
      };
      case 1 -> (y & 1) == 0 ? new Instruction(a, 1, "POP " + RP2[y >> 1])
          : new Instruction(a, 1, new String[] {"RET", "RETI", "JP HL", "LD SP,HL"}[y >> 1]);
      case 2 -> switch (y) {
        case 4 -> new Instruction(a, 1, "LD ($FF00+C),A");
        case 5 -> new Instruction(a, 3, "LD (" + d16 + "),A");
        case 6 -> new Instruction(a, 1, "LD A,($FF00+C)");
        case 7 -> new Instruction(a, 3, "LD A,(" + d16 + ")");
        default -> new Instruction(a, 3, "JP " + CC[y] + "," + d16);
      };
      case 3 -> switch (y) {
        case 0 -> new Instruction(a, 3, "JP " + d16);
        case 1 -> new Instruction(a, 2, prefixed(n));
        case 6 -> new Instruction(a, 1, "DI");
        case 7 -> new Instruction(a, 1, "EI");
        default -> illegal(a, op);
      };
      case 4 -> y < 4 ? new Instruction(a, 3, "CALL " + CC[y] + "," + d16) : illegal(a, op);
      case 5 -> (y & 1) == 0 ? new Instruction(a, 1, "PUSH " + RP2[y >> 1])
          : y == 1 ? new Instruction(a, 3, "CALL " + d16) : illegal(a, op);
      case 6 -> new Instruction(a, 2, ALU[y] + d8);
      default -> new Instruction(a, 1, String.format("RST $%02X", y * 8));
    };
  }

  private static String prefixed(int op) {
    int y = (op >> 3) & 7;
    String r = R[op & 7];
    return switch (op >> 6) {
      case 0 -> ROT[y] + " " + r;
      case 1 -> "BIT " + y + "," + r;
      case 2 -> "RES " + y + "," + r;
      default -> "SET " + y + "," + r;
    };
  }

  private static Instruction illegal(int a, int op) {
    return new Instruction(a, 1, String.format("DB $%02X ; illegal: the CPU locks up", op));
  }
}
