//! `runs watch`: polling a run for what changed since the last look, with requests that stay
//! small however long the run gets.
//!
//! Each refresh reads the run (status and latest metrics: one request on a server). Only the
//! keys whose latest point changed are read again, and only from the last step already held
//! on ([`Store::metric_points`]); the points from that step on are replaced by the answer.
//! A point logged later at a step before the last one held is not seen until a restart.

use std::collections::BTreeMap;

use crate::model::{Point, Run, RunStatus};
use crate::store::{Result, Store};

/// The most metrics whose histories are followed (for sparklines and the chart); the rest
/// show their latest value only.
pub const MAX_FOLLOWED: usize = 16;

/// The state of a watched run between refreshes.
pub struct Watch {
    pub run_id: String,
    /// Keys charted (given with `--key`); empty: the first keys of the run.
    pub keys: Vec<String>,
    /// Whether histories are read at all (the terminal view) or only latest values (lines).
    pub histories: bool,
    /// The run as last read.
    pub run: Option<Run>,
    /// Followed histories, by key.
    pub series: BTreeMap<String, Vec<Point>>,
    /// The latest point of each followed key when its history was last read.
    seen: BTreeMap<String, Point>,
    /// Metric reads so far (history requests, not counting the run's).
    pub reads: usize,
}

impl Watch {
    /// Starts watching a run.
    pub fn new(run_id: &str, keys: Vec<String>, histories: bool) -> Watch {
        Watch {
            run_id: run_id.to_string(),
            keys,
            histories,
            run: None,
            series: BTreeMap::new(),
            seen: BTreeMap::new(),
            reads: 0,
        }
    }

    /// Reads the run and the new points of the followed keys whose latest point changed;
    /// returns the keys that got new points.
    pub fn refresh(&mut self, store: &dyn Store) -> Result<Vec<String>> {
        let run = store.get_run(&self.run_id)?;
        let mut changed = Vec::new();
        if self.histories {
            for key in followed(&run, &self.keys) {
                let Some(latest) = run.data.metrics.iter().find(|m| m.key == key) else {
                    continue;
                };
                let latest = Point::from(latest);
                if self.seen.get(&key).is_some_and(|p| same(p, &latest)) {
                    continue;
                }
                let held = self.series.entry(key.clone()).or_default();
                let from = held.last().map(|p| p.step);
                let new = store.metric_points(&self.run_id, &key, from)?;
                self.reads += 1;
                if let Some(from) = from {
                    held.retain(|p| p.step < from);
                }
                held.extend(new);
                self.seen.insert(key.clone(), latest);
                changed.push(key);
            }
        }
        self.run = Some(run);
        Ok(changed)
    }

    /// Returns the run's status once it has ended (anything but RUNNING and SCHEDULED).
    pub fn ended(&self) -> Option<RunStatus> {
        let status = self.run.as_ref()?.info.status;
        (!matches!(status, RunStatus::Running | RunStatus::Scheduled)).then_some(status)
    }

    /// Returns the keys charted: those given, else the first few followed ones.
    pub fn chart_keys(&self) -> Vec<String> {
        if !self.keys.is_empty() {
            return self.keys.clone();
        }
        self.series.keys().take(4).cloned().collect()
    }
}

/// The keys whose histories are followed: the chosen keys first, then the run's other
/// metrics in key order, at most [`MAX_FOLLOWED`] in all.
pub fn followed(run: &Run, chosen: &[String]) -> Vec<String> {
    let mut keys: Vec<String> = chosen.to_vec();
    let mut others: Vec<&str> = run.data.metrics.iter().map(|m| m.key.as_str()).collect();
    others.sort_unstable();
    for k in others {
        if keys.len() >= MAX_FOLLOWED.max(chosen.len()) {
            break;
        }
        if !keys.iter().any(|c| c == k) {
            keys.push(k.to_string());
        }
    }
    keys
}

fn same(a: &Point, b: &Point) -> bool {
    a.step == b.step && a.timestamp == b.timestamp && a.value.to_bits() == b.value.to_bits()
}

/// Returns the exit code a watch ends with for a run's final status: 0 for FINISHED, 1 for
/// FAILED and KILLED (CLI.md).
pub fn exit_code(status: RunStatus) -> u8 {
    match status {
        RunStatus::Finished => 0,
        _ => 1,
    }
}
