/**
 * Allocators of native memory for code that allocates a lot of short-lived, small pieces: a
 * bump-pointer arena and a pool of fixed-size blocks, both {@link
 * java.lang.foreign.SegmentAllocator}s over {@link java.lang.foreign.MemorySegment}s.
 *
 * <p>Allocating from {@link java.lang.foreign.Arena#ofConfined()} for each piece and closing it
 * afterwards costs tens of nanoseconds, mostly in the system allocator and the arena's own
 * bookkeeping. The two allocators here get memory from the system in big pieces and hand it out
 * cheaply:
 *
 * <ul>
 *   <li>{@link dev.patina.runtime.memory.BumpArena} hands out consecutive pieces of a chunk by
 *       moving a pointer, and frees nothing until {@code reset()} recycles all of it at once: the
 *       allocator for work with a clear end, such as one request, one frame or one parse.
 *   <li>{@link dev.patina.runtime.memory.SlabPool} hands out blocks of one size from a free list
 *       and takes each back with {@code free(segment)}: the allocator for objects of one size
 *       that come and go in any order, such as connection buffers or nodes.
 * </ul>
 *
 * <p>Both are confined to the thread that made them, hand out zero-filled memory, and fail with
 * an {@link java.lang.IllegalStateException} that says what happened when used after {@code
 * close()}. Both are {@link dev.patina.ownership.Linear} for Patina's ownership checker: each must
 * be closed exactly once, what they hand out borrows them, and {@code reset()} needs them
 * exclusively ({@link dev.patina.ownership.Mut}). For a {@code BumpArena}, that lets the checker
 * prove that no {@link dev.patina.runtime.memory.ArenaSlice} is read after the arena was reset: the
 * JDK cannot enforce that at run time for a plain segment, because every slice of a chunk shares
 * the chunk's lifetime. {@code docs/runtime/memory.md} describes the rules and what is checked
 * where.
 */
package dev.patina.runtime.memory;
