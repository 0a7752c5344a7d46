import dev.patina.typestate.State;
import java.io.IOException;

// T0003: an argument, a returned value or a local is not in the @State declared for it.
class DeclaredStates {

  static void readAll(@State("Open") TsFile f) {
    f.read();
  }

  static void openIt(@State(value = "Closed", after = "Open") TsFile f) throws IOException {
    f.open();
  }

  static @State("Open") TsFile opened() throws IOException {
    TsFile f = new TsFile();
    f.open();
    return f;
  }

  // ---- fires ----------------------------------------------------------------------------

  void passClosed() {
    TsFile f = new TsFile();
    // :: error: [T0003]
    readAll(f);
  }

  void passMaybeClosed(boolean b) throws IOException {
    TsFile f = new TsFile();
    if (b) {
      f.open();
    }
    // :: error: [T0003]
    readAll(f);
    f.close();
  }

  @State("Open") TsFile returnClosed() {
    TsFile f = new TsFile();
    // :: error: [T0003]
    return f;
  }

  void localDeclaresOpen() {
    // :: error: [T0003]
    @State("Open") TsFile f = new TsFile();
  }

  static void inspect(@State("Closed") TsFile f) {
    f.path();
  }

  void passOpenToClosedParameter() throws IOException {
    TsFile f = opened();
    // :: error: [T0003]
    inspect(f);
  }

  // ---- silent ---------------------------------------------------------------------------

  void passOpen() throws IOException {
    TsFile f = new TsFile();
    f.open();
    readAll(f);
    f.close();
  }

  void afterStatesContinue() throws IOException {
    TsFile f = new TsFile();
    openIt(f);
    f.read();
    f.close();
  }

  void resultStartsOpen() throws IOException {
    TsFile f = opened();
    f.read();
    f.close();
  }

  void localDeclaresClosed() {
    @State("Closed") TsFile f = new TsFile();
    f.path();
  }

  @State({"Open", "Closed"}) TsFile returnEither(boolean b) throws IOException {
    TsFile f = new TsFile();
    if (b) {
      f.open();
    }
    return f;
  }
}

/** A @State field's initializer must be in its states too. */
class InitializedFields {
  // :: error: [T0003]
  @State("Open") TsFile wrong = new TsFile();
  @State("Open") TsFile right = TsFactory.opened();
  @State("Closed") TsFile fresh = new TsFile();
  // :: error: [T0003]
  @State("Closed") TsFile opened = TsFactory.opened();
}
