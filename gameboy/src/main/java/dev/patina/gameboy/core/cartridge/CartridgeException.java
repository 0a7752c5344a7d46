package dev.patina.gameboy.core.cartridge;

/** A ROM image that cannot be run, with a one-line reason a user can act on. */
public final class CartridgeException extends Exception {

  private static final long serialVersionUID = 1L;

  /** A rejection with {@code reason}, e.g. "truncated: the header says 64 KiB but the file has 40 KiB". */
  public CartridgeException(String reason) {
    super(reason);
  }
}
