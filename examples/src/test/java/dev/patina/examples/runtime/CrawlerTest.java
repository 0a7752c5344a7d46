package dev.patina.examples.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.patina.runtime.executor.ShutdownReport;
import dev.patina.runtime.executor.WorkStealingExecutor;
import dev.patina.runtime.future.CancelledException;
import dev.patina.runtime.task.JoinHandle;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The parallel crawl counts exactly what a sequential breadth-first walk of the site counts. */
class CrawlerTest {

  @Test
  void theParallelCrawlCountsEveryReachablePageOnce() {
    Site site = new Site(3_000, 5, 20);
    Set<Integer> seen = new HashSet<>();
    Map<String, Integer> expected = new HashMap<>();
    ArrayDeque<Integer> todo = new ArrayDeque<>();
    todo.add(0);
    seen.add(0);
    while (!todo.isEmpty()) {
      Site.Page p = site.page(todo.poll());
      Crawler.count(p.text()).forEach((w, n) -> expected.merge(w, n, Integer::sum));
      for (int link : p.links()) {
        if (seen.add(link)) {
          todo.add(link);
        }
      }
    }
    WorkStealingExecutor executor = new WorkStealingExecutor(2);
    try {
      Crawler crawler = new Crawler(site);
      assertThat(executor.blockOn(executor.spawn(crawler.crawl(0)))).isEqualTo(expected);
      assertThat(crawler.pagesClaimed()).isEqualTo(seen.size());
      assertThat(executor.liveTasks()).isZero();
    } finally {
      executor.shutdown();
    }
  }

  @Test
  void cancellingTheCrawlCancelsEveryPageTaskBelowIt() throws Exception {
    WorkStealingExecutor executor = new WorkStealingExecutor(2);
    Crawler crawler = new Crawler(new Site(100_000, 3, 1_000));
    JoinHandle<Map<String, Integer>> crawl = executor.spawn(crawler.crawl(0));
    while (crawler.pagesClaimed() < 50) {
      Thread.sleep(1);
    }
    crawl.cancel();
    assertThatThrownBy(() -> executor.blockOn(crawl)).isInstanceOf(CancelledException.class);
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (executor.liveTasks() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(5); // the cancellations travel down the tree of page tasks
    }
    assertThat(executor.liveTasks()).isZero();
    ShutdownReport report = executor.shutdown();
    assertThat(report.cancelledTasks()).isZero();
  }
}
