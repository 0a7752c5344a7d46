/**
 * The units checker's internal qualifiers: {@link dev.patina.checkers.units.qual.UnknownUnit} (top),
 * {@link dev.patina.checkers.units.qual.UnitOf} (one canonical unit), {@link
 * dev.patina.checkers.units.qual.AnyUnit} (bottom: literals and constants) and {@link
 * dev.patina.checkers.units.qual.PolyUnitOf}. Users write {@code dev.patina.units.Unit} and {@code
 * PolyUnit} instead.
 */
package dev.patina.checkers.units.qual;
