/**
 * TCP over the {@linkplain dev.patina.runtime.io.Reactor reactor}: {@link
 * dev.patina.runtime.net.TcpListener} accepts and {@link dev.patina.runtime.net.TcpStream} connects,
 * reads and writes, each operation a {@link dev.patina.runtime.future.Future} that tries the
 * non-blocking system call first and waits for readiness only when it would block.
 */
package dev.patina.runtime.net;
