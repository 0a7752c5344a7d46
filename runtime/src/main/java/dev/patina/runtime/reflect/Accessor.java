package dev.patina.runtime.reflect;

/**
 * One member's access, as the ByteBuddy fallback generates it: a class per field read, field
 * write, method or constructor, whose bytecode touches the member directly. Public so that the
 * generated classes, in another class loader, can implement it.
 */
public interface Accessor {
  /** Performs the access; arguments have already been checked against the member's types. */
  Object call(Object target, Object[] args);
}
