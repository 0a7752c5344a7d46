import dev.patina.typestate.Ensures;
import dev.patina.typestate.EnsuresWhen;
import dev.patina.typestate.Protocol;
import dev.patina.typestate.Requires;

// An @EnsuresWhen result that decides no branch (ignored, returned, stored and never compared,
// passed on): the receiver is in the union of the states its possible results give. The unchanged
// (or @Ensures) state is in it only when some result is not listed.

enum TsSettlement { SETTLED, REFUSED }

enum TsCapture { CAPTURED, DECLINED, PENDING_REVIEW }

@Protocol(states = {"Authorized", "Settled", "Refused"}, initial = "Authorized", end = {"Settled", "Refused"})
class TsPayment {
  /** Every constant listed: `Authorized` cannot follow. */
  @Requires("Authorized")
  @EnsuresWhen(result = "SETTLED", state = "Settled")
  @EnsuresWhen(result = "REFUSED", state = "Refused")
  TsSettlement settle() { return TsSettlement.SETTLED; }

  /** `PENDING_REVIEW` is not listed: it leaves the `@Ensures` state. */
  @Requires("Authorized")
  @Ensures("Refused")
  @EnsuresWhen(result = "CAPTURED", state = "Settled")
  @EnsuresWhen(result = "DECLINED", state = "Refused")
  TsCapture capture() { return TsCapture.CAPTURED; }

  /** `PENDING_REVIEW` is not listed and there is no `@Ensures`: it leaves the state unchanged. */
  @Requires("Authorized")
  @EnsuresWhen(result = "CAPTURED", state = "Settled")
  @EnsuresWhen(result = "DECLINED", state = "Refused")
  TsCapture tryCapture() { return TsCapture.CAPTURED; }

  @Requires("Authorized")
  @EnsuresWhen(result = "true", state = "Settled")
  @EnsuresWhen(result = "false", state = "Refused")
  boolean settleNow() { return true; }

  @Requires({"Settled", "Refused"}) String receipt() { return ""; }
}

class UnbranchedResults {

  static void log(Object o) {}

  // ---- fires ----------------------------------------------------------------------------

  void unlistedConstantKeepsTheOldState() {
    TsPayment p = new TsPayment();
    // :: error: [T0002]
    p.tryCapture();
  }

  TsCapture unlistedConstantReturned() {
    TsPayment p = new TsPayment();
    // :: error: [T0002]
    return p.tryCapture();
  }

  void unlistedConstantThenReceipt() {
    TsPayment p = new TsPayment();
    p.tryCapture();
    // :: error: [T0001]
    p.receipt();
  }

  void ignoredThenSettledAgain() {
    TsPayment p = new TsPayment();
    p.settle();
    // :: error: [T0001]
    p.settle();
  }

  void ignoredBooleanThenSettledAgain() {
    TsPayment p = new TsPayment();
    p.settleNow();
    // :: error: [T0001]
    p.settleNow();
  }

  void unlistedConstantPassedOn() {
    TsTx tx = new TsTx();
    // :: error: [T0002]
    log(tx.commit());
  }

  // ---- silent ---------------------------------------------------------------------------

  void ignored() {
    TsPayment p = new TsPayment();
    p.settle();
  }

  void ignoredThenReceipt() {
    TsPayment p = new TsPayment();
    p.settle();
    p.receipt();
  }

  TsSettlement returned() {
    TsPayment p = new TsPayment();
    return p.settle();
  }

  void storedNeverCompared() {
    TsPayment p = new TsPayment();
    TsSettlement r = p.settle();
    log(r);
    p.receipt();
  }

  void passedOn() {
    TsPayment p = new TsPayment();
    System.out.println(p.settle());
    p.receipt();
  }

  String unlistedConstantTakesTheEnsuredState() {
    TsPayment p = new TsPayment();
    p.capture();
    return p.receipt();
  }

  void ignoredBoolean() {
    TsPayment p = new TsPayment();
    p.settleNow();
    p.receipt();
  }

  void comparedStillNarrows() {
    TsPayment p = new TsPayment();
    if (p.tryCapture() == TsCapture.PENDING_REVIEW) {
      p.settle();
    }
    p.receipt();
  }
}
