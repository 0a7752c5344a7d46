package dev.patina.processors.async;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Reads the class files javac wrote and writes their rewritten versions beside them. On disk a file
 * is replaced atomically (a temporary file, forced to disk, renamed over it), so an interrupted
 * build never leaves half a class.
 */
final class ClassFiles {

  private final Filer filer;

  ClassFiles(Filer filer) {
    this.filer = filer;
  }

  /** The bytes javac wrote for the class {@code binary}. */
  byte[] read(String binary) throws IOException {
    FileObject file = resource(binary);
    try (InputStream in = file.openInputStream()) {
      return in.readAllBytes();
    }
  }

  /**
   * Writes {@code bytes} as the class file of {@code binary}, beside the class file of {@code owner}.
   *
   * @throws IOException also when javac does not write class files to disk: a class file javac
   *     wrote cannot be replaced through the annotation processing API, only on disk
   */
  void write(String owner, String binary, byte[] bytes) throws IOException {
    FileObject ownerFile = resource(owner);
    if (!"file".equals(ownerFile.toUri().getScheme())) {
      throw new IOException("the rewriter replaces class files on disk, and this compilation keeps them in "
          + ownerFile.toUri().getScheme() + ": storage; compile to a directory (javac -d) to rewrite @Async methods");
    }
    Path dir = Path.of(ownerFile.toUri()).getParent();
    atomically(dir.resolve(simpleName(binary) + ".class"), bytes);
  }

  private FileObject resource(String binary) throws IOException {
    int dot = binary.lastIndexOf('.');
    String pkg = dot < 0 ? "" : binary.substring(0, dot);
    return filer.getResource(StandardLocation.CLASS_OUTPUT, pkg, simpleName(binary) + ".class");
  }

  private static String simpleName(String binary) {
    return binary.substring(binary.lastIndexOf('.') + 1);
  }

  private static void atomically(Path target, byte[] bytes) throws IOException {
    Path temp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        channel.write(java.nio.ByteBuffer.wrap(bytes));
        channel.force(true);
      }
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
