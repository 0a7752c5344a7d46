/**
 * The negative control: jcstress tests that <em>must fail</em>. They run a deliberately broken
 * queue ({@code RacyClaimArrayQueue} from the runtime's test sources) through the same kind of
 * test that the real queues pass; {@link dev.patina.stress.StressRun} fails the build if jcstress
 * does not report a {@code FORBIDDEN} outcome for them.
 */
package dev.patina.stress.broken;
