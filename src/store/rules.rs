//! MLflow's rules for writing to runs, in one place for every local store: params are
//! immutable, and deleted runs take no writes.

use crate::model::{Param, DELETED};

use super::{Kind, Result, StoreError};

/// Checks a batch of params as MLflow's `log_batch` does: valid keys, values cut to 6,000
/// characters, a key given twice only with the same value. Returns each key once.
pub fn param_batch(params: &[Param]) -> Result<Vec<Param>> {
    let mut batch: Vec<Param> = Vec::with_capacity(params.len());
    for p in params {
        super::validate::key("param", &p.key)?;
        let value = super::validate::truncate(&p.value, super::validate::MAX_PARAM_VALUE_LEN);
        match batch.iter().find(|b| b.key == p.key) {
            Some(b) if b.value != value => {
                return Err(StoreError::Invalid(format!(
                    "param `{}` is given twice with different values (`{}` and `{value}`)",
                    p.key, b.value
                )))
            }
            Some(_) => {}
            None => batch.push(Param {
                key: p.key.clone(),
                value,
            }),
        }
    }
    Ok(batch)
}

/// Checks a checked batch against what the run holds (`stored` returns a param's value):
/// the same value again is fine, a changed one fails naming old and new values. Returns the
/// params that are new.
pub fn new_params(
    run_id: &str,
    batch: Vec<Param>,
    mut stored: impl FnMut(&str) -> Result<Option<String>>,
) -> Result<Vec<Param>> {
    let mut conflicts = Vec::new();
    let mut new = Vec::new();
    for p in batch {
        match stored(&p.key)? {
            Some(old) if old != p.value => conflicts.push(format!(
                "param `{}` was logged with value `{old}`, attempted new value `{}`",
                p.key, p.value
            )),
            Some(_) => {}
            None => new.push(p),
        }
    }
    if !conflicts.is_empty() {
        // Logged models (`m-…`) have params too.
        let owner = if run_id.starts_with("m-") {
            "logged model"
        } else {
            "run"
        };
        return Err(StoreError::Conflict(format!(
            "changing param values is not allowed ({owner} `{run_id}`): {}",
            conflicts.join("; ")
        )));
    }
    Ok(new)
}

/// Fails with `Deleted` when a run's lifecycle stage says it is deleted.
pub fn writable(run_id: &str, lifecycle_stage: &str) -> Result<()> {
    if lifecycle_stage == DELETED {
        return Err(StoreError::Deleted {
            kind: Kind::Run,
            id: run_id.to_string(),
        });
    }
    Ok(())
}
