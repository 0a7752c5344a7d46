/**
 * jcstress tests of the runtime's queues, one class per property, with a nested test per queue:
 * publication of element fields, no lost or duplicated elements with two producers and two
 * consumers, FIFO order, the bounded queue's races on full and empty, and the work-stealing
 * deque's race for its last element. Every outcome that breaks the property is {@code FORBIDDEN};
 * {@link dev.patina.stress.StressRun} runs them and fails the build if any is seen.
 */
package dev.patina.stress.queue;
