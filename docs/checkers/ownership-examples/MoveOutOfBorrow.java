import dev.patina.ownership.*;

class MoveOutOfBorrow {
  static void keep(@Owned Conn c) { c.close(); }

  void borrowed(Conn c) {   // a parameter borrows unless it says @Owned
    keep(c);
  }
}
