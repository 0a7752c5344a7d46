import dev.patina.ownership.*;

class Leak {
  int early(boolean quick) {
    Conn c = Conn.open();
    if (quick) {
      return 0;
    }
    int n = c.read();
    c.close();
    return n;
  }
}
