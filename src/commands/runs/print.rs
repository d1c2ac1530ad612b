//! Output shared by several `runs` verbs: runs as CSV, the value of a `--columns` entry,
//! and the run info that `update` and `end` print as JSON.

use std::collections::BTreeSet;

use serde_json::json;

use crate::context::Ctx;
use crate::model::Run;
use crate::output;
use crate::output::OutputFormat;

/// The value of a `--columns` entry for a run.
pub(super) fn column_value(run: &Run, column: &str) -> String {
    let (prefix, key) = column.split_once('.').unwrap_or(("", column));
    let d = &run.data;
    match prefix {
        "metrics" | "metric" => d
            .metrics
            .iter()
            .find(|m| m.key == key)
            .map(|m| crate::float::display(m.value)),
        "params" | "param" => d
            .params
            .iter()
            .find(|p| p.key == key)
            .map(|p| p.value.clone()),
        "tags" | "tag" => run.tag(key).map(str::to_string),
        _ => {
            let i = &run.info;
            match column
                .trim_start_matches("attributes.")
                .trim_start_matches("attribute.")
            {
                "run_id" => Some(i.run_id.clone()),
                "run_name" => Some(i.run_name.clone()),
                "experiment_id" => Some(i.experiment_id.clone()),
                "user_id" => Some(i.user_id.clone()),
                "status" => Some(i.status.as_str().into()),
                "start_time" => Some(output::time(i.start_time)),
                "end_time" => Some(output::time(i.end_time)),
                "artifact_uri" => Some(i.artifact_uri.clone()),
                "lifecycle_stage" => Some(i.lifecycle_stage.clone()),
                _ => None,
            }
        }
    }
    .unwrap_or_default()
}

/// Prints runs as CSV: run_id, run_name, experiment_id, status, start_time, end_time, then
/// one column per metric, param and tag key.
pub(super) fn print_runs_csv(ctx: &Ctx, runs: &[Run]) -> anyhow::Result<()> {
    let keys = |f: &dyn Fn(&Run) -> Vec<String>| -> Vec<String> {
        runs.iter()
            .flat_map(f)
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect()
    };
    let metrics = keys(&|r| r.data.metrics.iter().map(|m| m.key.clone()).collect());
    let params = keys(&|r| r.data.params.iter().map(|p| p.key.clone()).collect());
    let tags = keys(&|r| r.data.tags.iter().map(|t| t.key.clone()).collect());
    let mut headers: Vec<String> = [
        "run_id",
        "run_name",
        "experiment_id",
        "status",
        "start_time",
        "end_time",
    ]
    .map(String::from)
    .to_vec();
    headers.extend(metrics.iter().map(|k| format!("metrics.{k}")));
    headers.extend(params.iter().map(|k| format!("params.{k}")));
    headers.extend(tags.iter().map(|k| format!("tags.{k}")));
    let opt = |v: Option<i64>| v.map(|v| v.to_string()).unwrap_or_default();
    let rows: Vec<Vec<String>> = runs
        .iter()
        .map(|r| {
            let i = &r.info;
            let mut row = vec![
                i.run_id.clone(),
                i.run_name.clone(),
                i.experiment_id.clone(),
                i.status.as_str().into(),
                opt(i.start_time),
                opt(i.end_time),
            ];
            row.extend(
                metrics
                    .iter()
                    .map(|k| column_value(r, &format!("metrics.{k}"))),
            );
            row.extend(
                params
                    .iter()
                    .map(|k| column_value(r, &format!("params.{k}"))),
            );
            row.extend(
                tags.iter()
                    .map(|k| r.tag(k).unwrap_or_default().to_string()),
            );
            row
        })
        .collect();
    ctx.out.rows(&headers, &rows)
}

/// Prints the run info an update left, with `-o json` (other formats print only the status).
pub(super) fn run_info_output(ctx: &Ctx, info: &crate::model::RunInfo) -> anyhow::Result<()> {
    if ctx.out.format == OutputFormat::Json {
        ctx.out.json(&json!({ "run_info": info }))?;
    }
    Ok(())
}
