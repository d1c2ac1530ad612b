//! System metrics of a wrapped command's machine, sampled as MLflow's own system-metrics
//! monitor samples them and logged under its names (`system/cpu_utilization_percentage`, …),
//! step = sample number, so that `mlflow ui` shows them in its System metrics tab. Readings
//! come from the `sysinfo` crate.

use std::sync::{Condvar, Mutex};
use std::time::Duration;

use sysinfo::{Disks, Networks, System};

use crate::model::Metric;
use crate::store::{now_ms, Store};

/// One sample of the machine.
pub fn sample(
    sys: &mut System,
    disks: &mut Disks,
    nets: &mut Networks,
    base: (u64, u64),
) -> Vec<(&'static str, f64)> {
    sys.refresh_cpu_usage();
    sys.refresh_memory();
    disks.refresh(true);
    nets.refresh(true);
    let round = |v: f64| (v * 10.0).round() / 10.0;
    let total = sys.total_memory() as f64;
    let used = sys.used_memory() as f64;
    // The disk holding `/`, as MLflow's monitor reads `disk_usage("/")`.
    let root = disks
        .list()
        .iter()
        .filter(|d| std::path::Path::new("/").starts_with(d.mount_point()))
        .max_by_key(|d| d.mount_point().as_os_str().len());
    let (disk_total, disk_free) = root.map_or((0.0, 0.0), |d| {
        (d.total_space() as f64, d.available_space() as f64)
    });
    let disk_used = (disk_total - disk_free).max(0.0);
    let (rx, tx) = totals(nets);
    vec![
        (
            "system/cpu_utilization_percentage",
            round(f64::from(sys.global_cpu_usage())),
        ),
        ("system/system_memory_usage_megabytes", round(used / 1e6)),
        (
            "system/system_memory_usage_percentage",
            round(if total > 0.0 {
                used / total * 100.0
            } else {
                0.0
            }),
        ),
        (
            "system/disk_usage_percentage",
            round(if disk_total > 0.0 {
                disk_used / disk_total * 100.0
            } else {
                0.0
            }),
        ),
        ("system/disk_usage_megabytes", round(disk_used / 1e6)),
        ("system/disk_available_megabytes", round(disk_free / 1e6)),
        (
            "system/network_receive_megabytes",
            rx.saturating_sub(base.0) as f64 / 1e6,
        ),
        (
            "system/network_transmit_megabytes",
            tx.saturating_sub(base.1) as f64 / 1e6,
        ),
    ]
}

/// Bytes received and sent by every interface since boot.
fn totals(nets: &Networks) -> (u64, u64) {
    nets.list().values().fold((0, 0), |(r, t), n| {
        (r + n.total_received(), t + n.total_transmitted())
    })
}

/// A stop signal for the sampler.
#[derive(Default)]
pub struct Stop {
    stopped: Mutex<bool>,
    cvar: Condvar,
}

impl Stop {
    /// Tells the sampler to stop.
    pub fn stop(&self) {
        if let Ok(mut g) = self.stopped.lock() {
            *g = true;
        }
        self.cvar.notify_all();
    }

    /// Waits `interval`, or less when stopped; returns whether it was stopped.
    fn wait(&self, interval: Duration) -> bool {
        let Ok(guard) = self.stopped.lock() else {
            return true;
        };
        match self
            .cvar
            .wait_timeout_while(guard, interval, |stopped| !*stopped)
        {
            Ok((g, _)) => *g,
            Err(_) => true,
        }
    }
}

/// Samples every `interval` until stopped and logs each sample into `run_id` (a failed log is
/// skipped: a store briefly out of reach does not disturb the command). Returns the number
/// of samples logged.
pub fn run(store: &dyn Store, run_id: &str, interval: Duration, stop: &Stop) -> u64 {
    let mut sys = System::new();
    let mut disks = Disks::new_with_refreshed_list();
    let mut nets = Networks::new_with_refreshed_list();
    let base = totals(&nets);
    sys.refresh_cpu_usage();
    let mut step = 0i64;
    while !stop.wait(interval) {
        let ts = now_ms();
        let points: Vec<Metric> = sample(&mut sys, &mut disks, &mut nets, base)
            .into_iter()
            .map(|(key, value)| Metric {
                key: key.to_string(),
                value,
                timestamp: ts,
                step,
                ..Default::default()
            })
            .collect();
        if store.log_batch(run_id, &points, &[], &[]).is_ok() {
            step += 1;
        }
    }
    step as u64
}
