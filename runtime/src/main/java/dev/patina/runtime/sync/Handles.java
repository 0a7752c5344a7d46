package dev.patina.runtime.sync;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/** Finding the VarHandles of this package's atomic fields. */
final class Handles {

  private Handles() {}

  /**
   * The handle of field {@code name} of type {@code type} in {@code owner}, found through {@code
   * lookup} (the caller's, so private fields are reachable); a missing field is a build mistake.
   */
  static VarHandle field(MethodHandles.Lookup lookup, Class<?> owner, String name, Class<?> type) {
    try {
      return lookup.findVarHandle(owner, name, type);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }
}
