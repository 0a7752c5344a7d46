import dev.patina.ownership.*;
import java.io.IOException;

// @Affine types: moves are checked (P0382, P0507) but an owned value may go out of scope
// unconsumed (no P1001, no P1002) and may go into untracked types (no P1003).

@Affine
class Ticket {
  int id() {
    return 1;
  }

  @Consume
  void redeem() {}
}

class AffineTypes {
  static void spend(@Owned Ticket t) {
    t.redeem();
  }

  static Ticket issue() {
    return new Ticket();
  }

  static void mayFail() throws IOException {}

  // fires: [P0382] an affine value is used after it moved
  void useAfterMove() {
    Ticket t = new Ticket();
    spend(t);
    // :: error: [P0382]
    t.id();
  }

  // fires: [P0382] an affine value redeemed twice
  void redeemTwice() {
    Ticket t = issue();
    t.redeem();
    // :: error: [P0382]
    t.redeem();
  }

  // fires: [P0382] an affine value declared outside a loop is moved in its body
  void moveInLoop(int n) {
    Ticket t = new Ticket();
    for (int i = 0; i < n; i++) {
      // :: error: [P0382]
      spend(t);
    }
  }

  // fires: [P0507] a borrowed affine parameter may not be consumed
  void consumeBorrowed(Ticket t) {
    // :: error: [P0507]
    t.redeem();
  }

  // silent: [P1001] an affine value may go out of scope unconsumed
  void dropUnused() {
    Ticket t = new Ticket();
    t.id();
  }

  // silent: [P1002] creating and dropping affine values is fine
  int createAndDrop() {
    new Ticket();
    issue();
    System.out.println(new Ticket());
    return issue().id();
  }

  // silent: [P1001] reassigning an owned affine variable drops the old value
  void reassign() {
    Ticket t = new Ticket();
    t = new Ticket();
    t.redeem();
  }

  // silent: [P1001] an @Owned affine parameter left on a checked-exception path
  void ownedOnThrow(@Owned Ticket t) throws IOException {
    mayFail();
    t.redeem();
  }

  // silent: [P1003] an affine value stored as Object
  Object asObject() {
    Ticket t = new Ticket();
    return t;
  }

  // silent: [P0382] moved on one branch, then given a new value
  void moveThenRefill(boolean b) {
    Ticket t = new Ticket();
    if (b) {
      spend(t);
      t = new Ticket();
    }
    t.id();
  }
}
