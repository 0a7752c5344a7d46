package dev.patina.gameboy.host.testrom;

import dev.patina.gameboy.core.ppu.Ppu;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Reading reference pictures as shades and comparing frames with them. */
public final class Screens {

  /** The grey of each shade, lightest first: what reference pictures of DMG tests use. */
  public static final int[] GREYS = {0xFF, 0xAA, 0x55, 0x00};

  private Screens() {}

  /** A 160 × 144 picture as shades 0–3 (each pixel's nearest grey). */
  public static int[] read(Path png) throws IOException {
    BufferedImage image = ImageIO.read(png.toFile());
    if (image == null) {
      throw new IOException(png + " is not a picture ImageIO can read");
    }
    if (image.getWidth() != Ppu.WIDTH || image.getHeight() != Ppu.HEIGHT) {
      throw new IOException(png + " is " + image.getWidth() + "x" + image.getHeight() + ", not 160x144");
    }
    int[] shades = new int[Ppu.WIDTH * Ppu.HEIGHT];
    for (int y = 0; y < Ppu.HEIGHT; y++) {
      for (int x = 0; x < Ppu.WIDTH; x++) {
        int rgb = image.getRGB(x, y);
        int grey = (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF)) / 3;
        shades[y * Ppu.WIDTH + x] = nearestShade(grey);
      }
    }
    return shades;
  }

  private static int nearestShade(int grey) {
    int best = 0;
    for (int s = 1; s < GREYS.length; s++) {
      if (Math.abs(GREYS[s] - grey) < Math.abs(GREYS[best] - grey)) {
        best = s;
      }
    }
    return best;
  }

  /** How many pixels differ. */
  public static int differences(int[] frame, int[] expected) {
    int n = 0;
    for (int i = 0; i < expected.length; i++) {
      if (frame[i] != expected[i]) {
        n++;
      }
    }
    return n;
  }

  /** Writes a frame as a PNG in the reference greys. */
  public static void write(int[] frame, Path png) throws IOException {
    BufferedImage image = new BufferedImage(Ppu.WIDTH, Ppu.HEIGHT, BufferedImage.TYPE_INT_RGB);
    for (int i = 0; i < frame.length; i++) {
      int g = GREYS[frame[i]];
      image.setRGB(i % Ppu.WIDTH, i / Ppu.WIDTH, (g << 16) | (g << 8) | g);
    }
    Path tmp = png.resolveSibling(png.getFileName() + ".tmp");
    if (!ImageIO.write(image, "png", tmp.toFile())) {
      throw new IOException("no PNG writer");
    }
    java.nio.file.Files.move(tmp, png, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }
}
