package dev.patina.examples.asynctrait;

import static dev.patina.runtime.async.Await.await;
import static dev.patina.runtime.async.Await.completed;

import dev.patina.async.Async;
import dev.patina.runtime.executor.Executor;
import dev.patina.runtime.future.Future;
import dev.patina.runtime.task.JoinHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Copies keys from one {@link KeyValueStore} to another, knowing nothing of either but the
 * interface: the service a box-less async trait is for. {@link #copy} is one task's sequential
 * loop; {@link #copySharded} splits the keys into shards and spawns a task per shard on the
 * executor it runs on, so the shards' requests wait concurrently.
 */
public final class Migration {

  private Migration() {}

  /**
   * Copies each key of {@code keys} that {@code from} holds into {@code to}, one after the other;
   * the number of keys copied.
   */
  @Async
  public static Future<Integer> copy(KeyValueStore from, KeyValueStore to, List<String> keys) {
    int copied = 0;
    for (String key : keys) {
      Optional<String> value = await(from.get(key));
      if (value.isPresent()) {
        await(to.put(key, value.get()));
        copied++;
      }
    }
    return completed(copied);
  }

  /**
   * {@link #copy} in {@code shards} tasks spawned on the current executor, each with every
   * {@code shards}-th key; the number of keys copied by all of them.
   */
  @Async
  public static Future<Integer> copySharded(KeyValueStore from, KeyValueStore to, List<String> keys, int shards) {
    List<JoinHandle<Integer>> tasks = new ArrayList<>();
    for (int shard = 0; shard < shards; shard++) {
      List<String> slice = new ArrayList<>();
      for (int i = shard; i < keys.size(); i += shards) {
        slice.add(keys.get(i));
      }
      tasks.add(Executor.current().spawn(copy(from, to, slice)));
    }
    int copied = 0;
    for (JoinHandle<Integer> task : tasks) {
      copied += await(task);
    }
    return completed(copied);
  }

  /** The keys of {@code keys} whose values differ between {@code a} and {@code b} (absent counts as a value). */
  @Async
  public static Future<List<String>> differences(KeyValueStore a, KeyValueStore b, List<String> keys) {
    List<String> differ = new ArrayList<>();
    for (String key : keys) {
      Optional<String> left = await(a.get(key));
      Optional<String> right = await(b.get(key));
      if (!left.equals(right)) {
        differ.add(key);
      }
    }
    return completed(differ);
  }
}
