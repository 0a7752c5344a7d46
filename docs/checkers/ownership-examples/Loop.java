import dev.patina.ownership.*;

class Loop {
  static void keep(@Owned Conn c) { c.close(); }

  void each(int n) {
    Conn c = Conn.open();
    for (int i = 0; i < n; i++) {
      keep(c);
    }
  }
}
