//! `mlf runs compare`: params, latest metrics and tags of runs side by side.

use clap::Args;

use crate::context::Ctx;
use crate::error::CliError;
use crate::ops::compare;
use crate::output::OutputFormat;

/// Compare runs: params, latest metrics and tags side by side
///
/// One row per key and one column per run; rows whose values differ (or that some runs
/// lack) are marked `*`. -o json gives {"runs": [ids], "params": {key: [value, …]},
/// "metrics": {key: [value, …]}, "tags": {key: [value, …]}}, one value per run in the order
/// given, null where a run lacks the key; -o csv gives the same matrix as rows
/// field,differs,<run id>…, with fields named params.KEY, metrics.KEY and tags.KEY.
#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  mlf runs compare $A $B\n  mlf runs compare $A $B $C --only-diff -o json\n  \
    mlf runs search --order-by metrics.val_loss --max-results 3 --no-headers \\\n    \
    | cut -f1 | xargs mlf runs compare"
)]
pub struct CompareArgs {
    /// Runs to compare (ids)
    #[arg(value_name = "RUN_ID", required = true)]
    run_ids: Vec<String>,
    /// Only the rows whose values differ
    #[arg(long)]
    only_diff: bool,
}

pub(super) fn compare(ctx: &Ctx, args: CompareArgs) -> anyhow::Result<()> {
    let CompareArgs { run_ids, only_diff } = args;
    let ids: Vec<String> = run_ids
        .iter()
        .map(|id| id.trim().to_string())
        .filter(|id| !id.is_empty())
        .collect();
    if ids.is_empty() {
        return Err(CliError::usage("no run given").into());
    }
    let store = ctx.store()?;
    let runs = ids
        .iter()
        .map(|id| store.get_run(id))
        .collect::<Result<Vec<_>, _>>()?;
    let mut matrix = compare::matrix(&runs);
    if only_diff {
        matrix.only_diff();
    }
    match ctx.out.format {
        OutputFormat::Json => ctx.out.json(&matrix.to_json()),
        OutputFormat::Csv => {
            let mut headers = vec!["field".to_string(), "differs".to_string()];
            headers.extend(matrix.run_ids.iter().cloned());
            let rows: Vec<Vec<String>> = matrix
                .cells()
                .into_iter()
                .map(|(field, differs, cells)| {
                    let mut row = vec![field, differs.to_string()];
                    row.extend(cells);
                    row
                })
                .collect();
            ctx.out.rows(&headers, &rows)
        }
        OutputFormat::Table => {
            let mut headers = vec![String::new(), "field".to_string()];
            headers.extend(matrix.run_ids.iter().cloned());
            let mut name = vec![String::new(), "run_name".to_string()];
            name.extend(matrix.run_names.iter().cloned());
            let mut rows = vec![name];
            rows.extend(matrix.cells().into_iter().map(|(field, differs, cells)| {
                let mut row = vec![if differs { "*" } else { "" }.to_string(), field];
                row.extend(cells);
                row
            }));
            if only_diff && rows.len() == 1 {
                ctx.out.status("The runs do not differ.");
            }
            ctx.out.rows(&headers, &rows)
        }
    }
}
