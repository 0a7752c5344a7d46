//! The Tokio side of Patina's `executor` benchmark suite: a port of the scheduler benchmarks of
//! tokio's `benches/rt_multi_threaded.rs` (chained_spawn, spawn_many, yield_many, ping_pong) plus
//! the cross-thread hand-off, on a multi-threaded runtime with 1 and 2 workers.
//!
//! Prints one row per benchmark and worker count, tab-separated, as `bench/README.md` describes
//! for companions: `Class.tokio`, `workers=N`, nanoseconds per operation, `ns/op`. One operation
//! is what one JMH operation of the Java class of the same name is: a spawn, a yield, a ping.
//!
//! Differences from upstream, also made on the Java side: spawn_many spawns from inside a task
//! (upstream's later `spawn_many_local`; the 1.24 file spawned from `block_on`), and the number of
//! workers is a parameter instead of 4.

use std::sync::atomic::AtomicUsize;
use std::sync::atomic::Ordering::Relaxed;
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant};
use tokio::runtime::{self, Runtime};
use tokio::sync::oneshot;

fn rt(workers: usize) -> Runtime {
    runtime::Builder::new_multi_thread()
        .worker_threads(workers)
        .build()
        .unwrap()
}

/// Runs `iter` for half the time (at most 2 s) to warm up, then for `seconds`, and prints the
/// mean time per operation.
fn measure(name: &str, workers: usize, ops_per_iter: usize, seconds: f64, mut iter: impl FnMut()) {
    let warm_up = Duration::from_secs_f64((seconds / 2.0).clamp(0.5, 2.0));
    let start = Instant::now();
    while start.elapsed() < warm_up {
        iter();
    }
    let mut iters: u64 = 0;
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs_f64(seconds) {
        iter();
        iters += 1;
    }
    let ns = start.elapsed().as_nanos() as f64 / (iters as f64 * ops_per_iter as f64);
    println!("{name}.tokio\tworkers={workers}\t{ns:.1}\tns/op");
}

fn chained_spawn(workers: usize, seconds: f64) {
    const ITER: usize = 1_000;
    fn iter(done_tx: mpsc::SyncSender<()>, n: usize) {
        if n == 0 {
            done_tx.send(()).unwrap();
        } else {
            tokio::spawn(async move {
                iter(done_tx, n - 1);
            });
        }
    }
    let rt = rt(workers);
    let (done_tx, done_rx) = mpsc::sync_channel(1000);
    measure("ChainedSpawnBench", workers, ITER, seconds, || {
        let done_tx = done_tx.clone();
        rt.block_on(async {
            tokio::spawn(async move {
                iter(done_tx, ITER);
            });
            done_rx.recv().unwrap();
        });
    });
}

fn spawn_many(workers: usize, seconds: f64) {
    const NUM_SPAWN: usize = 10_000;
    let rt = rt(workers);
    let (tx, rx) = mpsc::sync_channel(1000);
    let rem = Arc::new(AtomicUsize::new(0));
    measure("SpawnManyBench", workers, NUM_SPAWN, seconds, || {
        rem.store(NUM_SPAWN, Relaxed);
        let tx = tx.clone();
        let rem = rem.clone();
        rt.block_on(async {
            tokio::spawn(async move {
                for _ in 0..NUM_SPAWN {
                    let tx = tx.clone();
                    let rem = rem.clone();
                    tokio::spawn(async move {
                        if 1 == rem.fetch_sub(1, Relaxed) {
                            tx.send(()).unwrap();
                        }
                    });
                }
            });
            rx.recv().unwrap();
        });
    });
}

fn yield_many(workers: usize, seconds: f64) {
    const NUM_YIELD: usize = 1_000;
    const TASKS: usize = 200;
    let rt = rt(workers);
    let (tx, rx) = mpsc::sync_channel(TASKS);
    measure("YieldManyBench", workers, TASKS * NUM_YIELD, seconds, || {
        for _ in 0..TASKS {
            let tx = tx.clone();
            rt.spawn(async move {
                for _ in 0..NUM_YIELD {
                    tokio::task::yield_now().await;
                }
                tx.send(()).unwrap();
            });
        }
        for _ in 0..TASKS {
            rx.recv().unwrap();
        }
    });
}

fn ping_pong(workers: usize, seconds: f64) {
    const NUM_PINGS: usize = 1_000;
    let rt = rt(workers);
    let (done_tx, done_rx) = mpsc::sync_channel(1000);
    let rem = Arc::new(AtomicUsize::new(0));
    measure("PingPongBench", workers, NUM_PINGS, seconds, || {
        let done_tx = done_tx.clone();
        let rem = rem.clone();
        rem.store(NUM_PINGS, Relaxed);
        rt.block_on(async {
            tokio::spawn(async move {
                for _ in 0..NUM_PINGS {
                    let rem = rem.clone();
                    let done_tx = done_tx.clone();
                    tokio::spawn(async move {
                        let (tx1, rx1) = oneshot::channel();
                        let (tx2, rx2) = oneshot::channel();
                        tokio::spawn(async move {
                            rx1.await.unwrap();
                            tx2.send(()).unwrap();
                        });
                        tx1.send(()).unwrap();
                        rx2.await.unwrap();
                        if 1 == rem.fetch_sub(1, Relaxed) {
                            done_tx.send(()).unwrap();
                        }
                    });
                }
            });
            done_rx.recv().unwrap();
        });
    });
}

fn handoff(workers: usize, seconds: f64) {
    let rt = rt(workers);
    measure("HandoffBench", workers, 1, seconds, || {
        rt.block_on(async {
            tokio::spawn(async {}).await.unwrap();
        });
    });
}

fn main() {
    let mut seconds = 1.0;
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--seconds") {
        seconds = args.get(i + 1).and_then(|s| s.parse().ok()).expect("--seconds N");
    }
    println!("# Tokio 1.24.2 from Debian's librust-tokio-dev, release build, multi-threaded runtime.");
    for workers in [1, 2] {
        chained_spawn(workers, seconds);
        spawn_many(workers, seconds);
        yield_many(workers, seconds);
        ping_pong(workers, seconds);
        handoff(workers, seconds);
    }
}
