/**
 * Physics with units of measure: {@link dev.patina.examples.units.Ballistics} flies a ball through
 * air with quadratic drag (RK4), {@link dev.patina.examples.units.Orbit} a satellite around the
 * Earth (semi-implicit Euler). Every quantity is a plain {@code double} annotated with {@code
 * @Unit}; the units checker infers the unit of every product and quotient ({@code mass *
 * acceleration} is a force without any declared relation) and the bytecode is that of the
 * unannotated program. {@link dev.patina.examples.units.Projectile#main} prints a flight with its
 * units, and {@link dev.patina.examples.units.json.QuantityJson} writes records to JSON with each
 * quantity's unit read from its {@code @Unit} at run time, refusing a document whose unit does not
 * match.
 *
 * <p>Decisions. A bare number gets a unit in one visible place, a named constant such as {@code
 * METRE_PER_SECOND = 1} ({@code Double.parseDouble(arg) * METRE_PER_SECOND}), rather than by an
 * unchecked assignment. Printing in another unit goes through a unit of its own ({@code
 * SECONDS_PER_MINUTE}, in {@code s/min}) so that the checker sees minutes, not a bare {@code
 * /60}. The JSON reader refuses any unit that is not the component's own unit, even one it could
 * convert: a document that says {@code km} where the record has {@code m} is a producer's mistake
 * to fix, and the message names the conversion (through the units helper's algebra, {@code
 * dev.patina.units.algebra}), or says that none exists between different dimensions. Units spelt
 * differently but equal ({@code N} and {@code kg*m/s^2}) are accepted.
 */
package dev.patina.examples.units;
