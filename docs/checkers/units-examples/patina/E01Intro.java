// Manual, chapter intro: metres and seconds, and their quotient.
import dev.patina.units.Unit;

class E01Intro {
  void demo() {
    @Unit("m") int meters = 5;
    @Unit("s") int secs = 2;
    @Unit("m/s") int speed = meters / secs;
  }
}
