package dev.patina.examples.units.json;

import java.util.OptionalDouble;

/**
 * A quantity in a JSON document carries a different unit from the one its record component
 * declares. The message names the field, both units, and either the conversion that would fix the
 * value (same dimension, different scale: {@code km} for {@code m}) or that none can (different
 * dimensions: {@code m} for {@code s}).
 */
public final class UnitMismatchException extends JsonException {

  private static final long serialVersionUID = 1L;

  private final String field;
  private final String expected;
  private final String found;
  private final transient OptionalDouble factor;

  UnitMismatchException(String field, String expected, String found, OptionalDouble factor, String message) {
    super(message);
    this.field = field;
    this.expected = expected;
    this.found = found;
    this.factor = factor;
  }

  /** The field, as a path from the document's record: {@code Flight.range}, {@code Shot.launch.speed}. */
  public String field() {
    return field;
  }

  /** The unit the record component declares. */
  public String expected() {
    return expected;
  }

  /** The unit the document gave. */
  public String found() {
    return found;
  }

  /**
   * The factor that converts a value in {@link #found} into {@link #expected}; empty when the
   * dimensions differ, so that no factor can.
   */
  public OptionalDouble factor() {
    return factor;
  }
}
