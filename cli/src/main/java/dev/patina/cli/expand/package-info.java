/**
 * What {@code patina expand Class#method} shows of an {@code @Async} method: the rewriter's
 * {@link dev.patina.processors.async.MachinePlan} as a table of states ({@link
 * dev.patina.cli.expand.PlanText}) and as a Graphviz graph ({@link dev.patina.cli.expand.PlanDot}),
 * the method it names ({@link dev.patina.cli.expand.MethodRef}, {@link
 * dev.patina.cli.expand.MethodFinder}), and the files it writes ({@link
 * dev.patina.cli.expand.Graphviz}, {@link dev.patina.cli.expand.AtomicFiles}).
 */
package dev.patina.cli.expand;
