import dev.patina.ownership.Owned;
import dev.patina.typestate.State;
import java.util.ArrayList;
import java.util.List;

// A @Linear protocol object is tracked per owner: a move carries its state and its end-state
// obligation to the new owner; uses through the moved name are the ownership checker's P0382.
class WithOwnership {

  static void talk(@Owned @State("Connected") TsConn c) {
    c.send("hi");
    c.hangUp();
  }

  static void forget(@Owned @State("Connected") TsConn c) {
    // :: error: [T0002]
    c.send("hi");
  }

  static @State("Connected") TsConn dial() {
    TsConn c = TsFactory.conn();
    c.connect();
    return c;
  }

  // ---- fires ----------------------------------------------------------------------------

  void movedStillIdle() {
    TsConn a = new TsConn();
    TsConn b = a;
    // :: error: [T0001]
    b.send("x");
    b.hangUp();
  }

  void moveCarriesState() {
    TsConn a = new TsConn();
    a.connect();
    TsConn b = a;
    // :: error: [T0001]
    b.connect();
    b.hangUp();
  }

  void newOwnerMustEnd() {
    TsConn a = dial();
    TsConn b = a;
    // :: error: [T0002]
    b.send("x");
  }

  void notConsumedBeforeAThrowingCall() throws java.io.IOException {
    TsConn a = dial();
    try {
      TsFactory.opened().flush();
    } catch (java.io.IOException e) {
      // :: error: [T0002]
      return;
    }
    a.hangUp();
  }

  void consumeLeavesWrongState() {
    TsConn a = new TsConn();
    // :: error: [T0001]
    a.hangUp();
  }

  // ---- silent ---------------------------------------------------------------------------

  void movedIntoCallee() {
    TsConn a = dial();
    talk(a);
  }

  void useAfterMoveIsOwnershipsBusiness() {
    TsConn a = dial();
    talk(a);
    a.send("again"); // P0382 from the ownership checker; the typestate checker stays silent
  }

  void consumedByHangUp() {
    TsConn a = dial();
    a.send("x");
    a.hangUp();
  }

  void intoCollection(List<TsConn> pool) {
    TsConn a = dial();
    pool.add(a); // Collection.add takes ownership (the ownership stubs): the pool owes its end now
  }

  void consumedEvenIfItThrows() {
    TsConn a = dial();
    try {
      a.quit();
    } catch (java.io.IOException e) {
      return; // quit() consumed `a` however it ended
    }
  }

  void movedOnOnePath(boolean b) {
    TsConn a = dial();
    if (b) {
      talk(a);
    } else {
      a.hangUp();
    }
  }
}
