/**
 * A TCP echo server on Patina's runtime ({@link dev.patina.examples.echo.EchoServer}, a task per
 * connection) and a load generator for echo servers ({@link
 * dev.patina.examples.echo.LoadGenerator}) that checks every echoed byte and reports throughput,
 * latency percentiles and errors. The benchmark suite {@code echo} runs the same load generator
 * against this server and a Netty one. {@code docs/runtime/io.md} says how to run them.
 */
package dev.patina.examples.echo;
