/**
 * The algebra of units of measure, shared by the units checker (compile time) and {@code
 * dev.patina.runtime.units.Units} (run time): parse a unit expression with {@link
 * dev.patina.units.algebra.UnitOfMeasure#parse}, multiply, divide, raise to powers, take square
 * roots, compare exactly, and print canonically. {@link dev.patina.units.algebra.UnitTable} holds
 * every unit and prefix. No dependencies.
 */
package dev.patina.units.algebra;
