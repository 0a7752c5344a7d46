/**
 * Patina's JMH suites: each measures a part of Patina side by side with its peers in one run, and
 * reports the results as ratios.
 *
 * <p>A suite is a name, the benchmarks it includes and its default JMH options ({@link
 * dev.patina.bench.Suite}); all suites are listed in {@link dev.patina.bench.Suites}. {@code
 * ./patina bench NAME [JMH options]} runs one through {@link dev.patina.bench.BenchMain} and writes
 * {@code docs/bench/NAME.md} (a table per benchmark class, each row with its ratio to the class's
 * {@linkplain dev.patina.bench.Baseline baseline}) and {@code docs/bench/NAME.json} (JMH's own
 * results).
 */
package dev.patina.bench;
