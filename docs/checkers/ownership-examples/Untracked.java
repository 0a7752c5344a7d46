import dev.patina.ownership.*;

class Untracked {
  Object hide() {
    Conn c = Conn.open();
    return c;
  }
}
