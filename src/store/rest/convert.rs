//! Converting the server's JSON into mlf's model types (and metrics into request JSON), so
//! that a server quirk cannot change mlf's output: missing arrays become empty, int64 fields
//! may arrive as numbers or strings, doubles as numbers or `"NaN"`/`"Infinity"`.

use serde_json::{json, Value};

use crate::model::{
    Dataset, DatasetInput, Experiment, Metric, ModelInput, ModelOutput, Param, Run, RunData,
    RunInfo, RunInputs, RunOutputs, RunStatus, Tag, ACTIVE,
};
use crate::store::{Result, StoreError};

pub(super) fn str_of(v: &Value, key: &str) -> String {
    match v.get(key) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

pub(super) fn int_of(v: &Value, key: &str) -> Option<i64> {
    match v.get(key)? {
        Value::Number(n) => n.as_i64().or_else(|| n.as_f64().map(|f| f as i64)),
        Value::String(s) => s.parse().ok(),
        _ => None,
    }
}

pub(super) fn f64_of(v: &Value) -> f64 {
    match v {
        Value::Number(n) => n.as_f64().unwrap_or(f64::NAN),
        Value::String(s) => match s.as_str() {
            "Infinity" | "inf" => f64::INFINITY,
            "-Infinity" | "-inf" => f64::NEG_INFINITY,
            other => other.parse().unwrap_or(f64::NAN),
        },
        _ => f64::NAN,
    }
}

pub(super) fn opt_str(v: &Value, key: &str) -> Option<String> {
    v.get(key)
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

pub(super) fn array<'a>(v: &'a Value, key: &str) -> &'a [Value] {
    v.get(key)
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or(&[])
}

/// Reads `[{key, value}]` pairs.
pub fn tags(v: &Value, key: &str) -> Vec<Tag> {
    array(v, key)
        .iter()
        .map(|t| Tag::new(str_of(t, "key"), str_of(t, "value")))
        .collect()
}

/// Reads an Experiment message.
pub fn experiment(v: &Value) -> Experiment {
    Experiment {
        experiment_id: str_of(v, "experiment_id"),
        name: str_of(v, "name"),
        artifact_location: str_of(v, "artifact_location"),
        lifecycle_stage: Some(str_of(v, "lifecycle_stage"))
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| ACTIVE.into()),
        last_update_time: int_of(v, "last_update_time"),
        creation_time: int_of(v, "creation_time"),
        tags: tags(v, "tags"),
        workspace: v
            .get("workspace")
            .and_then(Value::as_str)
            .map(str::to_string),
    }
}

/// Reads a Metric message.
pub fn metric(v: &Value) -> Metric {
    Metric {
        key: str_of(v, "key"),
        value: v.get("value").map(f64_of).unwrap_or(f64::NAN),
        timestamp: int_of(v, "timestamp").unwrap_or(0),
        step: int_of(v, "step").unwrap_or(0),
        dataset_name: opt_str(v, "dataset_name"),
        dataset_digest: opt_str(v, "dataset_digest"),
        model_id: opt_str(v, "model_id"),
        run_id: opt_str(v, "run_id"),
    }
}

/// Reads a RunInfo message.
pub fn run_info(v: &Value) -> Result<RunInfo> {
    let run_id = Some(str_of(v, "run_id"))
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| str_of(v, "run_uuid"));
    let status_text = str_of(v, "status");
    let status = if status_text.is_empty() {
        RunStatus::Running
    } else {
        RunStatus::parse(&status_text).ok_or_else(|| {
            StoreError::Server(format!(
                "the server sent an unknown run status `{status_text}`"
            ))
        })?
    };
    Ok(RunInfo {
        run_uuid: run_id.clone(),
        experiment_id: str_of(v, "experiment_id"),
        run_name: str_of(v, "run_name"),
        user_id: str_of(v, "user_id"),
        status,
        start_time: int_of(v, "start_time"),
        end_time: int_of(v, "end_time"),
        artifact_uri: str_of(v, "artifact_uri"),
        lifecycle_stage: Some(str_of(v, "lifecycle_stage"))
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| ACTIVE.into()),
        run_id,
    })
}

