package dev.patina.gameboy.core.cpu;

/**
 * B, C, D, E, H, L and SP, and the 16-bit pairs the opcodes name them by. The accumulator and the
 * flags are the {@link Alu}'s, and PC is the {@link Cpu}'s, which fetches through it.
 */
final class RegisterFile {

  int b;
  int c;
  int d;
  int e;
  int h;
  int l;
  int sp;

  /** The values the DMG boot ROM hands over with. */
  void resetToPostBoot() {
    b = 0x00;
    c = 0x13;
    d = 0x00;
    e = 0xD8;
    h = 0x01;
    l = 0x4D;
    sp = 0xFFFE;
  }

  int hl() {
    return (h << 8) | l;
  }

  void setHl(int v) {
    h = v >> 8;
    l = v & 0xFF;
  }

  /** BC, DE, HL, SP, by the opcode's {@code p} field. */
  int pair(int p) {
    return switch (p) {
      case 0 -> (b << 8) | c;
      case 1 -> (d << 8) | e;
      case 2 -> hl();
      default -> sp;
    };
  }

  void setPair(int p, int v) {
    switch (p) {
      case 0 -> {
        b = v >> 8;
        c = v & 0xFF;
      }
      case 1 -> {
        d = v >> 8;
        e = v & 0xFF;
      }
      case 2 -> setHl(v);
      default -> sp = v;
    }
  }
}
