import dev.patina.typestate.State;
import java.io.IOException;
import java.util.function.Supplier;

// T0005 (warning): an alias escapes tracking; the checker stops following the object.
class Aliases {

  TsFile kept;
  @State("Closed") TsFile tracked = new TsFile();
  TsFile[] many = new TsFile[2];

  static void unknownState(TsFile f) {}

  static void anyObject(Object o) {}

  // ---- fires ----------------------------------------------------------------------------

  void storeInField() throws IOException {
    TsFile f = new TsFile();
    f.open();
    // :: warning: [T0005]
    kept = f;
  }

  void passWithoutState() {
    TsFile f = new TsFile();
    // :: warning: [T0005]
    unknownState(f);
  }

  void copyToSecondLocal() throws IOException {
    TsFile f = new TsFile();
    f.open();
    // :: warning: [T0005]
    TsFile g = f;
    g.close();
    f.read();
  }

  Runnable captured() {
    TsFile f = new TsFile();
    // :: warning: [T0005]
    return () -> f.path();
  }

  Supplier<String> capturedByReference() {
    TsFile f = new TsFile();
    // :: warning: [T0005]
    return f::path;
  }

  Runnable capturedByAnonymousClass() {
    TsFile f = new TsFile();
    return new Runnable() {
      @Override
      public void run() {
        // :: warning: [T0005]
        f.path();
      }
    };
  }

  void intoArray() {
    TsFile f = new TsFile();
    // :: warning: [T0005]
    many[0] = f;
  }

  void asObject() {
    TsFile f = new TsFile();
    // :: warning: [T0005]
    Object o = f;
  }

  void copyOutOfStateField() {
    // :: warning: [T0005]
    TsFile g = this.tracked;
  }

  // ---- silent ---------------------------------------------------------------------------

  void passToObjectParameter() {
    TsFile f = new TsFile();
    anyObject(f);
    System.out.println(f);
  }

  void storeInStateField() {
    TsFile f = new TsFile();
    tracked = f;
  }

  void moveLinear() {
    TsConn a = new TsConn();
    a.connect();
    TsConn b = a;
    b.hangUp();
  }

  void lambdaOwnsItsOwn() {
    Runnable r = () -> {
      TsFile f = new TsFile();
      f.path();
    };
    r.run();
  }
}
