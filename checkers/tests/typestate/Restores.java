import dev.patina.typestate.Requires;
import dev.patina.typestate.State;
import java.io.IOException;

// T0006: a @State parameter or field is not back in its states when the method returns.
class Restores {

  // ---- fires ----------------------------------------------------------------------------

  static void closesIt(@State("Open") TsFile f) {
    // :: error: [T0006]
    f.close();
  }

  static void opensOnOnePath(@State(value = "Closed", after = "Open") TsFile f, boolean b) throws IOException {
    if (b) {
      f.open();
    }
    // :: error: [T0006]
    return;
  }

  static void leavesItOpen(@State("Closed") TsFile f) throws IOException {
    // :: error: [T0006]
    f.open();
  }

  // ---- silent ---------------------------------------------------------------------------

  static void readsIt(@State("Open") TsFile f) {
    f.read();
  }

  static void opensIt(@State(value = "Closed", after = "Open") TsFile f) throws IOException {
    f.open();
  }

  static void reopens(@State("Open") TsFile f) throws IOException {
    f.close();
    f.open();
  }
}

/** A class that keeps a file open between calls: each method must leave it Open. */
class Journal {
  private @State("Open") TsFile file;

  Journal(@State(value = "Open", after = "Closed") TsFile f) {
    file = TsFactory.opened();
    f.close();
  }

  // ---- fires ----------------------------------------------------------------------------

  void rotateBadly() {
    file.close();
    // :: error: [T0006]
    return;
  }

  void closeOnError(boolean failed) {
    if (failed) {
      file.close();
    }
    // :: error: [T0006]
    return;
  }

  void closeThroughThis() {
    // :: error: [T0006]
    this.file.close();
  }

  // ---- silent ---------------------------------------------------------------------------

  void write() {
    file.read();
  }

  void rotate() throws IOException {
    file.close();
    file.open();
  }

  void callsHelper() {
    rotateBadly();
    file.read();
  }
}
