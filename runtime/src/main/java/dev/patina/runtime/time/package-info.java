/**
 * Time: sleeps, timeouts and intervals as futures, driven by a hierarchical timing wheel — the
 * counterpart of Tokio's {@code tokio::time}.
 *
 * <ul>
 *   <li>{@link dev.patina.runtime.time.TimerWheel}: 6 levels × 64 slots, 1 ms per slot at level
 *       0, spanning 2^36 ms (about 2.18 years; later deadlines go round the top level until they
 *       are in range). O(1) insert and cancel on intrusive {@link
 *       dev.patina.runtime.time.TimerEntry} nodes, higher levels cascading down as time reaches
 *       them, and {@code nextDeadline()} for the driver to know how long to sleep.
 *       Single-threaded.
 *   <li>{@link dev.patina.runtime.time.Timer}: the driver. It owns a wheel, guards it with one
 *       lock (so any thread may register and cancel), and either runs a thread that parks until
 *       the next deadline or a new, earlier registration ({@link
 *       dev.patina.runtime.time.Timer#global()}, {@link dev.patina.runtime.time.Timer#start}), or
 *       is driven by hand on a {@link dev.patina.runtime.time.ManualClock} ({@link
 *       dev.patina.runtime.time.Timer#manual}) so that tests decide when time passes.
 *   <li>Futures: {@link dev.patina.runtime.time.Sleep} (one allocation, registered at its first
 *       poll, re-registered only when the waker changes, cancelled by {@code close()}), {@link
 *       dev.patina.runtime.time.Timeout} (fails with {@link
 *       dev.patina.runtime.time.ElapsedException} and closes the future it gives up) and {@link
 *       dev.patina.runtime.time.Interval} (burst, delay or skip on missed ticks; burst is the
 *       default). {@link dev.patina.runtime.time.Time} makes them on the global timer.
 * </ul>
 *
 * <p>Deadlines never fire early: a deadline rounds up to the next millisecond tick and fires once
 * the clock has passed that tick, so a timer is late by less than 1 ms plus the time the driver
 * takes to wake up. Times are {@code long} nanoseconds of the timer's {@link
 * dev.patina.runtime.time.Clock} ({@code @Unit("ns")}); wheel ticks are {@code @Unit("ms")}, and the
 * units checker keeps the two apart. The design and the measured lateness are in {@code
 * docs/runtime/time.md}.
 */
package dev.patina.runtime.time;
