package dev.patina.gameboy.core.ppu;

import dev.patina.gameboy.core.state.NotState;
import dev.patina.units.Unit;
import java.util.function.IntConsumer;

/**
 * The PPU's registers, VRAM, OAM and timing. A line is 456 dots: mode 2 (OAM scan, 80 dots), mode
 * 3 (drawing, 172 dots here — the minimum; the real length varies with sprites and scrolling),
 * mode 0 (HBlank) for the rest; lines 144–153 are mode 1 (VBlank). Each line is rendered as mode 3
 * ends, by {@link ScanlineRenderer}.
 *
 * <p>The STAT interrupt fires on a rising edge of the OR of its enabled sources (HBlank, VBlank,
 * OAM scan, LY = LYC), as on hardware, so two sources in a row raise it once.
 */
public final class Ppu {

  /** Dots (clock cycles) per line. */
  public static final @Unit("cycle") int DOTS_PER_LINE = 456;
  /** Lines per frame, VBlank included. */
  public static final int LINES = 154;
  /** Visible width and height. */
  public static final int WIDTH = 160;
  public static final int HEIGHT = 144;

  private static final @Unit("cycle") int OAM_SCAN_DOTS = 80;
  private static final @Unit("cycle") int DRAW_DOTS = 172;
  private static final @Unit("cycle") int DOTS_PER_TICK = 4;
  private static final int VBLANK_INTERRUPT = 0;
  private static final int STAT_INTERRUPT = 1;

  final byte[] vram = new byte[0x2000];
  final byte[] oam = new byte[0xA0];
  int lcdc = 0x91;
  int scy;
  int scx;
  int bgp = 0xFC;
  int obp0 = 0xFF;
  int obp1 = 0xFF;
  int wy;
  int wx;

  @NotState private final IntConsumer interruptLine;
  private final ScanlineRenderer renderer = new ScanlineRenderer(this);
  private final int[] frame = new int[WIDTH * HEIGHT];
  private int statEnables;
  private int ly;
  private int lyc;
  private @Unit("cycle") int dot;
  private int mode = 1;
  private boolean statLine;
  private boolean frameReady;
  private long frames;
  private int fixedLy = -1;

  /** A PPU in the state the boot ROM leaves (LCD on, in VBlank). */
  public Ppu(IntConsumer interruptLine) {
    this.interruptLine = interruptLine;
    this.ly = 0;
    this.mode = 1;
  }

  /** Advances one machine cycle (four dots). */
  public void tick() {
    if ((lcdc & 0x80) == 0) {
      return;
    }
    dot += DOTS_PER_TICK;
    if (dot >= DOTS_PER_LINE) {
      dot -= DOTS_PER_LINE;
      ly = (ly + 1) % LINES;
      if (ly == 0) {
        renderer.startFrame();
      }
    }
    int newMode = modeAt(ly, dot);
    if (newMode != mode) {
      enterMode(newMode);
    }
    updateStatLine();
  }

  private static int modeAt(int line, @Unit("cycle") int dot) {
    if (line >= HEIGHT) {
      return 1;
    }
    if (dot < OAM_SCAN_DOTS) {
      return 2;
    }
    return dot < OAM_SCAN_DOTS + DRAW_DOTS ? 3 : 0;
  }

  private void enterMode(int newMode) {
    mode = newMode;
    if (newMode == 0) {
      renderer.renderLine(ly, frame);
    } else if (newMode == 1) {
      interruptLine.accept(VBLANK_INTERRUPT);
      frameReady = true;
      frames++;
    }
  }

  private void updateStatLine() {
    boolean line = (ly == lyc && (statEnables & 0x40) != 0)
        || (mode == 0 && (statEnables & 0x08) != 0)
        || (mode == 1 && (statEnables & 0x10) != 0)
        || (mode == 2 && (statEnables & 0x20) != 0);
    if (line && !statLine) {
      interruptLine.accept(STAT_INTERRUPT);
    }
    statLine = line;
  }

  /**
   * Makes LY read as {@code value} whatever the line (-1 restores it): Gameboy Doctor's reference
   * traces were made with LY fixed at $90, so a trace compared with them must be too.
   */
  public void fixLy(int value) {
    this.fixedLy = value;
  }

  /** Whether a frame finished since the last call; clears the flag. */
  public boolean takeFrame() {
    boolean ready = frameReady;
    frameReady = false;
    return ready;
  }

  /** The last frame: 160 × 144 shades, 0 (lightest) to 3 (darkest), row by row. */
  public int[] frame() {
    return frame;
  }

  /** Frames completed since power-on. */
  public long frames() {
    return frames;
  }

  /** Reads VRAM ($8000–$9FFF). */
  public int readVram(int address) {
    return vram[address & 0x1FFF] & 0xFF;
  }

  /** Writes VRAM. */
  public void writeVram(int address, int value) {
    vram[address & 0x1FFF] = (byte) value;
  }

  /** Reads OAM ($FE00–$FE9F). */
  public int readOam(int address) {
    return oam[address - 0xFE00] & 0xFF;
  }

  /** Writes OAM; also what OAM DMA uses. */
  public void writeOam(int address, int value) {
    oam[address - 0xFE00] = (byte) value;
  }

  /** Reads $FF40–$FF4B (not $FF46, which is the bus's DMA register). */
  public int read(int address) {
    return switch (address) {
      case 0xFF40 -> lcdc;
      case 0xFF41 -> 0x80 | statEnables | (ly == lyc ? 0x04 : 0) | ((lcdc & 0x80) != 0 ? mode : 0);
      case 0xFF42 -> scy;
      case 0xFF43 -> scx;
      case 0xFF44 -> fixedLy >= 0 ? fixedLy : ly;
      case 0xFF45 -> lyc;
      case 0xFF47 -> bgp;
      case 0xFF48 -> obp0;
      case 0xFF49 -> obp1;
      case 0xFF4A -> wy;
      case 0xFF4B -> wx;
      default -> 0xFF;
    };
  }

  /** Writes $FF40–$FF4B (not $FF46). */
  public void write(int address, int value) {
    switch (address) {
      case 0xFF40 -> setLcdc(value);
      case 0xFF41 -> {
        statEnables = value & 0x78;
        updateStatLine();
      }
      case 0xFF42 -> scy = value;
      case 0xFF43 -> scx = value;
      case 0xFF45 -> {
        lyc = value;
        updateStatLine();
      }
      case 0xFF47 -> bgp = value;
      case 0xFF48 -> obp0 = value;
      case 0xFF49 -> obp1 = value;
      case 0xFF4A -> wy = value;
      case 0xFF4B -> wx = value;
      default -> { } // LY is read-only
    }
  }

  private void setLcdc(int value) {
    boolean wasOn = (lcdc & 0x80) != 0;
    lcdc = value;
    boolean on = (value & 0x80) != 0;
    if (wasOn && !on) {
      ly = 0;
      dot = 0;
      mode = 0;
    } else if (!wasOn && on) {
      ly = 0;
      dot = 0;
      mode = 2;
      renderer.startFrame();
      updateStatLine();
    }
  }
}
