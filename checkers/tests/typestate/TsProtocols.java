import dev.patina.ownership.Consume;
import dev.patina.ownership.Linear;
import dev.patina.typestate.Drops;
import dev.patina.typestate.Ensures;
import dev.patina.typestate.EnsuresWhen;
import dev.patina.typestate.Protocol;
import dev.patina.typestate.Requires;
import dev.patina.typestate.State;
import java.io.IOException;

// The protocols the other test files use.

@Protocol(states = {"Closed", "Open"}, initial = "Closed", end = {"Closed"})
class TsFile {
  @Requires("Closed") @Ensures("Open") void open() throws IOException {}
  @Requires("Open") String read() { return ""; }
  @Requires("Open") void flush() throws IOException {}
  @Requires("Open") @Ensures("Closed") void close() {}
  String path() { return "/tmp/x"; }
}

/** Inherits the protocol and adds a method. */
class TsLogFile extends TsFile {
  @Requires("Open") void append(String line) {}
  /** Declares nothing: inherits the contract of TsFile.read(). */
  @Override String read() { return "log"; }
}

@Protocol(states = {"HasMore", "Unknown", "Exhausted"}, initial = "Unknown", end = {"HasMore", "Unknown", "Exhausted"})
class TsCursor {
  @EnsuresWhen(result = "true", state = "HasMore")
  @EnsuresWhen(result = "false", state = "Exhausted")
  boolean hasNext() { return false; }
  @Requires("HasMore") @Ensures("Unknown") String next() { return ""; }
}

enum TsOutcome { COMMITTED, CONFLICT, FAILED }

@Protocol(states = {"Active", "Committed", "RolledBack"}, initial = "Active", end = {"Committed", "RolledBack"})
class TsTx {
  @Requires("Active") void put(String key, String value) {}
  @Requires("Active")
  @EnsuresWhen(result = "COMMITTED", state = "Committed")
  @EnsuresWhen(result = "FAILED", state = "RolledBack")
  TsOutcome commit() { return TsOutcome.COMMITTED; }
  @Requires("Active") @Ensures("RolledBack") void rollback() {}
  @Drops void abandon() {}
}

@Linear
@Protocol(states = {"Idle", "Connected"}, initial = "Idle", end = {"Idle"})
class TsConn {
  @Requires("Idle") @Ensures("Connected") void connect() {}
  @Requires("Connected") void send(String s) {}
  @Consume @Requires("Connected") @Ensures("Idle") void hangUp() {}
  @Consume @Requires("Connected") @Ensures("Idle") void quit() throws IOException {}
}

@Protocol(states = {"Empty", "Configured", "Built"}, initial = "Empty", end = {"Built"})
class TsBuilder {
  @Requires({"Empty", "Configured"}) @Ensures("Configured") TsBuilder name(String n) { return this; }
  @Requires("Configured") @Ensures("Built") String build() { return ""; }
}

/** Factories that say which state their result starts in. */
final class TsFactory {
  private TsFactory() {}
  static @State("Open") TsFile opened() { return null; }
  static @State("Idle") TsConn conn() { return null; }
}

/** A resource for try-with-resources: it starts open and the try closes it. */
@Protocol(states = {"Open", "Closed"}, initial = "Open", end = {"Closed"})
class TsResource implements AutoCloseable {
  @Requires("Open") void use() {}
  @Requires("Open") @Ensures("Closed") @Override public void close() {}
}
