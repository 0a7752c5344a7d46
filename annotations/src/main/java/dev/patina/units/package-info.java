/**
 * Units of measure for Java numbers, checked at compile time and free at run time: annotate a
 * {@code double} with {@link dev.patina.units.Unit @Unit("m/s")}, and the units checker infers the
 * unit of every product and quotient, and rejects {@code metres + seconds}. {@link
 * dev.patina.units.PolyUnit @PolyUnit} writes methods that work in any unit.
 */
package dev.patina.units;
