//! `mlf runs get`: show one run.

use clap::Args;
use serde_json::json;

use super::print::print_runs_csv;
use crate::commands::RunArg;
use crate::context::Ctx;
use crate::output;
use crate::output::OutputFormat;

/// Show a run: info, params, latest metrics, tags, inputs and models
#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  mlf runs get $RUN\n  mlf runs get --run-id $RUN -o json | jq '.run.data.metrics'"
)]
pub struct GetArgs {
    #[command(flatten)]
    run: RunArg,
}

pub(super) fn get(ctx: &Ctx, args: GetArgs) -> anyhow::Result<()> {
    let run = ctx.store()?.get_run(&args.run.id()?)?;
    match ctx.out.format {
        OutputFormat::Json => ctx.out.json(&json!({ "run": run })),
        OutputFormat::Csv => print_runs_csv(ctx, &[run]),
        OutputFormat::Table => {
            let i = &run.info;
            let mut rows = vec![
                vec!["run_id".into(), i.run_id.clone()],
                vec!["run_name".into(), i.run_name.clone()],
                vec!["experiment_id".into(), i.experiment_id.clone()],
                vec!["status".into(), i.status.as_str().into()],
                vec!["lifecycle_stage".into(), i.lifecycle_stage.clone()],
                vec!["user_id".into(), i.user_id.clone()],
                vec!["start_time".into(), output::time(i.start_time)],
                vec!["end_time".into(), output::time(i.end_time)],
                vec![
                    "duration".into(),
                    output::duration(i.start_time, i.end_time),
                ],
                vec!["artifact_uri".into(), i.artifact_uri.clone()],
            ];
            let d = &run.data;
            rows.extend(
                d.params
                    .iter()
                    .map(|p| vec![format!("params.{}", p.key), p.value.clone()]),
            );
            rows.extend(d.metrics.iter().map(|m| {
                vec![
                    format!("metrics.{}", m.key),
                    format!("{} (step {})", crate::float::display(m.value), m.step),
                ]
            }));
            rows.extend(
                d.tags
                    .iter()
                    .map(|t| vec![format!("tags.{}", t.key), t.value.clone()]),
            );
            // One row per dataset input: `datasets.<name>` = digest and context.
            rows.extend(run.inputs.dataset_inputs.iter().map(|input| {
                let context = input
                    .tags
                    .iter()
                    .find(|t| t.key == "mlflow.data.context")
                    .map(|t| format!(" ({})", t.value))
                    .unwrap_or_default();
                vec![
                    format!("datasets.{}", input.dataset.name),
                    format!("{}{context}", input.dataset.digest),
                ]
            }));
            // The logged models the run used and produced.
            rows.extend(
                run.inputs
                    .model_inputs
                    .iter()
                    .map(|m| vec!["models.input".into(), m.model_id.clone()]),
            );
            rows.extend(run.outputs.model_outputs.iter().map(|m| {
                vec![
                    "models.output".into(),
                    format!("{} (step {})", m.model_id, m.step),
                ]
            }));
            ctx.out.rows(&["field".into(), "value".into()], &rows)
        }
    }
}
