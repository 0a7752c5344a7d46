package dev.patina.gameboy.host.window;

import dev.patina.gameboy.core.GameBoy;
import dev.patina.gameboy.core.bus.Bus;
import dev.patina.gameboy.core.cartridge.Cartridge;
import dev.patina.gameboy.core.joypad.Button;
import dev.patina.gameboy.core.ppu.Ppu;
import dev.patina.gameboy.host.RomFiles;
import dev.patina.gameboy.host.testrom.Screens;
import dev.patina.units.Unit;
import java.awt.AWTException;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.event.KeyAdapter;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.LockSupport;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;

/**
 * {@code patina gb ROM}: plays in a window. The emulation runs on its own thread and paces itself
 * to 59.73 frames per second; the Swing thread only paints and turns key presses into events the
 * emulation thread applies at the start of the next frame, so the core is only ever touched by
 * one thread.
 */
public final class Window {

  /** The DMG's frame rate: 4,194,304 Hz / 70,224 cycles. */
  public static final @Unit("1/s") double FRAMES_PER_SECOND = (double) Bus.CLOCK_HZ / GameBoy.CYCLES_PER_FRAME;

  private static final @Unit("s") double SECONDS_PER_NANOSECOND = 1e-9;

  // one frame (1 / FRAMES_PER_SECOND, in s) divided by the length of a nanosecond: a plain count
  private static final long FRAME_NANOS = Math.round(1 / (FRAMES_PER_SECOND * SECONDS_PER_NANOSECOND));
  private static final int AUTOSAVE_FRAMES = 60 * 30;

  private record Input(Button button, boolean down) {}

  private final Path rom;
  private final Cartridge cartridge;
  private final GameBoy gb;
  private final int scale;
  private final BufferedImage image = new BufferedImage(Ppu.WIDTH, Ppu.HEIGHT, BufferedImage.TYPE_INT_RGB);
  /** The frame in RGB, refilled each frame rather than allocated 60 times a second. */
  private final int[] rgb = new int[Ppu.WIDTH * Ppu.HEIGHT];
  private final ConcurrentLinkedQueue<Input> inputs = new ConcurrentLinkedQueue<>();
  private final CountDownLatch closed = new CountDownLatch(1);
  private final SaveStates states;
  private volatile boolean paused;
  private volatile boolean quit;
  private volatile String status = "";
  private JFrame frame;

  private Window(Path rom, Cartridge cartridge, int scale) {
    this.rom = rom;
    this.cartridge = cartridge;
    this.gb = new GameBoy(cartridge);
    this.scale = scale;
    this.states = new SaveStates(rom);
  }

  /**
   * Plays {@code rom} at {@code scale}; with {@code capture}, runs {@code captureFrames} frames,
   * writes a screenshot of the window to the file and closes. Returns the exit code.
   */
  public static int play(Path rom, int scale, Optional<Path> capture, long captureFrames, PrintWriter out, PrintWriter err) {
    if (GraphicsEnvironment.isHeadless()) {
      err.println("patina gb: there is no display (DISPLAY is not set); use --headless, or run under xvfb-run");
      return 1;
    }
    Cartridge cartridge;
    try {
      cartridge = RomFiles.load(rom);
    } catch (RomFiles.RomException e) {
      err.println("patina gb: " + e.getMessage());
      return 1;
    }
    cartridge.header().warnings().forEach(w -> err.println("warning: " + rom.getFileName() + ": " + w));
    Window w = new Window(rom, cartridge, scale);
    try {
      SwingUtilities.invokeAndWait(w::open);
      out.println("playing " + cartridge.header().title() + " — " + Keys.HELP);
      out.flush();
      return w.run(capture, captureFrames, err);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    } catch (InvocationTargetException e) {
      err.println("patina gb: cannot open the window: " + e.getCause());
      return 1;
    }
  }

