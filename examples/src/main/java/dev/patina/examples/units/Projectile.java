package dev.patina.examples.units;

import dev.patina.examples.units.json.AtomicFiles;
import dev.patina.examples.units.json.QuantityJson;
import dev.patina.units.PolyUnit;
import dev.patina.units.Unit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A baseball hit at 45 m/s (100 mph), 35° above the ground, flown with and without air: range,
 * flight time, apex and impact speed, with units. With {@code --json FILE} it also writes the
 * flight with drag as JSON, each quantity with its unit.
 *
 * <pre>{@code ./patina java -cp examples/target/classes dev.patina.examples.units.Projectile [--json flight.json] [SPEED_M_S ELEVATION_DEG]}</pre>
 *
 * <p>prints (with no arguments)
 *
 * <pre>
 * a 0.145 kg baseball hit at 45.0 m/s, 35.0° above the ground
 *                   in air     in vacuum
 * range             115.42 m      194.04 m
 * flight time         4.51 s        5.26 s
 * apex               25.15 m       33.97 m
 * impact speed       27.04 m/s     45.00 m/s
 * lost to drag       93.78 J        0.00 J
 * </pre>
 */
public final class Projectile {

  private Projectile() {}

  public static void main(String[] args) throws IOException {
    Path json = null;
    int i = 0;
    if (args.length >= 2 && args[0].equals("--json")) {
      json = Path.of(args[1]);
      i = 2;
    }
    @Unit("m/s") double speed = 45;
    @Unit("rad") double elevation = Launch.degrees(35);
    if (args.length - i == 2) {
      try {
        speed = Double.parseDouble(args[i]) * METRE_PER_SECOND;
        elevation = Launch.degrees(Double.parseDouble(args[i + 1]));
      } catch (NumberFormatException e) {
        usage("not a number: " + e.getMessage());
      }
    } else if (args.length != i) {
      usage("expected a speed and an elevation, or neither");
    }
    Launch launch;
    try {
      launch = Launch.baseball(speed, elevation);
    } catch (IllegalArgumentException e) {
      usage(e.getMessage());
      return;
    }
    Flight withDrag = new Ballistics(launch, Ballistics.DEFAULT_STEP).fly();
    Flight vacuum = new Ballistics(launch.inVacuum(), Ballistics.DEFAULT_STEP).fly();
    System.out.print(report(launch, withDrag, vacuum));
    if (json != null) {
      AtomicFiles.write(json, QuantityJson.write(withDrag) + "\n");
      System.out.println("wrote " + json);
    }
  }

  private static void usage(String problem) {
    System.err.println("projectile: " + problem);
    System.err.println("usage: Projectile [--json FILE] [SPEED_M_S ELEVATION_DEG]");
    System.exit(2);
  }

  /** Turns a number read from the command line into a speed: the one place a bare number gets a unit. */
  private static final @Unit("m/s") double METRE_PER_SECOND = 1;

  /** The printed comparison of a flight through air and the same launch in vacuum. */
  static String report(Launch launch, Flight air, Flight vacuum) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "a %.3f kg baseball hit at %.1f m/s, %.1f° above the ground%n",
        launch.mass(), launch.speed(), launch.elevationDegrees()));
    out.append(String.format(Locale.ROOT, "%-14s %9s     %9s%n", "", "in air", "in vacuum"));
    out.append(row("range", air.range(), vacuum.range(), "m"));
    out.append(row("flight time", air.flightTime(), vacuum.flightTime(), "s"));
    out.append(row("apex", air.apex(), vacuum.apex(), "m"));
    out.append(row("impact speed", air.impactSpeed(), vacuum.impactSpeed(), "m/s"));
    out.append(row("lost to drag", air.dragLoss(), vacuum.dragLoss(), "J"));
    return out.toString();
  }

  /** One line of the table: both values are in {@code unit}, whichever unit it is. */
  private static String row(String what, @PolyUnit double air, @PolyUnit double vacuum, String unit) {
    return String.format(Locale.ROOT, "%-14s %9.2f %-3s %9.2f %s%n", what, shown(air), unit, shown(vacuum), unit);
  }

  /** {@code x}, with rounding noise that would print as {@code -0.00} shown as 0. */
  private static @PolyUnit double shown(@PolyUnit double x) {
    return Math.abs(x) < 0.005 ? 0 : x;
  }
}
