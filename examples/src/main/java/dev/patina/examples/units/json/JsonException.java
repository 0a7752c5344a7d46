package dev.patina.examples.units.json;

/** A JSON document that cannot be read: bad syntax, or a value that does not fit the record. */
public class JsonException extends Exception {

  private static final long serialVersionUID = 1L;

  /** An error described by {@code message}, which says where. */
  public JsonException(String message) {
    super(message);
  }
}
