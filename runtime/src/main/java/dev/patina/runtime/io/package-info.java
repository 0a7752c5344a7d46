/**
 * The reactor: one thread that waits on a {@link java.nio.channels.Selector} and turns readiness
 * of non-blocking channels into wakes of the tasks waiting on them (Tokio's I/O driver, with mio's
 * role played by the JDK's selector).
 *
 * <p>A resource (a socket, a listener) {@linkplain dev.patina.runtime.io.Reactor#register
 * registers} its channel once and gets a {@link dev.patina.runtime.io.Registration}. Its futures
 * then follow one protocol: ask the registration whether the direction is ready ({@link
 * dev.patina.runtime.io.Registration#pollReady}, which stores the task's waker when it is not);
 * when it is, try the non-blocking system call; if that would block, {@linkplain
 * dev.patina.runtime.io.Registration#clearReadiness clear} the readiness it acted on, which also
 * asks the reactor to watch that direction again, and poll once more. {@code docs/runtime/io.md}
 * explains why readiness is edge-like although the selector is level-triggered.
 */
package dev.patina.runtime.io;
