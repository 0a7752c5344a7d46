package dev.patina.examples.typestate.file;

import dev.patina.ownership.Affine;
import dev.patina.typestate.Ensures;
import dev.patina.typestate.Protocol;
import dev.patina.typestate.Requires;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An append-only journal file: {@link #open()} it, {@link #append} lines, {@link #close()} it, and
 * open it again later to append more. The typestate checker rejects an append to a closed journal
 * and a journal left open when its last reference dies; at run time the same mistakes throw
 * {@link IllegalStateException}, for callers that were not checked.
 *
 * <p>{@code @Affine}: a journal has one owner at a time, so no second name can close it behind the
 * first one's back. It is not {@code @Linear}: the typestate's end state ({@code Closed}) is the
 * obligation, and a closed journal may simply be dropped.
 */
@Affine
@Protocol(states = {"Closed", "Open"}, initial = "Closed", end = {"Closed"})
public final class Journal {

  private final Path path;
  private FileChannel channel;
  private long appended;

  /** A journal on {@code path}; the file is created by the first {@link #open()} if it is missing. */
  public Journal(Path path) {
    this.path = path;
  }

  /** The journal's file. */
  public Path path() {
    return path;
  }

  /**
   * Opens the file for appending. If it throws, the journal stays closed: nothing was opened and
   * nothing needs closing.
   */
  @Requires("Closed")
  @Ensures("Open")
  public void open() throws IOException {
    if (channel != null) {
      throw new IllegalStateException("journal " + path + " is already open");
    }
    channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
  }

  /** Appends one line (a newline is added); the line must not contain one itself. */
  @Requires("Open")
  public void append(String line) throws IOException {
    if (line.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("a journal line cannot contain a newline: " + line.strip());
    }
    ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
    FileChannel out = openChannel("append to");
    while (bytes.hasRemaining()) {
      out.write(bytes);
    }
    appended++;
  }

  /** Forces what was appended so far onto the disk, so that it survives a crash. */
  @Requires("Open")
  public void sync() throws IOException {
    openChannel("sync").force(true);
  }

  /** How many lines this object has appended, over all the times it was open. */
  public long appended() {
    return appended;
  }

  /**
   * Closes the file. The handle is released even when closing reports an I/O error (as {@link
   * FileChannel#close()} does), so the journal is closed afterwards either way; the error is
   * rethrown unchecked because there is nothing left for the caller to clean up.
   */
  @Requires("Open")
  @Ensures("Closed")
  public void close() {
    FileChannel out = openChannel("close");
    channel = null;
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException("closing journal " + path, e);
    }
  }

  private FileChannel openChannel(String action) {
    if (channel == null) {
      throw new IllegalStateException("cannot " + action + " journal " + path + ": it is closed");
    }
    return channel;
  }
}
