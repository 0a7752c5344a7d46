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

}
