package dev.patina.runtime.reflect;

/** What sort of type a {@link TypeInfo} describes. */
public enum Kind {
  CLASS,
  RECORD,
  ENUM,
  INTERFACE,
  ANNOTATION
}
