/**
 * The {@code alloc} suite: allocating a small piece of memory, touching it and giving it back,
 * from Patina's {@code BumpArena} and {@code SlabPool} against an {@code Arena.ofConfined()} per
 * allocation (the baseline), {@code ByteBuffer.allocateDirect} and a heap {@code byte[]} (issue 6,
 * "Memory"), in two designs: {@code AllocBench} times one allocation per benchmark call, JMH's
 * per-call cost included; {@code AllocBatchBench} times a loop of 64 allocations per call and
 * reports the time per allocation. The goal, a bump allocation at least 10 times cheaper than the
 * confined arena per allocation, reads from {@code AllocBatchBench} (docs/runtime/memory.md says
 * why).
 */
package dev.patina.bench.alloc;
