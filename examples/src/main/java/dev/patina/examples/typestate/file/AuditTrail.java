package dev.patina.examples.typestate.file;

import dev.patina.typestate.State;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes an audit trail to a {@link Journal} in two sessions (open, append, close, then open
 * again), the way a service appends to its log across restarts, and prints what the file holds.
 * Every path out of {@link #session} closes the journal, the exceptional ones included.
 * {@code examples/compile-fail/typestate/misuse/file} holds the mistakes the checker rejects.
 */
public final class AuditTrail {

  private AuditTrail() {}

  /** Appends {@code events} in one session: the journal comes in closed and leaves closed. */
  public static void session(@State("Closed") Journal journal, List<String> events) throws IOException {
    journal.open();
    try {
      record(journal, events);
      journal.sync();
    } finally {
      journal.close();
    }
  }

  /** Appends each event; the journal must be open, and stays open for the caller to close. */
  public static void record(@State("Open") Journal journal, List<String> events) throws IOException {
    for (String event : events) {
      journal.append(event);
    }
  }

  /** Writes two sessions to the file named by {@code args[0]} (a new temporary file without it). */
  public static void main(String[] args) throws IOException {
    boolean temporary = args.length == 0;
    Path file = temporary ? Files.createTempFile("audit", ".log") : Path.of(args[0]);
    Journal journal = new Journal(file);
    session(journal, List.of("boot: service started", "login: alice"));
    session(journal, List.of("restart: configuration reloaded", "logout: alice"));
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    System.out.println(journal.appended() + " lines appended to " + file + ":");
    for (String line : lines) {
      System.out.println("  " + line);
    }
    if (temporary) {
      Files.delete(file);
    }
  }
}
