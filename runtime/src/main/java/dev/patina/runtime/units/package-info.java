/**
 * Explicit unit conversions at run time, and comparisons of unit strings read from data: {@link
 * dev.patina.runtime.units.Units#convert Units.convert(x, "km", "m")}. The units checker checks
 * every call whose units are literals at compile time; the factor is computed once, exactly.
 */
package dev.patina.runtime.units;
