package dev.patina.runtime.async;

/**
 * Thrown by {@link Await#await} when it runs for real: the method it was called in was not
 * rewritten into a state machine, because it is not {@code @Async} or because the Patina rewriter
 * was not on javac's annotation processor path when it was compiled.
 */
public final class NotRewrittenException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private NotRewrittenException(String message) {
    super(message);
  }

  static NotRewrittenException at(StackWalker.StackFrame caller) {
    String where = caller == null ? "a method" : caller.getClassName() + "." + caller.getMethodName()
        + " (" + caller.getFileName() + ":" + caller.getLineNumber() + ")";
    return new NotRewrittenException("await(...) ran in " + where + ", which was not rewritten into a state"
        + " machine: mark the method @Async (dev.patina.async.Async) and compile it with"
        + " dev.patina:patina-processors on javac's annotation processor path (docs/processors/async.md)");
  }
}
