/**
 * Machinery the flow-sensitive checkers share: running a file's walk on a thread with a deep stack,
 * a forward analysis that tells undeclared unchecked exceptions apart from real exceptional paths,
 * and naming the statement through which a path leaves a method.
 */
package dev.patina.checkers.flow;
