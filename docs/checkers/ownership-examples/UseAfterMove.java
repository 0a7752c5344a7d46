import dev.patina.ownership.*;

class UseAfterMove {
  static void keep(@Owned Conn c) { c.close(); }

  void twice() {
    Conn c = Conn.open();
    keep(c);
    c.read();
  }
}
