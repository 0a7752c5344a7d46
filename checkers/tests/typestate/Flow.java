import java.io.IOException;
import java.util.List;

// Joins: after if/else, switch, loops and try/catch/finally the state is the union of the paths.
class Flow {

  // ---- fires ----------------------------------------------------------------------------

  void doWhileReadsAfterClose(int n) throws IOException {
    TsFile f = new TsFile();
    f.open();
    do {
      // :: error: [T0001]
      f.read();
      f.close();
      n--;
    } while (n > 0);
  }

  void forEachBreakLeavesOpen(List<String> lines) throws IOException {
    TsFile f = new TsFile();
    for (String line : lines) {
      f.open();
      if (line.isEmpty()) {
        break;
      }
      f.close();
    }
    // :: error: [T0001]
    f.read();
    f.close();
  }

  void oldStyleSwitchFallsThrough(int k) throws IOException {
    TsFile f = new TsFile();
    f.open();
    switch (k) {
      case 1:
        f.close();
      case 2:
        // :: error: [T0001]
        f.close();
        break;
      default:
        f.close();
    }
  }

  void switchWithDefaultKeepsOtherPaths() {
    TsTx tx = new TsTx();
    switch (tx.commit()) {
      case COMMITTED:
        break;
      default:
        // :: error: [T0001]
        tx.rollback();
    }
  }

  void finallyRunsOnBothPaths(boolean fail) throws IOException {
    TsFile f = new TsFile();
    try {
      f.open();
      if (fail) {
        throw new IOException("fail");
      }
    } finally {
      // :: error: [T0001]
      f.close();
    }
  }

  void conditionalAnd(boolean ready) {
    TsCursor c = new TsCursor();
    if (ready && c.hasNext()) {
      c.next();
    }
    if (ready || c.hasNext()) {
      // :: error: [T0001]
      c.next();
    }
  }

  void closedTwiceByTry() {
    // :: error: [T0001]
    try (TsResource r = new TsResource()) {
      r.close();
    }
  }

  void conditionalExpressionLeaves(boolean b) throws IOException {
    TsFile f = b ? new TsFile() : TsFactory.opened();
    // :: error: [T0002]
    f.path();
  }

  // ---- silent ---------------------------------------------------------------------------

  void tryWithResourcesCloses() {
    try (TsResource r = new TsResource()) {
      r.use();
    }
  }

  void conditionalExpressionEnds(boolean b) {
    TsFile f = b ? new TsFile() : new TsLogFile();
    f.path();
  }

  void switchExpressionOfObjects(int k) throws IOException {
    TsFile f = switch (k) {
      case 0 -> new TsFile();
      default -> TsFactory.opened();
    };
    // Closed when k == 0
    // :: error: [T0001]
    f.read();
    f.close();
  }

  void continueKeepsItClosed(List<String> lines) throws IOException {
    TsFile f = new TsFile();
    for (String line : lines) {
      if (line.isEmpty()) {
        continue;
      }
      f.open();
      f.close();
    }
  }

  void switchExpressionYields(int k) throws IOException {
    TsFile f = new TsFile();
    f.open();
    int size = switch (k) {
      case 0 -> {
        f.close();
        yield 0;
      }
      default -> {
        f.read();
        f.close();
        yield 1;
      }
    };
    f.open();
    f.close();
  }

  void exhaustiveSwitchHasNoOtherPath() {
    TsTx tx = new TsTx();
    switch (tx.commit()) {
      case COMMITTED -> {}
      case FAILED -> {}
      case CONFLICT -> tx.rollback();
    }
  }

  void catchReopens() {
    TsFile f = new TsFile();
    try {
      f.open();
    } catch (IOException e) {
      return;
    }
    try {
      f.flush();
    } catch (IOException e) {
      // still Open here: the flush failed
    } finally {
      f.close();
    }
  }

  void nestedLoops(int n) throws IOException {
    for (int i = 0; i < n; i++) {
      TsFile f = new TsFile();
      for (int j = 0; j < n; j++) {
        f.open();
        f.close();
      }
    }
  }

  void whileTrueWithBreak() {
    TsCursor c = new TsCursor();
    while (true) {
      if (!c.hasNext()) {
        break;
      }
      c.next();
    }
  }
}
