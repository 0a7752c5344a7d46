package dev.patina.examples.runtime;

import dev.patina.runtime.executor.Executor;
import dev.patina.runtime.future.CancelledException;
import dev.patina.runtime.future.Cancellable;
import dev.patina.runtime.future.Context;
import dev.patina.runtime.future.Future;
import dev.patina.runtime.future.Join;
import dev.patina.runtime.future.Poll;
import dev.patina.runtime.task.JoinHandle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Crawls a {@link Site} from a start page and counts the words of every page it reaches: one task
 * per page, spawned by the task of the page that links to it. A page task fetches its page on the
 * blocking pool ({@code spawnBlocking}: the fetch blocks), spawns a task for each link nobody has
 * claimed yet, joins them ({@link Join#all}) and returns the word counts of its page and of
 * everything below it.
 *
 * <p>The state machines are written by hand, as the {@code @Async} rewriter would write them: a
 * field for what is being awaited, a state for where to continue. Each one implements {@link
 * Cancellable}, so cancelling the crawl cancels the fetch and the sub-crawls it is waiting for.
 */
public final class Crawler {

  private final Site site;
  private final Set<Integer> claimed = ConcurrentHashMap.newKeySet();

  /** A crawler of {@code site}. */
  public Crawler(Site site) {
    this.site = site;
  }

  /** How many pages have been claimed by a task so far. */
  public int pagesClaimed() {
    return claimed.size();
  }

  /** The crawl from page {@code start}: a future of the word counts of every reachable page. */
  public Future<Map<String, Integer>> crawl(int start) {
    claimed.add(start);
    return new PageTask(start);
  }

  /** One page: fetch, spawn the unclaimed links, join them, add up. */
  private final class PageTask implements Future<Map<String, Integer>>, Cancellable {
    private final int id;
    private JoinHandle<Site.Page> fetch; // state 1: waiting for the page
    private Future<List<Map<String, Integer>>> children; // state 2: waiting for the sub-crawls
    private final List<JoinHandle<Map<String, Integer>>> handles = new ArrayList<>();
    private Map<String, Integer> own;

    PageTask(int id) {
      this.id = id;
    }

    @Override
    public Poll<Map<String, Integer>> poll(Context cx) {
      if (fetch == null) {
        fetch = Executor.current().spawnBlocking(() -> site.fetch(id));
      }
      if (children == null) {
        Poll<Site.Page> page = fetch.poll(cx);
        if (!page.isDone()) {
          return Poll.pending();
        }
        Site.Page p = page.valueOrThrow();
        own = count(p.text());
        for (int link : p.links()) {
          if (claimed.add(link)) {
            handles.add(Executor.current().spawn(new PageTask(link)));
          }
        }
        children = Join.all(handles);
      }
      Poll<List<Map<String, Integer>>> below = children.poll(cx);
      if (!below.isDone()) {
        return Poll.pending();
      }
      Map<String, Integer> total = new HashMap<>(own);
      for (Map<String, Integer> m : below.valueOrThrow()) {
        m.forEach((w, n) -> total.merge(w, n, Integer::sum));
      }
      return Poll.ready(total);
    }

    @Override
    public void cancel(CancelledException cause) {
      if (fetch != null) {
        fetch.cancel();
      }
      handles.forEach(JoinHandle::cancel); // the sub-crawls are tasks of their own: cancel them too
    }
  }

  /** The words of {@code text}, counted. */
  static Map<String, Integer> count(String text) {
    Map<String, Integer> counts = new HashMap<>();
    for (String w : text.split(" ")) {
      counts.merge(w, 1, Integer::sum);
    }
    return counts;
  }
}
