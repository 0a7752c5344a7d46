import dev.patina.ownership.*;

// Switch statements and switch expressions, arrow and colon forms, yield.

@Linear
class SwConn {
  int read() {
    return 0;
  }

  @Consume
  void close() {}
}

@Linear
sealed interface SwMsg permits SwPing, SwData {
  @Consume
  default void done() {}
}

record SwPing(int n) implements SwMsg {}

record SwData(String text) implements SwMsg {}

class Switches {
  static void give(@Owned SwConn c) {
    c.close();
  }

  static SwConn make() {
    return new SwConn();
  }

  // silent: every arm of an arrow switch statement consumes
  void arrowAllArms(int k) {
    SwConn c = new SwConn();
    switch (k) {
      case 1 -> c.close();
      case 2 -> give(c);
      default -> {
        c.read();
        c.close();
      }
    }
  }

  // fires: [P1001] the default arm only reads
  void arrowMissingArm(int k) {
    // :: error: [P1001]
    SwConn c = new SwConn();
    switch (k) {
      case 1 -> c.close();
      case 2 -> give(c);
      default -> c.read();
    }
  }

  // fires: [P0382] colon form falls through from one close into a second one
  void fallThroughTwice(int k) {
    SwConn c = new SwConn();
    switch (k) {
      case 1:
        c.close();
      case 2:
        // :: error: [P0382]
        c.close();
        break;
      default:
        give(c);
    }
  }

  // silent: colon form whose fall-through reaches exactly one consumption
  void fallThroughOnce(int k) {
    SwConn c = new SwConn();
    switch (k) {
      case 1:
        c.read();
      case 2:
        c.close();
        break;
      default:
        give(c);
        break;
    }
  }

  // fires: [P1001] colon form without default: a k matching no case leaves c owned
  void colonNoDefault(int k) {
    // :: error: [P1001]
    SwConn c = new SwConn();
    switch (k) {
      case 1:
        c.close();
        break;
      case 2:
        give(c);
        break;
    }
  }

  // silent: a switch expression (arrow) chooses the owned value
  void expressionArrow(int k) {
    SwConn c = switch (k) {
      case 1 -> new SwConn();
      case 2 -> make();
      default -> {
        SwConn fresh = make();
        yield fresh;
      }
    };
    c.close();
  }

  // fires: [P0382] yield moves the owned parameter on one arm only
  void yieldMoves(int k, @Owned SwConn a) {
    SwConn c = switch (k) {
      case 1:
        yield a;
      default:
        yield new SwConn();
    };
    c.close();
    // :: error: [P0382]
    a.close();
  }

  // fires: [P1001] one arm of a switch expression consumes, the other only reads
  int armConsumes(int k) {
    // :: error: [P1001]
    SwConn c = new SwConn();
    return switch (k) {
      case 1 -> {
        c.close();
        yield 1;
      }
      default -> c.read();
    };
  }

  // silent: every arm of a colon-form switch expression consumes
  int everyArmConsumes(int k) {
    SwConn c = new SwConn();
    int r = switch (k) {
      case 1:
        c.close();
        yield 1;
      default:
        int v = c.read();
        give(c);
        yield v;
    };
    return r;
  }

  // fires: [P1002] an arrow arm of a switch statement makes a value and drops it
  void armDrops(int k) {
    switch (k) {
      // :: error: [P1002]
      case 1 -> new SwConn();
      default -> {}
    }
  }

  // silent: a switch on strings where every arm returns or consumes
  SwConn byName(String name, @Owned SwConn c) {
    switch (name) {
      case "keep":
        return c;
      case "drop":
        c.close();
        return make();
      default:
        give(c);
        return new SwConn();
    }
  }

  // silent: a pattern switch on an owned value moves it into the arm's binding (as a cast
  // would), and each arm consumes the binding: nothing is left owned
  int patternArms(@Owned SwMsg m) {
    return switch (m) {
      case SwPing p -> {
        p.done();
        yield 1;
      }
      case SwData d -> {
        d.done();
        yield 2;
      }
    };
  }


  // fires: [P1001] a pattern arm whose binding is never consumed (it took the value from m)
  int patternArmLeaks(@Owned SwMsg m) {
    return switch (m) {
      // :: error: [P1001]
      case SwPing p -> p.n();
      case SwData d -> {
        d.done();
        yield 2;
      }
    };
  }

  // fires: [P0382] after the binding took the value, the switched-on variable has moved
  void patternThenUseSelector(@Owned SwMsg m) {
    switch (m) {
      case SwPing p -> p.done();
      case SwData d -> d.done();
    }
    // :: error: [P0382]
    m.done();
  }

  // silent: instanceof hands the value to its binding only where it matched; the other branch
  // still owns it through the original variable
  void instanceofBinds(@Owned SwMsg m) {
    if (m instanceof SwPing p) {
      p.done();
    } else {
      m.done();
    }
  }

  // fires: [P1001] a matching instanceof binding that is never consumed
  void instanceofLeaks(@Owned SwMsg m) {
    // :: error: [P1001]
    if (m instanceof SwPing p) {
      return;
    }
    m.done();
  }

  // silent: a pattern switch over a borrowed value binds borrows; nothing to consume
  int patternOnBorrowed(SwMsg m) {
    return switch (m) {
      case SwPing p -> p.n();
      case SwData d -> d.text().length();
    };
  }

}
