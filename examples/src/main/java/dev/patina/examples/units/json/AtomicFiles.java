package dev.patina.examples.units.json;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that a reader, or the file system after a crash, sees either the old contents
 * or the new ones, never half of them: the text goes to a temporary file in the same directory,
 * is forced to the disk, and is renamed over the target in one atomic step.
 */
public final class AtomicFiles {

  private AtomicFiles() {}

  /** Replaces {@code target}'s contents with {@code text} (UTF-8), atomically. */
  public static void write(Path target, String text) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
    try {
      try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
          out.write(bytes);
        }
        out.force(true);
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        throw new IOException("cannot replace " + target + " atomically on this file system", e);
      }
    } finally {
      Files.deleteIfExists(temp); // gone after a successful move; left behind only on failure
    }
    syncDirectory(dir);
  }

  /** Forces the rename itself to the disk, where the platform lets a directory be opened (Linux, macOS). */
  private static void syncDirectory(Path dir) {
    try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
      d.force(true);
    } catch (IOException e) {
      // Windows cannot open a directory as a channel; its rename is durable without this
    }
  }
}
