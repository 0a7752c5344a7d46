package dev.patina.bench.async;

import static dev.patina.runtime.async.Await.await;
import static dev.patina.runtime.async.Await.completed;

import dev.patina.async.Async;
import dev.patina.runtime.future.Future;

/**
 * The {@code @Async} methods the chain benchmarks poll: ten awaits in a row, of ten nested async
 * calls ({@link #tenNested}) or of one reused future ({@link #tenAwaits}). The loops are unrolled
 * by hand so that every row runs the same ten awaits as the ten stages of its peers.
 */
final class Chains {

  private Chains() {}

  /** {@code x + 1}: an async call with no await, one machine per call. */
  @Async
  static Future<Integer> leaf(int x) {
    return completed(x + 1);
  }

  /** {@code x + 10}, by awaiting ten calls of {@link #leaf}: eleven machines per call. */
  @Async
  static Future<Integer> tenNested(int x) {
    int v = await(leaf(x));
    v = await(leaf(v));
    v = await(leaf(v));
    v = await(leaf(v));
    v = await(leaf(v));
    v = await(leaf(v));
    v = await(leaf(v));
    v = await(leaf(v));
    v = await(leaf(v));
    v = await(leaf(v));
    return completed(v);
  }

  /** {@code x} plus ten values of {@code step}, awaited one after the other: one machine per call. */
  @Async
  static Future<Integer> tenAwaits(int x, Future<Integer> step) {
    int v = x + await(step);
    v += await(step);
    v += await(step);
    v += await(step);
    v += await(step);
    v += await(step);
    v += await(step);
    v += await(step);
    v += await(step);
    v += await(step);
    return completed(v);
  }

  /** {@code x} plus the value of {@code step}: an async call with one await. */
  @Async
  static Future<Integer> leafAwaiting(int x, Future<Integer> step) {
    return completed(x + await(step));
  }

  /** {@code x + 10}, by awaiting ten calls of {@link #leafAwaiting}, each suspending once on {@code step}. */
  @Async
  static Future<Integer> tenNestedAwaiting(int x, Future<Integer> step) {
    int v = await(leafAwaiting(x, step));
    v = await(leafAwaiting(v, step));
    v = await(leafAwaiting(v, step));
    v = await(leafAwaiting(v, step));
    v = await(leafAwaiting(v, step));
    v = await(leafAwaiting(v, step));
    v = await(leafAwaiting(v, step));
    v = await(leafAwaiting(v, step));
    v = await(leafAwaiting(v, step));
    v = await(leafAwaiting(v, step));
    return completed(v);
  }
}
