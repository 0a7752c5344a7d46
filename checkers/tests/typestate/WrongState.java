import java.io.IOException;

// T0001: a method called in a state its @Requires does not allow.
class WrongState {

  // ---- fires ----------------------------------------------------------------------------

  String readBeforeOpen() throws IOException {
    TsFile f = new TsFile();
    // :: error: [T0001]
    return f.read();
  }

  String readAfterBranchClose(boolean done) throws IOException {
    TsFile f = new TsFile();
    f.open();
    if (done) {
      f.close();
    }
    // :: error: [T0001]
    String s = f.read();
    f.close();
    return s;
  }

  void nextWithoutHasNext() {
    TsCursor c = new TsCursor();
    // :: error: [T0001]
    c.next();
  }

  void nextAfterLoop() {
    TsCursor c = new TsCursor();
    while (c.hasNext()) {
      c.next();
    }
    // :: error: [T0001]
    c.next();
  }

  void putAfterCommit() {
    TsTx tx = new TsTx();
    switch (tx.commit()) {
      case COMMITTED -> {
        // :: error: [T0001]
        tx.put("k", "v");
      }
      case CONFLICT, FAILED -> tx.abandon();
    }
  }

  void closeTwiceInLoop(int n) throws IOException {
    TsFile f = new TsFile();
    f.open();
    // with n == 0 it is never closed
    // :: error: [T0002]
    for (int i = 0; i < n; i++) {
      // :: error: [T0001]
      f.close();
    }
  }

  void closeInCatchAfterFailedOpen() {
    TsFile f = new TsFile();
    try {
      f.open();
    } catch (IOException e) {
      // the open failed, so f is still Closed
      // :: error: [T0001]
      f.close();
      return;
    }
    f.close();
  }

  void subtypeMethodNeedsOpen() {
    TsLogFile log = new TsLogFile();
    // :: error: [T0001]
    log.append("x");
  }

  String overrideInheritsContract() {
    TsLogFile log = new TsLogFile();
    // :: error: [T0001]
    return log.read();
  }

  void enumResultKeptInALocal() {
    TsTx tx = new TsTx();
    TsOutcome result = tx.commit();
    switch (result) {
      case COMMITTED -> {
        // :: error: [T0001]
        tx.rollback();
      }
      default -> tx.abandon();
    }
  }

  String unnamedObject() {
    // :: error: [T0001]
    return new TsFile().read();
  }

  void fluentSelfUpdateBuildsNever() {
    TsBuilder b = new TsBuilder();
    b = b.name("x");
    b = b.name("y");
    // :: error: [T0002]
    b.name("z");
  }

  void booleanLocalWrongBranch() {
    TsCursor c = new TsCursor();
    boolean more = c.hasNext();
    if (!more) {
      // :: error: [T0001]
      c.next();
    }
  }

  @SuppressWarnings("typestate:T0001")
  void suppressed() {
    TsCursor c = new TsCursor();
    c.next();
  }

  /** One mistake is one error: after it the object is taken to be in the state the call needs. */
  void oneErrorForOneMistake() throws IOException {
    TsFile f = new TsFile();
    // :: error: [T0001]
    f.read();
    f.read();
    f.close();
  }

  // ---- silent ---------------------------------------------------------------------------

  String openReadClose() throws IOException {
    TsFile f = new TsFile();
    f.open();
    try {
      return f.read();
    } finally {
      f.close();
    }
  }

  void iterate() {
    TsCursor c = new TsCursor();
    while (c.hasNext()) {
      c.next();
    }
  }

  void iterateNegated() {
    TsCursor c = new TsCursor();
    if (!c.hasNext()) {
      return;
    }
    c.next();
  }

  void commitOrRollBack() {
    TsTx tx = new TsTx();
    tx.put("k", "v");
    switch (tx.commit()) {
      case COMMITTED -> {}
      case CONFLICT -> tx.rollback();
      case FAILED -> {}
    }
  }

  void commitWithIf() {
    TsTx tx = new TsTx();
    if (tx.commit() != TsOutcome.COMMITTED) {
      tx.abandon();
    }
  }

  void reopenAfterBothBranchesClose(boolean b) throws IOException {
    TsFile f = new TsFile();
    f.open();
    if (b) {
      f.close();
    } else {
      f.read();
      f.close();
    }
    f.open();
    f.close();
  }

  void unannotatedMethodAnyState() throws IOException {
    TsFile f = new TsFile();
    f.path();
    f.open();
    f.path();
    f.close();
  }

  void subtypeInheritsProtocol() throws IOException {
    TsLogFile log = new TsLogFile();
    log.open();
    log.append("x");
    log.close();
  }

  void fluentSelfUpdate() {
    TsBuilder b = new TsBuilder();
    b = b.name("x");
    b.build();
  }

  void builderOnce() {
    TsBuilder b = new TsBuilder();
    b.name("a");
    b.name("b");
    b.build();
  }

  void booleanResultKeptInALocal() {
    TsCursor c = new TsCursor();
    boolean more = c.hasNext();
    if (more) {
      c.next();
    }
    while (true) {
      boolean again = c.hasNext();
      if (!again) {
        break;
      }
      c.next();
    }
  }

  void enumLocalExhaustive() {
    TsTx tx = new TsTx();
    TsOutcome result = tx.commit();
    switch (result) {
      case COMMITTED, FAILED -> {}
      case CONFLICT -> tx.rollback();
    }
  }

  @SuppressWarnings("typestate")
  void suppressedWhole() {
    TsFile f = new TsFile();
    f.read();
  }

  void factoryResultStartsOpen() throws IOException {
    TsFile f = TsFactory.opened();
    f.read();
    f.close();
  }
}