  private void open() {
    frame = new JFrame("Patina Game Boy — " + cartridge.header().title());
    JPanel panel = new JPanel() {
      @Override
      protected void paintComponent(Graphics g) {
        super.paintComponent(g);
        g.drawImage(image, 0, 0, Ppu.WIDTH * scale, Ppu.HEIGHT * scale, null);
        if (!status.isEmpty()) {
          g.setColor(java.awt.Color.RED);
          g.drawString(status, 4, 14);
        }
      }
    };
    panel.setPreferredSize(new Dimension(Ppu.WIDTH * scale, Ppu.HEIGHT * scale));
    frame.add(panel);
    frame.setResizable(false);
    frame.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
    frame.addKeyListener(new KeyAdapter() {
      @Override
      public void keyPressed(KeyEvent e) {
        key(e, true);
      }

      @Override
      public void keyReleased(KeyEvent e) {
        key(e, false);
      }
    });
    frame.addWindowListener(new WindowAdapter() {
      @Override
      public void windowClosed(WindowEvent e) {
        quit = true;
        closed.countDown();
      }
    });
    frame.pack();
    frame.setLocationRelativeTo(null);
    frame.setVisible(true);
  }

  private void key(KeyEvent e, boolean down) {
    Keys.button(e.getKeyCode()).ifPresent(b -> inputs.add(new Input(b, down)));
    if (!down) {
      return;
    }
    switch (e.getKeyCode()) {
      case KeyEvent.VK_P -> paused = !paused;
      case KeyEvent.VK_F5 -> inputs.add(new Input(null, true));
      case KeyEvent.VK_F9 -> inputs.add(new Input(null, false));
      case KeyEvent.VK_ESCAPE -> frame.dispose();
      default -> { }
    }
  }

  private int run(Optional<Path> capture, long captureFrames, PrintWriter err) throws InterruptedException {
    try (Sound sound = Sound.open(gb.bus().apu(), err)) {
      long deadline = System.nanoTime();
      for (long n = 0; !quit; n++) {
        applyInputs(err);
        if (!paused) {
          gb.runFrame();
          sound.play(gb.bus().apu());
        }
        status = paused ? "paused (P)" : status.startsWith("paused") ? "" : status;
        present();
        if (n % AUTOSAVE_FRAMES == 0) {
          saveBattery(err);
        }
        if (capture.isPresent() && n == captureFrames) {
          return captureWindow(capture.get(), err);
        }
        deadline += FRAME_NANOS;
        long wait = deadline - System.nanoTime();
        if (wait > 0) {
          LockSupport.parkNanos(wait);
        } else if (wait < -5 * FRAME_NANOS) {
          deadline = System.nanoTime(); // far behind (a pause in the JVM): do not race to catch up
        }
      }
    } finally {
      saveBattery(err);
      SwingUtilities.invokeLater(() -> frame.dispose());
    }
    closed.await();
    return 0;
  }

  private void applyInputs(PrintWriter err) {
    for (Input in; (in = inputs.poll()) != null; ) {
      if (in.button() != null) {
        gb.bus().joypad().set(in.button(), in.down());
      } else {
        status = in.down() ? states.save(gb, err) : states.load(gb, err);
      }
    }
  }

  private void present() {
    int[] shades = gb.frame();
    for (int i = 0; i < shades.length; i++) {
      int g = Screens.GREYS[shades[i]];
      rgb[i] = (g << 16) | (g << 8) | g;
    }
    image.setRGB(0, 0, Ppu.WIDTH, Ppu.HEIGHT, rgb, 0, Ppu.WIDTH);
    frame.repaint();
  }

  private void saveBattery(PrintWriter err) {
    try {
      RomFiles.save(rom, cartridge);
    } catch (IOException e) {
      err.println("patina gb: could not save the battery RAM: " + e.getMessage());
    }
  }

  /** A screenshot of the window as the screen shows it (under Xvfb: what the virtual screen holds). */
  private int captureWindow(Path png, PrintWriter err) {
    try {
      Thread.sleep(200); // let the last repaint reach the screen
      Rectangle bounds = frame.getContentPane().getBounds();
      java.awt.Point at = frame.getContentPane().getLocationOnScreen();
      BufferedImage shot = new Robot().createScreenCapture(new Rectangle(at.x, at.y, bounds.width, bounds.height));
      ImageIO.write(shot, "png", png.toFile());
      quit = true;
      return 0;
    } catch (AWTException | IOException e) {
      err.println("patina gb: cannot take the screenshot: " + e.getMessage());
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    }
  }
}
