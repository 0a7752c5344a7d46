package dev.patina.examples.runtime;

import dev.patina.runtime.executor.ShutdownReport;
import dev.patina.runtime.executor.WorkStealingExecutor;
import dev.patina.runtime.future.CancelledException;
import dev.patina.runtime.task.JoinHandle;
import java.util.Comparator;
import java.util.Map;

/**
 * Runs the {@link Crawler} on a work-stealing executor: a full crawl that is joined, then a second
 * crawl of a bigger site that is cancelled part-way, then the executor's shutdown report.
 *
 * <p>Run it after {@code ./patina test -pl examples -am} with {@code java -cp
 * examples/target/classes:runtime/target/classes:annotations/target/classes
 * dev.patina.examples.runtime.CrawlerMain}.
 */
public final class CrawlerMain {

  private CrawlerMain() {}

  public static void main(String[] args) throws InterruptedException {
    WorkStealingExecutor executor = new WorkStealingExecutor(Runtime.getRuntime().availableProcessors());
    Crawler crawler = new Crawler(new Site(2_000, 7, 200));
    JoinHandle<Map<String, Integer>> crawl = executor.spawn(crawler.crawl(0));
    Map<String, Integer> words = executor.blockOn(crawl);
    System.out.printf("crawled %d pages, %d words%n", crawler.pagesClaimed(),
        words.values().stream().mapToInt(Integer::intValue).sum());
    words.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())).limit(5)
        .forEach(e -> System.out.printf("  %-10s %d%n", e.getKey(), e.getValue()));

    Crawler slow = new Crawler(new Site(50_000, 11, 2_000));
    JoinHandle<Map<String, Integer>> abandoned = executor.spawn(slow.crawl(0));
    Thread.sleep(50);
    abandoned.cancel();
    try {
      executor.blockOn(abandoned);
    } catch (CancelledException e) {
      System.out.printf("the second crawl was cancelled after claiming %d of 50000 pages: %s%n",
          slow.pagesClaimed(), e.getMessage());
    }
    ShutdownReport report = executor.shutdown();
    System.out.println("shutdown: " + report);
  }
}
