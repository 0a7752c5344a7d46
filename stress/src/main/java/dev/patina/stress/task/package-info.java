/**
 * jcstress tests of the runtime's task state machine ({@code dev.patina.runtime.task.Task}): a
 * wake that races with a poll is never lost and never schedules the task twice, and what the
 * waker wrote before waking is visible to the poll that follows. Every outcome that breaks this is
 * {@code FORBIDDEN}.
 */
package dev.patina.stress.task;
