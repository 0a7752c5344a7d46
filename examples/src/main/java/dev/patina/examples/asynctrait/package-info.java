/**
 * A box-less async trait: {@link dev.patina.examples.asynctrait.KeyValueStore}, an interface whose
 * methods are async, with an in-memory implementation and one that simulates network latency on
 * the runtime's timer, and a service ({@link dev.patina.examples.asynctrait.Migration}) that
 * copies keys from one store to another in concurrent tasks, on either executor. Each call through
 * the interface allocates the implementation's state machine and nothing else
 * (docs/runtime/async-trait.md).
 */
package dev.patina.examples.asynctrait;
