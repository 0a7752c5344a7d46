/**
 * The runtime at work: a simulated web crawler that spawns a task per page on the work-stealing
 * executor, fetches pages on the blocking pool, joins sub-crawls and cancels a crawl part-way.
 */
package dev.patina.examples.runtime;
