package dev.patina.gameboy.core.ppu;

import dev.patina.gameboy.core.state.NotState;

/**
 * Draws one line of the picture from the PPU's state: background, window, then up to ten sprites
 * with the DMG's rules — the first ten in OAM order that cover the line are drawn, the one with the
 * smaller X wins where they overlap (the earlier in OAM on a tie), colour 0 is transparent, and a
 * sprite with its priority bit set shows only over background colour 0.
 */
final class ScanlineRenderer {

  private static final int MAX_SPRITES_PER_LINE = 10;

  @NotState private final Ppu ppu;
  private final int[] bgColour = new int[Ppu.WIDTH];
  private final int[] lineSprites = new int[MAX_SPRITES_PER_LINE];
  private int windowLine;
  private boolean windowTriggered;

  ScanlineRenderer(Ppu ppu) {
    this.ppu = ppu;
  }

  void startFrame() {
    windowLine = 0;
    windowTriggered = false;
  }

  void renderLine(int ly, int[] frame) {
    int row = ly * Ppu.WIDTH;
    drawBackgroundAndWindow(ly, frame, row);
    if ((ppu.lcdc & 0x02) != 0) {
      drawSprites(ly, frame, row);
    }
  }

  private void drawBackgroundAndWindow(int ly, int[] frame, int row) {
    int lcdc = ppu.lcdc;
    if ((lcdc & 0x01) == 0) {
      java.util.Arrays.fill(bgColour, 0);
      for (int x = 0; x < Ppu.WIDTH; x++) {
        frame[row + x] = shade(ppu.bgp, 0);
      }
      return;
    }
    if (ppu.wy == ly) {
      windowTriggered = true;
    }
    boolean window = (lcdc & 0x20) != 0 && windowTriggered && ppu.wx <= 166;
    int windowStart = window ? ppu.wx - 7 : Ppu.WIDTH;
    int bgMap = (lcdc & 0x08) != 0 ? 0x1C00 : 0x1800;
    int y = (ppu.scy + ly) & 0xFF;
    for (int x = 0; x < Math.min(windowStart, Ppu.WIDTH); x++) {
      int bx = (ppu.scx + x) & 0xFF;
      put(frame, row, x, tilePixel(bgMap, bx, y));
    }
    if (window) {
      int winMap = (lcdc & 0x40) != 0 ? 0x1C00 : 0x1800;
      for (int x = Math.max(windowStart, 0); x < Ppu.WIDTH; x++) {
        put(frame, row, x, tilePixel(winMap, x - windowStart, windowLine));
      }
      windowLine++;
    }
  }

  private void put(int[] frame, int row, int x, int colour) {
    bgColour[x] = colour;
    frame[row + x] = shade(ppu.bgp, colour);
  }

  /** The colour number (0–3) of pixel (x, y) of the 256 × 256 map at {@code map}. */
  private int tilePixel(int map, int x, int y) {
    int tile = ppu.vram[map + (y >> 3) * 32 + (x >> 3)] & 0xFF;
    int base = (ppu.lcdc & 0x10) != 0 ? tile * 16 : 0x1000 + ((byte) tile) * 16;
    int line = base + (y & 7) * 2;
    int bit = 7 - (x & 7);
    return ((ppu.vram[line] >> bit) & 1) | (((ppu.vram[line + 1] >> bit) & 1) << 1);
  }

  private void drawSprites(int ly, int[] frame, int row) {
    int height = (ppu.lcdc & 0x04) != 0 ? 16 : 8;
    int count = 0;
    for (int i = 0; i < 40 && count < MAX_SPRITES_PER_LINE; i++) {
      int top = (ppu.oam[i * 4] & 0xFF) - 16;
      if (ly >= top && ly < top + height) {
        lineSprites[count++] = i;
      }
    }
    for (int x = 0; x < Ppu.WIDTH; x++) {
      int winner = -1;
      int winnerColour = 0;
      for (int s = 0; s < count; s++) {
        int i = lineSprites[s];
        int left = (ppu.oam[i * 4 + 1] & 0xFF) - 8;
        if (x < left || x >= left + 8) {
          continue;
        }
        int colour = spritePixel(i, x - left, ly - ((ppu.oam[i * 4] & 0xFF) - 16), height);
        if (colour != 0 && (winner < 0 || left < (ppu.oam[winner * 4 + 1] & 0xFF) - 8)) {
          winner = i;
          winnerColour = colour;
        }
      }
      if (winner >= 0) {
        int attributes = ppu.oam[winner * 4 + 3] & 0xFF;
        if ((attributes & 0x80) == 0 || bgColour[x] == 0) {
          frame[row + x] = shade((attributes & 0x10) != 0 ? ppu.obp1 : ppu.obp0, winnerColour);
        }
      }
    }
  }

  private int spritePixel(int sprite, int px, int py, int height) {
    int attributes = ppu.oam[sprite * 4 + 3] & 0xFF;
    int tile = ppu.oam[sprite * 4 + 2] & 0xFF;
    if (height == 16) {
      tile &= 0xFE;
    }
    int y = (attributes & 0x40) != 0 ? height - 1 - py : py;
    int x = (attributes & 0x20) != 0 ? 7 - px : px;
    int line = tile * 16 + y * 2;
    int bit = 7 - x;
    return ((ppu.vram[line] >> bit) & 1) | (((ppu.vram[line + 1] >> bit) & 1) << 1);
  }

  private static int shade(int palette, int colour) {
    return (palette >> (colour * 2)) & 3;
  }
}
