//! Searching the file store in memory with MLflow's semantics (`SearchUtils` of the Python
//! file store): the shared parser, then per-run evaluation that reads only the files a query
//! names (`metrics/<key>`, `params/<key>`, `tags/<key>`), run folders read in parallel, a
//! stable multi-key sort (values, then NaN, then missing, in both directions), offsets as page
//! tokens; only the runs of the page returned are read in full.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::meta;
use super::FileStore;
use crate::model::{DatasetInput, Experiment, Page, Run};
use crate::search::{self, Clause, Entity, OrderKey};
use crate::store::{ExperimentQuery, ParsedQuery, Result, RunQuery};

/// A run found by a search, with what its ordering needs.
struct Row {
    info: crate::model::RunInfo,
    dir: PathBuf,
    sort: Vec<SortValue>,
}

/// One `order_by` value of a run.
#[derive(Debug, Clone)]
enum SortValue {
    Num(Option<f64>),
    Str(Option<String>),
}

impl SortValue {
    /// 0 for a value, 1 for NaN, 2 for missing: MLflow puts NaN and then missing values last
    /// whatever the direction.
    fn class(&self) -> u8 {
        match self {
            SortValue::Num(Some(v)) if v.is_nan() => 1,
            SortValue::Num(Some(_)) | SortValue::Str(Some(_)) => 0,
            _ => 2,
        }
    }

    fn cmp_values(&self, other: &SortValue) -> std::cmp::Ordering {
        match (self, other) {
            (SortValue::Num(Some(a)), SortValue::Num(Some(b))) => {
                a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal)
            }
            (SortValue::Str(Some(a)), SortValue::Str(Some(b))) => a.cmp(b),
            _ => std::cmp::Ordering::Equal,
        }
    }
}

/// What a run's evaluation reads, cached per run.
struct Lookup<'a> {
    dir: &'a Path,
    metrics: HashMap<String, Option<f64>>,
    datasets: Option<Vec<DatasetInput>>,
}

/// The input tag holding a dataset's role (`training`, `eval`).
const CONTEXT_TAG: &str = "mlflow.data.context";

