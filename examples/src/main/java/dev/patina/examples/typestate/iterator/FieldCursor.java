package dev.patina.examples.typestate.iterator;

import dev.patina.ownership.Affine;
import dev.patina.typestate.Ensures;
import dev.patina.typestate.EnsuresWhen;
import dev.patina.typestate.Protocol;
import dev.patina.typestate.Requires;
import java.util.NoSuchElementException;

/**
 * The fields of one CSV line (RFC 4180: commas separate fields, a field in double quotes may hold
 * commas and doubled quotes), read one at a time without splitting the line up front.
 *
 * <p>The protocol is the iterator's: {@link #next()} is allowed only once {@link #hasNext()} has
 * returned {@code true}, and only once per {@code true}. {@code Unknown} is "not asked yet",
 * {@code HasNext} "a field is waiting", {@code End} "the line is used up". The cursor may be dropped
 * in any state: stopping early is fine. {@code @Affine}, so that no second name can advance it
 * behind the first one's back.
 */
@Affine
@Protocol(states = {"Unknown", "HasNext", "End"}, initial = "Unknown", end = {"Unknown", "HasNext", "End"})
public final class FieldCursor {

  private final String line;
  private int position;
  private boolean done;
  private String pending;

  /** A cursor before the first field of {@code line}, which holds no line break. */
  public FieldCursor(String line) {
    this.line = line;
  }

  /** Whether another field follows; reads it ahead, so asking twice is harmless. */
  @EnsuresWhen(result = "true", state = "HasNext")
  @EnsuresWhen(result = "false", state = "End")
  public boolean hasNext() {
    if (pending == null && !done) {
      pending = readField();
    }
    return pending != null;
  }

  /** The field {@link #hasNext()} found, without taking it. */
  @Requires("HasNext")
  public String peek() {
    return waiting();
  }

  /** Takes the field {@link #hasNext()} found; ask again before the next one. */
  @Requires("HasNext")
  @Ensures("Unknown")
  public String next() {
    String field = waiting();
    pending = null;
    return field;
  }

  private String waiting() {
    if (pending == null) {
      throw new NoSuchElementException(done
          ? "the line has no more fields (hasNext() returned false)"
          : "call hasNext() before next(): no field has been read ahead");
    }
    return pending;
  }

  /** Reads the field at {@link #position}, or returns null after the last one. */
  private String readField() {
    if (position > line.length()) {
      done = true;
      return null;
    }
    StringBuilder field = new StringBuilder();
    int i = position;
    if (i < line.length() && line.charAt(i) == '"') {
      i++;
      while (true) {
        if (i >= line.length()) {
          throw new IllegalArgumentException("unterminated quoted field starting at column " + (position + 1) + ": " + line);
        }
        char c = line.charAt(i++);
        if (c != '"') {
          field.append(c);
        } else if (i < line.length() && line.charAt(i) == '"') {
          field.append('"');
          i++;
        } else {
          break;
        }
      }
      if (i < line.length() && line.charAt(i) != ',') {
        throw new IllegalArgumentException("text after the closing quote at column " + (i + 1) + ": " + line);
      }
    } else {
      while (i < line.length() && line.charAt(i) != ',') {
        field.append(line.charAt(i++));
      }
    }
    position = i + 1; // past the comma; past the end after the last field
    return field.toString();
  }
}
