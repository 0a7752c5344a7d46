/**
 * The runtime's stress tests: jcstress tests of the lock-free queues ({@code queue}), a negative
 * control that must fail ({@code broken}), and {@link dev.patina.stress.StressRun}, which runs
 * both and checks the verdicts. {@code mvn verify} runs it in a short mode; {@code ./patina
 * stress} in a long one.
 */
package dev.patina.stress;
