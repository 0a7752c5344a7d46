package dev.patina.gameboy.host;

import dev.patina.gameboy.core.cartridge.Cartridge;
import dev.patina.gameboy.core.cartridge.CartridgeException;
import dev.patina.gameboy.core.cartridge.Cartridges;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * ROM files and their battery saves: a ROM is read and checked with a one-line error for each way
 * it can be wrong, and the save beside it ({@code game.sav} for {@code game.gb}) is written to a
 * temporary file, fsynced and renamed, so a crash leaves the old save or the new one, never half
 * of one.
 */
public final class RomFiles {

  /** Thrown with the one line a user sees. */
  public static final class RomException extends Exception {
    private static final long serialVersionUID = 1L;

    RomException(String message) {
      super(message);
    }
  }

  private RomFiles() {}

  /** Reads and checks {@code rom}, and loads its battery save if there is one. */
  public static Cartridge load(Path rom) throws RomException {
    byte[] bytes;
    try {
      if (Files.isDirectory(rom)) {
        throw new RomException(rom + " is a directory, not a ROM file");
      }
      bytes = Files.readAllBytes(rom);
    } catch (NoSuchFileException e) {
      throw new RomException(rom + ": no such file");
    } catch (IOException e) {
      throw new RomException(rom + ": cannot read it: " + e.getMessage());
    }
    Cartridge cartridge;
    try {
      cartridge = Cartridges.load(bytes);
    } catch (CartridgeException e) {
      throw new RomException(rom + ": " + e.getMessage());
    }
    Path save = savePath(rom);
    if (cartridge.saveData().length > 0 && Files.isRegularFile(save)) {
      try {
        cartridge.loadSaveData(Files.readAllBytes(save));
      } catch (IOException | CartridgeException e) {
        throw new RomException(save + ": the battery save cannot be used (" + e.getMessage() + "); move it away to start without it");
      }
    }
    return cartridge;
  }

  /** Where the battery save of {@code rom} lives. */
  public static Path savePath(Path rom) {
    String name = rom.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return rom.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".sav");
  }

  /** Writes the cartridge's battery save beside {@code rom}, atomically; nothing if it has no battery. */
  public static void save(Path rom, Cartridge cartridge) throws IOException {
    byte[] data = cartridge.saveData();
    if (data.length > 0) {
      writeAtomically(savePath(rom), data);
    }
  }

  /** Temporary file in the same directory, fsync, rename over the target. */
  public static void writeAtomically(Path target, byte[] data) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Path tmp = Files.createTempFile(dir, target.getFileName().toString(), ".tmp");
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        ByteBuffer buf = ByteBuffer.wrap(data);
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
        ch.force(true);
      }
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
