/**
 * The {@code timer} suite: scheduling and cancelling 100,000 timers (deadlines uniform in 1–1000
 * ms, half of them cancelled) in Patina's timing wheel and timer, in the JDK's {@code
 * ScheduledThreadPoolExecutor} (a binary heap) and in Netty's {@code HashedWheelTimer} with a 1 ms
 * tick (issue 6; design in {@code ../shared/notes/systems-anchors.md} §5 "Runtime" item 4).
 */
package dev.patina.bench.timer;
