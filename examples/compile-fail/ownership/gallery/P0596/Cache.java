// P0596: a @Mut method is called through a shared borrow.
// Rust: E0596, "cannot borrow `*cache` as mutable, as it is behind a `&` reference":
// `fn on_config_change(cache: &Cache) { cache.evict_all() }` where `evict_all` takes `&mut self`.
package dev.patina.examples.gallery.p0596;

import dev.patina.ownership.Consume;
import dev.patina.ownership.Linear;
import dev.patina.ownership.Mut;

/** A cache of rendered pages. */
@Linear
final class PageCache {
  String get(String url) {
    return "";
  }

  @Mut
  void evictAll() {}

  @Consume
  void close() {}
}

final class Cache {
  /** `cache` is a shared borrow (neither @Mut nor @Owned), so it may only be read. */
  static void onConfigChange(PageCache cache) {
    cache.evictAll();
  }
}
