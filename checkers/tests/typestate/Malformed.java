import dev.patina.typestate.Drops;
import dev.patina.typestate.Ensures;
import dev.patina.typestate.EnsuresWhen;
import dev.patina.typestate.Protocol;
import dev.patina.typestate.Requires;
import dev.patina.typestate.State;

// T0004: malformed protocols, and annotations that name states their protocol lacks or sit where
// they mean nothing.

// ---- fires ------------------------------------------------------------------------------

// :: error: [T0004]
@Protocol(states = {"A", "B"}, initial = "C", end = {"A"})
class BadInitial {}

// :: error: [T0004]
@Protocol(states = {"Off", "On", "Broken"}, initial = "Off", end = {"Broken"})
class UnreachableEnd {
  @Requires("Off") @Ensures("On") void start() {}
  @Requires("On") @Ensures("Off") void stop() {}
}

@Protocol(states = {"Off", "On", "Error"}, initial = "Off", end = {"Off"})
class UnreachableRequires {
  @Requires("Off") @Ensures("On") void start() {}
  @Requires("On") @Ensures("Off") void stop() {}
  // :: error: [T0004]
  @Requires("Error") void reset() {}
}

@Protocol(states = {"Closed", "Open"}, initial = "Closed", end = {"Closed"})
class Misspelt {
  // :: error: [T0004]
  @Requires("Opne") void read() {}
  // :: error: [T0004]
  @Ensures("Opened") void open() {}
  // :: error: [T0004]
  @EnsuresWhen(result = "true", state = "Ready") boolean ready() { return true; }
  // :: error: [T0004]
  @EnsuresWhen(result = "yes", state = "Open") boolean check() { return true; }
  // :: error: [T0004]
  @EnsuresWhen(result = "true", state = "Open") void notBoolean() {}
  @Requires("Open") @Ensures("Closed") void close() {}
}

class NoProtocolHere {
  // :: error: [T0004]
  @Requires("Open") void read() {}
  // :: error: [T0004]
  void take(@State("Open") String s) {}
}

class StateNames {
  // :: error: [T0004]
  void take(@State("Ajar") TsFile f) {}
  // :: error: [T0004]
  @State("Ajar") TsFile field;
  // :: error: [T0004]
  @State(value = "Open", after = "Closed") TsFile notAParameter;
  // :: error: [T0004]
  static @State("Shut") TsFile make() { return null; }
}

// :: error: [T0004]
@Protocol(states = {"Closed", "Open", "Half"}, initial = "Closed", end = {"Closed"})
class RedeclaresStates extends TsFile {}

// ---- silent -----------------------------------------------------------------------------

@Protocol(states = {"Off", "On"}, initial = "Off", end = {"Off"})
class Switch {
  @Requires("Off") @Ensures("On") void on() {}
  @Requires("On") @Ensures("Off") void off() {}
  @Drops void unplug() {}
}

/** Adds a method; the states stay those of TsFile. */
class TsFileWithSize extends TsFile {
  @Requires("Open") long size() { return 0; }
}

/** Redeclares the very same protocol: allowed. */
@Protocol(states = {"Closed", "Open"}, initial = "Closed", end = {"Closed"})
class SameProtocol extends TsFile {}

/** A state only a factory's @State result introduces is reachable. */
@Protocol(states = {"Fresh", "Loaded"}, initial = "Fresh", end = {"Fresh", "Loaded"})
class Page {
  static @State("Loaded") Page cached() { return null; }
  @Requires("Loaded") String text() { return ""; }
}