/// Reads a Run message.
pub fn run(v: &Value) -> Result<Run> {
    let info = run_info(v.get("info").unwrap_or(&Value::Null))?;
    let data = v.get("data").unwrap_or(&Value::Null);
    let mut data = RunData {
        metrics: array(data, "metrics").iter().map(metric).collect(),
        params: array(data, "params")
            .iter()
            .map(|p| Param {
                key: str_of(p, "key"),
                value: str_of(p, "value"),
            })
            .collect(),
        tags: tags(data, "tags"),
    };
    data.metrics.sort_by(|a, b| a.key.cmp(&b.key));
    data.params.sort_by(|a, b| a.key.cmp(&b.key));
    data.tags.sort_by(|a, b| a.key.cmp(&b.key));
    let inputs = v.get("inputs").unwrap_or(&Value::Null);
    let dataset_inputs = array(inputs, "dataset_inputs")
        .iter()
        .map(|d| {
            let ds = d.get("dataset").unwrap_or(&Value::Null);
            let opt = |k: &str| ds.get(k).and_then(Value::as_str).map(str::to_string);
            DatasetInput {
                tags: tags(d, "tags"),
                dataset: Dataset {
                    name: str_of(ds, "name"),
                    digest: str_of(ds, "digest"),
                    source_type: str_of(ds, "source_type"),
                    source: str_of(ds, "source"),
                    schema: opt("schema"),
                    profile: opt("profile"),
                },
            }
        })
        .collect();
    Ok(Run {
        info,
        data,
        inputs: RunInputs {
            dataset_inputs,
            model_inputs: array(inputs, "model_inputs")
                .iter()
                .map(|m| ModelInput {
                    model_id: str_of(m, "model_id"),
                })
                .collect(),
        },
        outputs: RunOutputs {
            model_outputs: array(v.get("outputs").unwrap_or(&Value::Null), "model_outputs")
                .iter()
                .map(|m| ModelOutput {
                    model_id: str_of(m, "model_id"),
                    step: int_of(m, "step").unwrap_or(0),
                })
                .collect(),
        },
    })
}

/// Writes a double as MLflow's protobuf JSON parser expects: NaN and ±Inf as strings (a bare
/// `NaN` would make the server store 0 with timestamp 0).
pub fn double(v: f64) -> Value {
    if v.is_nan() {
        json!("NaN")
    } else if v.is_infinite() {
        json!(if v > 0.0 { "Infinity" } else { "-Infinity" })
    } else {
        json!(v)
    }
}

/// Writes a metric for `log-batch`.
pub fn metric_json(m: &Metric) -> Value {
    let mut v =
        json!({"key": m.key, "value": double(m.value), "timestamp": m.timestamp, "step": m.step});
    // MLflow 3's links to a logged model and a dataset, sent only when set.
    for (key, field) in [
        ("model_id", &m.model_id),
        ("dataset_name", &m.dataset_name),
        ("dataset_digest", &m.dataset_digest),
    ] {
        if let Some(f) = field {
            v[key] = json!(f);
        }
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_servers_send() {
        let r = run(&json!({"info": {"run_uuid": "abc", "experiment_id": "1", "status": "FINISHED", "start_time": "5"},
                           "data": {"metrics": [{"key": "n", "value": "NaN", "timestamp": 1, "step": "2"}]}}))
        .unwrap();
        assert_eq!(r.info.run_id, "abc");
        assert_eq!(r.info.start_time, Some(5));
        assert!(r.data.metrics[0].value.is_nan());
        assert_eq!(r.data.metrics[0].step, 2);
        assert!(r.data.params.is_empty());
        let e = experiment(&json!({"experiment_id": 3, "name": "x"}));
        assert_eq!(e.experiment_id, "3");
        assert_eq!(e.lifecycle_stage, "active");
    }

    #[test]
    fn writes_non_finite_as_strings() {
        assert_eq!(double(f64::NAN), json!("NaN"));
        assert_eq!(double(f64::NEG_INFINITY), json!("-Infinity"));
        assert_eq!(double(1.5), json!(1.5));
    }
}
