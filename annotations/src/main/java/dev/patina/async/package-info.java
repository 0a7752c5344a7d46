/**
 * Async functions for Java: {@link dev.patina.async.Async} marks a method whose body Patina
 * compiles into a state machine over the runtime's futures, as rustc does for {@code async fn} and
 * Kotlin for {@code suspend fun}.
 */
package dev.patina.async;
