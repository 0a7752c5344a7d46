// P0382: use of a moved value.
// Rust: E0382, "borrow of moved value": `archive(file); file.read(&mut buf)`.
package dev.patina.examples.gallery.p0382;

import dev.patina.ownership.Consume;
import dev.patina.ownership.Linear;
import dev.patina.ownership.Owned;

/** An open file: whoever owns it must close it, exactly once. */
@Linear
final class LogFile {
  static LogFile open(String path) {
    return new LogFile();
  }

  int read(byte[] into) {
    return 0;
  }

  @Consume
  void close() {}
}

final class Archiver {
  /** Takes the file over: copies it into the archive and closes it. */
  static void archive(@Owned LogFile file) {
    file.read(new byte[4096]);
    file.close();
  }

  static void rotate(String path) {
    LogFile file = LogFile.open(path);
    archive(file);              // `file` moves into archive(), which closes it
    file.read(new byte[16]);    // error: the file is no longer ours to read
  }
}