impl<'a> Lookup<'a> {
    fn new(dir: &'a Path) -> Lookup<'a> {
        Lookup {
            dir,
            metrics: HashMap::new(),
            datasets: None,
        }
    }

    /// The latest value of a metric, reading its file once.
    fn metric(&mut self, key: &str) -> Result<Option<f64>> {
        if let Some(v) = self.metrics.get(key) {
            return Ok(*v);
        }
        let v = FileStore::latest_in(self.dir, key)?.map(|m| m.value);
        self.metrics.insert(key.to_string(), v);
        Ok(v)
    }

    fn value(&self, sub: &str, key: &str) -> Result<Option<String>> {
        if crate::store::validate::key("key", key).is_err() {
            return Ok(None);
        }
        meta::read_value(&self.dir.join(sub).join(key))
    }

    /// The run's dataset inputs, read once.
    fn datasets(&mut self) -> &[DatasetInput] {
        self.datasets
            .get_or_insert_with(|| FileStore::dataset_inputs(self.dir))
    }
}

/// The value of a run attribute, as MLflow's `RunInfo` holds it.
fn attribute(info: &crate::model::RunInfo, key: &str) -> SortValue {
    let s = |v: &str| SortValue::Str(Some(v.to_string()));
    match key {
        "start_time" => SortValue::Num(info.start_time.map(|t| t as f64)),
        "end_time" => SortValue::Num(info.end_time.map(|t| t as f64)),
        "status" => s(info.status.as_str()),
        "run_name" => s(&info.run_name),
        "user_id" => s(&info.user_id),
        "artifact_uri" => s(&info.artifact_uri),
        "run_id" => s(&info.run_id),
        "experiment_id" => s(&info.experiment_id),
        "lifecycle_stage" => s(&info.lifecycle_stage),
        _ => SortValue::Str(None),
    }
}

/// Whether a run satisfies one clause.
fn matches(c: &Clause, info: &crate::model::RunInfo, l: &mut Lookup<'_>) -> Result<bool> {
    Ok(match c.entity {
        Entity::Metric => c.matches_num(l.metric(&c.key)?),
        Entity::Param => c.matches_str(l.value("params", &c.key)?.as_deref()),
        Entity::Tag => c.matches_str(l.value("tags", &c.key)?.as_deref()),
        Entity::Attribute => match attribute(info, &c.key) {
            SortValue::Num(v) => c.matches_num(v),
            SortValue::Str(v) => c.matches_str(v.as_deref()),
        },
        Entity::Dataset => l.datasets().iter().any(|d| match c.key.as_str() {
            "context" => d
                .tags
                .iter()
                .any(|t| t.key == CONTEXT_TAG && c.matches_str(Some(&t.value))),
            "name" => c.matches_str(Some(&d.dataset.name)),
            "digest" => c.matches_str(Some(&d.dataset.digest)),
            _ => false,
        }),
    })
}

/// The `order_by` value of a run.
fn sort_value(k: &OrderKey, info: &crate::model::RunInfo, l: &mut Lookup<'_>) -> Result<SortValue> {
    Ok(match k.entity {
        Entity::Metric => SortValue::Num(l.metric(&k.key)?),
        Entity::Param => SortValue::Str(l.value("params", &k.key)?),
        Entity::Tag => SortValue::Str(l.value("tags", &k.key)?),
        _ => attribute(info, &k.key),
    })
}

/// Runs `f` over `items` on a few threads, keeping the order.
fn parallel<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2)
        .clamp(1, 8);
    if items.len() < 64 || threads == 1 {
        return items.iter().map(&f).collect();
    }
    let chunk = items.len().div_ceil(threads);
    std::thread::scope(|s| {
        let handles: Vec<_> = items
            .chunks(chunk)
            .map(|part| s.spawn(|| part.iter().map(&f).collect::<Vec<R>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    })
}

/// One page of a runs search.
pub(super) fn runs(store: &FileStore, q: &RunQuery) -> Result<Page<Run>> {
    let ParsedQuery {
        offset,
        filter,
        order,
    } = q.parse()?;

    let mut dirs: Vec<(String, PathBuf)> = Vec::new();
    for id in &q.experiment_ids {
        let exp_dir = match store.experiment_dir(id) {
            Ok(d) => d,
            Err(crate::store::StoreError::NotFound { .. }) => continue,
            Err(e) => return Err(e),
        };
        for dir in FileStore::run_dirs_in(&exp_dir)? {
            dirs.push((id.clone(), dir));
        }
    }
    let stages = q.view.stages();
    let found = parallel(&dirs, |(exp_id, dir)| -> Option<Row> {
        let eval = || -> Result<Option<Row>> {
            let (info, _) = match meta::run_info(dir, exp_id) {
                Ok(x) => x,
                // A folder without meta.yaml is not a run (MLflow skips it silently).
                Err(crate::store::StoreError::NotFound { .. }) => return Ok(None),
                Err(e) => return Err(e),
            };
            if !stages.contains(&info.lifecycle_stage.as_str()) {
                return Ok(None);
            }
            let mut l = Lookup::new(dir);
            for c in &filter.clauses {
                if !matches(c, &info, &mut l)? {
                    return Ok(None);
                }
            }
            let sort = order
                .iter()
                .map(|k| sort_value(k, &info, &mut l))
                .collect::<Result<Vec<_>>>()?;
            Ok(Some(Row {
                info,
                dir: dir.clone(),
                sort,
            }))
        };
        match eval() {
            Ok(row) => row,
            Err(e) => {
                store.skip(dir, true, &e);
                None
            }
        }
    });
    let mut rows: Vec<Row> = found.into_iter().flatten().collect();

    // MLflow's natural order, then one stable pass per order_by key, last key first.
    rows.sort_by(|a, b| {
        b.info
            .start_time
            .unwrap_or(0)
            .cmp(&a.info.start_time.unwrap_or(0))
            .then_with(|| a.info.run_id.cmp(&b.info.run_id))
    });
    for (i, k) in order.iter().enumerate().rev() {
        rows.sort_by(|a, b| {
            let (x, y) = (&a.sort[i], &b.sort[i]);
            x.class().cmp(&y.class()).then_with(|| {
                let o = x.cmp_values(y);
                if k.ascending {
                    o
                } else {
                    o.reverse()
                }
            })
        });
    }

    let page = slice_page(rows, offset, q.max_results);
    let items = parallel(&page.items, |row| {
        match FileStore::read_run(row.info.clone(), &row.dir) {
            Ok(run) => Some(run),
            Err(e) => {
                store.skip(&row.dir, true, &e);
                None
            }
        }
    });
    Ok(Page {
        items: items.into_iter().flatten().collect(),
        next_page_token: page.next_page_token,
    })
}

/// The page of `items` starting at `offset`, with MLflow's token: present iff more follow.
fn slice_page<T>(items: Vec<T>, offset: usize, max: usize) -> Page<T> {
    let total = items.len();
    let next_page_token =
        (offset.saturating_add(max) < total).then(|| search::encode_page_token(offset + max));
    Page {
        items: items.into_iter().skip(offset).take(max).collect(),
        next_page_token,
    }
}

/// Whether an experiment satisfies one clause (attributes and tags).
fn experiment_matches(c: &Clause, e: &Experiment) -> bool {
    match (c.entity, c.key.as_str()) {
        (Entity::Attribute, "name") => c.matches_str(Some(&e.name)),
        // The file store compares ids as strings.
        (Entity::Attribute, "experiment_id") => c.matches_str(Some(&e.experiment_id)),
        (Entity::Attribute, "creation_time") => c.matches_num(e.creation_time.map(|t| t as f64)),
        (Entity::Attribute, "last_update_time") => {
            c.matches_num(e.last_update_time.map(|t| t as f64))
        }
        (Entity::Tag, key) => {
            let v = e
                .tags
                .iter()
                .find(|t| t.key == key)
                .map(|t| t.value.as_str());
            c.matches_str(v)
        }
        _ => false,
    }
}

fn experiment_value(e: &Experiment, key: &str) -> SortValue {
    match key {
        "name" => SortValue::Str(Some(e.name.clone())),
        "experiment_id" => SortValue::Str(Some(e.experiment_id.clone())),
        "creation_time" => SortValue::Num(e.creation_time.map(|t| t as f64)),
        "last_update_time" => SortValue::Num(e.last_update_time.map(|t| t as f64)),
        _ => SortValue::Str(None),
    }
}

/// One page of an experiments search.
pub(super) fn experiments(store: &FileStore, q: &ExperimentQuery) -> Result<Page<Experiment>> {
    let ParsedQuery {
        offset,
        filter,
        mut order,
    } = q.parse()?;
    if order.is_empty() {
        order = vec![
            OrderKey {
                entity: Entity::Attribute,
                key: "creation_time".into(),
                ascending: false,
            },
            OrderKey {
                entity: Entity::Attribute,
                key: "experiment_id".into(),
                ascending: true,
            },
        ];
    } else if !order.iter().any(|k| k.key == "experiment_id") {
        order.push(OrderKey {
            entity: Entity::Attribute,
            key: "experiment_id".into(),
            ascending: false,
        });
    }
    let mut exps: Vec<Experiment> = store
        .experiments(q.view)?
        .into_iter()
        .filter(|e| filter.clauses.iter().all(|c| experiment_matches(c, e)))
        .collect();
    exps.sort_by(|a, b| {
        for k in &order {
            let (x, y) = (experiment_value(a, &k.key), experiment_value(b, &k.key));
            // Missing values sort last in both directions.
            let o = match (x.class() == 2, y.class() == 2) {
                (true, true) => std::cmp::Ordering::Equal,
                (true, false) => std::cmp::Ordering::Greater,
                (false, true) => std::cmp::Ordering::Less,
                _ if k.ascending => x.cmp_values(&y),
                _ => x.cmp_values(&y).reverse(),
            };
            if o != std::cmp::Ordering::Equal {
                return o;
            }
        }
        std::cmp::Ordering::Equal
    });
    Ok(slice_page(exps, offset, q.max_results))
}
