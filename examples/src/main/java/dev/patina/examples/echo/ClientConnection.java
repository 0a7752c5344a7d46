package dev.patina.examples.echo;

import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;

/**
 * One connection of the {@link LoadGenerator}: the message it is sending and the echo it is
 * receiving. Every message has different bytes (a hash of connection, message and position), so an
 * echo that mixes up connections, reorders or drops bytes fails {@link #verify()}.
 */
final class ClientConnection {

  final int id;
  final SocketChannel channel;
  final ByteBuffer out;
  final ByteBuffer in;
  SelectionKey key;
  boolean connected;
  boolean open = true;
  int sequence;
  long sentAt;

  ClientConnection(int id, SocketChannel channel, int messageSize) {
    this.id = id;
    this.channel = channel;
    this.out = ByteBuffer.allocateDirect(messageSize);
    this.in = ByteBuffer.allocateDirect(messageSize);
  }

  /** The byte at {@code index} of message {@code sequence} of connection {@code id}. */
  static byte expected(int id, int sequence, int index) {
    int x = id * 0x9E3779B1 ^ sequence * 0x85EBCA77 ^ index * 0xC2B2AE35;
    x ^= x >>> 15;
    x *= 0x2C1B3C6D;
    return (byte) (x ^ x >>> 13);
  }

  /** Fills {@link #out} with the next message and empties {@link #in} for its echo. */
  void prepareNext() {
    out.clear();
    for (int i = 0; i < out.capacity(); i++) {
      out.put(i, expected(id, sequence, i));
    }
    in.clear();
  }

  /** Null if {@link #in} holds the echo of the current message, else what is wrong with it. */
  String verify() {
    for (int i = 0; i < in.capacity(); i++) {
      byte want = expected(id, sequence, i);
      byte got = in.get(i);
      if (got != want) {
        return String.format(
            "message %d, byte %d: expected 0x%02x, got 0x%02x", sequence, i, want, got);
      }
    }
    return null;
  }
}
