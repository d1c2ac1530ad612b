//! MLflow's retry policy for requests to a tracking server (`MLFLOW_HTTP_REQUEST_*`): which
//! answers are retried, and how long to wait before each retry.

use std::time::Duration;

use crate::env;

/// Statuses worth retrying for idempotent requests (408 and 429 are retried for all).
pub(super) const RETRY_STATUSES: [u16; 6] = [408, 429, 500, 502, 503, 504];
/// The longest backoff between two attempts.
const MAX_BACKOFF: f64 = 120.0;

/// Retry and timeout settings, from MLflow's environment variables.
#[derive(Debug, Clone)]
pub struct RetryPolicy {
    pub max_retries: u32,
    pub backoff_factor: f64,
    pub jitter: f64,
    pub timeout: Duration,
    pub respect_retry_after: bool,
}

impl RetryPolicy {
    /// Returns the policy of these HTTP settings.
    pub fn new(s: &env::HttpSettings) -> RetryPolicy {
        RetryPolicy {
            max_retries: s.max_retries,
            backoff_factor: s.backoff_factor,
            jitter: s.backoff_jitter,
            timeout: Duration::from_secs_f64(s.timeout.max(0.001)),
            respect_retry_after: s.respect_retry_after,
        }
    }

    /// Returns the wait before retry number `n` (1-based): 0, then factor × 2^(n−1), capped.
    pub fn backoff(&self, n: u32) -> Duration {
        let base = if n <= 1 {
            0.0
        } else {
            (self.backoff_factor * 2f64.powi(n as i32 - 1)).min(MAX_BACKOFF)
        };
        Duration::from_secs_f64(base + random_unit() * self.jitter)
    }
}

/// Returns a random number in [0, 1).
fn random_unit() -> f64 {
    let b = uuid::Uuid::new_v4().as_u128();
    (b >> 75) as f64 / (1u64 << 53) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]

    fn backoff_follows_mlflow() {
        let p = RetryPolicy {
            max_retries: 7,
            backoff_factor: 2.0,
            jitter: 0.0,
            timeout: Duration::from_secs(1),
            respect_retry_after: true,
        };
        let waits: Vec<u64> = (1..=7).map(|n| p.backoff(n).as_secs()).collect();
        assert_eq!(waits, [0, 4, 8, 16, 32, 64, 120]);
    }
}
