import dev.patina.ownership.Owned;
import dev.patina.typestate.State;
import java.io.IOException;

// T0002: the last reference dies outside the end states, on some path.
class EndStates {

  // ---- fires ----------------------------------------------------------------------------

  void leftOpen() throws IOException {
    TsFile f = new TsFile();
    // :: error: [T0002]
    f.open();
  }

  void leftOpenOnOnePath(boolean quick) throws IOException {
    TsFile f = new TsFile();
    f.open();
    if (quick) {
      // :: error: [T0002]
      return;
    }
    f.close();
  }

  void overwritten() throws IOException {
    TsFile f = new TsFile();
    f.open();
    // :: error: [T0002]
    f = new TsFile();
  }

  void nulledOut() throws IOException {
    TsFile f = new TsFile();
    f.open();
    // :: error: [T0002]
    f = null;
  }

  void throwingCall() throws IOException {
    TsFile f = new TsFile();
    f.open();
    // :: error: [T0002]
    f.flush();
    f.close();
  }

  void throwStatement(boolean bad) throws IOException {
    TsFile f = new TsFile();
    f.open();
    if (bad) {
      // :: error: [T0002]
      throw new IOException("bad input");
    }
    f.close();
  }

  void uncheckedCaughtMakesAPath() throws IOException {
    TsFile f = new TsFile();
    f.open();
    try {
      Integer.parseInt(f.read());
    } catch (NumberFormatException e) {
      // :: error: [T0002]
      return;
    }
    f.close();
  }

  void perIteration(int n) throws IOException {
    for (int i = 0; i < n; i++) {
      // :: error: [T0002]
      TsFile f = new TsFile();
      f.open();
    }
  }

  void transactionNeverFinished() {
    TsTx tx = new TsTx();
    // :: error: [T0002]
    tx.put("k", "v");
  }

  void builtNever() {
    TsBuilder b = new TsBuilder();
    // :: error: [T0002]
    b.name("x");
  }

  // ---- silent ---------------------------------------------------------------------------

  void closedOnEveryPath(boolean quick) throws IOException {
    TsFile f = new TsFile();
    f.open();
    if (quick) {
      f.close();
      return;
    }
    f.read();
    f.close();
  }

  void closedInFinally() throws IOException {
    TsFile f = new TsFile();
    f.open();
    try {
      f.flush();
    } finally {
      f.close();
    }
  }

  void neverOpened() {
    TsFile f = new TsFile();
    f.path();
  }

  TsFile handedToCaller() throws IOException {
    TsFile f = new TsFile();
    f.open();
    return f;
  }

  void dropped() {
    TsTx tx = new TsTx();
    tx.put("k", "v");
    tx.abandon();
  }

  void nullChecked(boolean open) throws IOException {
    TsFile f = null;
    if (open) {
      f = new TsFile();
      f.open();
    }
    if (f != null) {
      f.close();
    }
  }

  void uncheckedNotCaughtIsNoPath() throws IOException {
    TsFile f = new TsFile();
    f.open();
    Integer.parseInt(f.read());
    f.close();
  }

  void perIterationClosed(int n) throws IOException {
    for (int i = 0; i < n; i++) {
      TsFile f = new TsFile();
      f.open();
      f.close();
    }
  }

  void builtOnce() {
    TsBuilder b = new TsBuilder();
    b.name("x");
    b.build();
  }

  void parameterIsTheCallersConcern(@State("Open") TsFile f) {
    f.read();
  }
}
