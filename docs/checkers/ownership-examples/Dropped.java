import dev.patina.ownership.*;

class Dropped {
  int size() {
    return Conn.open().read();
  }
}
