import dev.patina.ownership.*;

@Linear
class CfConn {
  @Consume
  void close() {}
}

@Linear
class CfHolder {
  @Owned CfConn inner;
  @Owned CfConn spare;

  CfHolder(@Owned CfConn inner, @Owned CfConn spare) {
    this.inner = inner;
    this.spare = spare;
  }

  // silent: a null field owes nothing, as a null local does
  @Consume
  void closeMaybeEmpty() {
    if (inner != null) {
      inner.close();
    }
    spare.close();
  }

  // silent: another @Consume method of this object takes it whole, fields and all
  @Consume
  void dispose() {
    closeMaybeEmpty();
  }

  // fires: [P1001] the other @Consume method runs on one path only: both fields leak on the
  // other (reported on the method, with the closing brace as the exit)
  @Consume
  // :: error: [P1001] :: error: [P1001]
  void disposeSometimes(boolean really) {
    if (really) {
      dispose();
    }
  }
}
