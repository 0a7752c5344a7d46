/**
 * The {@code echo} suite: loopback TCP echo of 64-byte messages with 1, 50 and 1,000 connections,
 * Patina's echo server (reactor + current-thread executor) against Netty 4.2 with one {@code
 * NioIoHandler} event loop, both driven by the same load generator (issue 6, acceptance 3).
 */
package dev.patina.bench.echo;
