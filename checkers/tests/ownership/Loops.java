import dev.patina.ownership.*;
import java.util.List;

// Loops: for, while, do-while, enhanced for, break, continue, labels.

@Linear
class LoopConn {
  int read() {
    return 0;
  }

  @Consume
  void close() {}
}

class Loops {
  static void give(@Owned LoopConn c) {
    c.close();
  }

  static boolean more() {
    return false;
  }

  // fires: [P0382] consumed in a while(true) body: the second iteration uses a moved value
  void whileConsumesOuter() {
    LoopConn c = new LoopConn();
    while (true) {
      // :: error: [P0382]
      give(c);
      if (more()) {
        break;
      }
    }
  }

  // fires: [P0382] do-while consumes a value declared outside the loop
  void doWhileConsumesOuter() {
    LoopConn c = new LoopConn();
    do {
      // :: error: [P0382]
      c.close();
    } while (more());
  }

  // fires: [P0382] [P1001] a for loop consumes an outer value on every iteration (P0382 on the
  // second), and when it runs zero times the value is never consumed (P1001)
  void forConsumesOuter(int n) {
    // :: error: [P1001]
    LoopConn c = new LoopConn();
    for (int i = 0; i < n; i++) {
      // :: error: [P0382]
      c.close();
    }
  }

  // fires: [P0382] continue skips the reassignment, so the next iteration moves a moved value
  void continueSkipsReassign(List<String> names) {
    LoopConn c = new LoopConn();
    for (String s : names) {
      // :: error: [P0382]
      give(c);
      if (s.isEmpty()) {
        continue;
      }
      c = new LoopConn();
    }
    // :: error: [P0382]
    c.close();
  }

  // fires: [P1001] a value declared in the body is declared again while the previous one is still
  // owned (the only way out of the loop consumes it)
  void redeclaredWhileOwned() {
    while (true) {
      // :: error: [P1001]
      LoopConn c = new LoopConn();
      if (more()) {
        c.close();
        return;
      }
    }
  }

  // fires: [P1001] break leaves the loop with the value still owned
  void breakSkipsClose(int n) {
    for (int i = 0; i < n; i++) {
      // :: error: [P1001]
      LoopConn c = new LoopConn();
      if (i == 2) {
        break;
      }
      c.close();
    }
  }

  // fires: [P1001] continue skips the close (the value leaks into the next iteration or out of
  // the loop: one value, one report)
  void continueSkipsClose(List<String> names) {
    for (String s : names) {
      // :: error: [P1001]
      LoopConn c = new LoopConn();
      if (s.isEmpty()) {
        continue;
      }
      c.close();
    }
  }

  // silent: declared and consumed inside each iteration
  void perIteration(int n) {
    for (int i = 0; i < n; i++) {
      LoopConn c = new LoopConn();
      c.read();
      c.close();
    }
  }

  // silent: consumed, then given a new value before the loop goes around
  void reassignEachIteration(int n) {
    LoopConn c = new LoopConn();
    for (int i = 0; i < n; i++) {
      give(c);
      c = new LoopConn();
    }
    c.close();
  }

  // silent: consumed once, and the loop exits right after with break
  void consumeThenBreak() {
    LoopConn c = new LoopConn();
    while (true) {
      if (more()) {
        c.close();
        break;
      }
      c.read();
    }
  }

  // silent: per-element value consumed on the continue path and on the fall-through path
  void continueAfterConsuming(List<String> names) {
    for (String s : names) {
      LoopConn c = new LoopConn();
      if (s.isEmpty()) {
        c.close();
        continue;
      }
      give(c);
    }
  }

  // silent: a labeled break leaves both loops right after consuming
  void labeledBreak(int n) {
    LoopConn c = new LoopConn();
    outer:
    while (true) {
      for (int i = 0; i < n; i++) {
        if (i == 3) {
          give(c);
          break outer;
        }
        c.read();
      }
    }
  }

  // silent: borrowing an outer value in every iteration is fine; it is consumed after the loop
  void borrowInLoop(List<String> names) {
    LoopConn c = new LoopConn();
    int total = 0;
    for (String s : names) {
      total += c.read() + s.length();
    }
    while (total > 0) {
      total -= c.read() + 1;
    }
    c.close();
  }

  // silent: a return inside the loop hands the value out
  LoopConn returnFromLoop(int n) {
    for (int i = 0; i < n; i++) {
      LoopConn c = new LoopConn();
      if (i == n - 1) {
        return c;
      }
      c.close();
    }
    return new LoopConn();
  }
}
