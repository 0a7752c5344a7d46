/**
 * Rust's {@code Pin} in Java: an off-heap struct that points into itself, behind a {@link
 * dev.patina.examples.pin.Pinned} handle that never moves it, polled to completion by a
 * hand-written future. Why Java heap objects need no pinning and off-heap memory does is in
 * docs/runtime/pin.md.
 */
package dev.patina.examples.pin;
