/**
 * The {@code alloc} suite: allocating a small piece of memory, touching it and giving it back,
 * from Patina's {@code BumpArena} and {@code SlabPool} against an {@code Arena.ofConfined()} per
 * allocation (the baseline), {@code ByteBuffer.allocateDirect} and a heap {@code byte[]} (issue 6,
 * "Memory"). The goal is a bump allocation at least 10 times cheaper than the confined arena.
 */
package dev.patina.bench.alloc;
