//! Copying every experiment and run of one store into another that keeps ids (`mlf
//! migrate`: a file store into SQLite), through the `Store` trait only.

use crate::model::ViewType;
use crate::store::copy::{ExperimentImported, ImportCounts, RunImported};
use crate::store::{collect_pages, ExperimentQuery, Result, RunQuery, Store};

/// Copies everything `src` holds, deleted experiments and runs too, into `dst` as one unit of
/// work; runs `dst` has already are left alone. Unreadable parts of `src` and what cannot be
/// copied are reported through `warn` and counted as skipped.
pub fn copy_all(src: &dyn Store, dst: &dyn Store, warn: &dyn Fn(&str)) -> Result<ImportCounts> {
    let mut importer = dst.importer()?;
    let mut n = ImportCounts::default();
    for exp in all_experiments(src)? {
        match importer.experiment(&exp)? {
            ExperimentImported::Skipped(why) => {
                warn(&format!("skipping {why}"));
                n.skipped_experiments += 1;
                continue;
            }
            ExperimentImported::Created => n.experiments += 1,
            ExperimentImported::Existing => {}
        }
        n.experiment_tags += exp.tags.len() as u64;
        for run_id in all_runs(src, &exp.experiment_id)? {
            let run = src.export_run(&run_id)?;
            match importer.run(&run)? {
                RunImported::Existing => n.skipped_runs += 1,
                RunImported::Created { datasets, inputs } => {
                    n.runs += 1;
                    n.params += run.params.len() as u64;
                    n.tags += run.tags.len() as u64;
                    n.metrics += run.metrics.len() as u64;
                    n.datasets += datasets;
                    n.inputs += inputs;
                }
            }
        }
        for what in src.uncopied(&exp.experiment_id) {
            warn(&format!(
                "experiment `{}` has {what}, which are not copied",
                exp.experiment_id
            ));
        }
    }
    importer.commit()?;
    let skipped = src.skipped();
    n.skipped_runs += skipped.runs;
    n.skipped_experiments += skipped.experiments;
    Ok(n)
}

/// Every experiment of a store, active and deleted.
fn all_experiments(src: &dyn Store) -> Result<Vec<crate::model::Experiment>> {
    let (exps, _) = collect_pages(usize::MAX, None, |n, token| {
        src.search_experiments(&ExperimentQuery {
            view: ViewType::All,
            max_results: n,
            page_token: token,
            ..Default::default()
        })
    })?;
    Ok(exps)
}

/// The ids of every run of an experiment, active and deleted.
fn all_runs(src: &dyn Store, experiment_id: &str) -> Result<Vec<String>> {
    let (runs, _) = collect_pages(usize::MAX, None, |n, token| {
        src.search_runs(&RunQuery {
            experiment_ids: vec![experiment_id.to_string()],
            view: ViewType::All,
            max_results: n,
            page_token: token,
            ..Default::default()
        })
    })?;
    Ok(runs.into_iter().map(|r| r.info.run_id).collect())
}
