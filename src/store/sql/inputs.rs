//! The inputs and outputs of runs in MLflow's `datasets`, `inputs` and `input_tags` tables:
//! dataset inputs (`DATASET` → `RUN` edges, with tags such as `mlflow.data.context`), model
//! inputs (`RUN_INPUT` → `MODEL_INPUT`) and model outputs (`RUN_OUTPUT` → `MODEL_OUTPUT`,
//! with a step), read and written as MLflow 3.18's SQL store does.

use std::collections::HashMap;

use rusqlite::{params, Connection, OptionalExtension};

use crate::model::{
    Dataset, DatasetInput, ModelInput, ModelOutput, RunInfo, RunInputs, RunOutputs, Tag,
};
use crate::store::{Result, StoreError};

/// What `runs get` shows of each run besides its data.
pub(super) type Links = HashMap<String, (RunInputs, RunOutputs)>;

/// Loads the inputs (datasets with their tags, models) and outputs of runs.
pub(super) fn links(conn: &Connection, infos: &[RunInfo]) -> Result<Links> {
    let mut out: Links = HashMap::new();
    for chunk in infos.chunks(500) {
        let marks = vec!["?"; chunk.len()].join(",");
        let ids = || rusqlite::params_from_iter(chunk.iter().map(|i| &i.run_id));
        let sql = format!(
            "SELECT i.destination_id, i.input_uuid, d.name, d.digest, d.dataset_source_type, \
             d.dataset_source, d.dataset_schema, d.dataset_profile, t.name, t.value \
             FROM inputs i JOIN datasets d ON d.dataset_uuid = i.source_id \
             LEFT JOIN input_tags t ON t.input_uuid = i.input_uuid \
             WHERE i.destination_type = 'RUN' AND i.source_type = 'DATASET' \
             AND i.destination_id IN ({marks}) ORDER BY i.rowid, t.name"
        );
        let mut stmt = conn.prepare(&sql)?;
        let mut rows = stmt.query(ids())?;
        let mut last_input = String::new();
        while let Some(r) = rows.next()? {
            let run: String = r.get(0)?;
            let input: String = r.get(1)?;
            let list = &mut out.entry(run).or_default().0.dataset_inputs;
            if input != last_input || list.is_empty() {
                list.push(DatasetInput {
                    tags: Vec::new(),
                    dataset: Dataset {
                        name: r.get(2)?,
                        digest: r.get(3)?,
                        source_type: r.get(4)?,
                        source: r.get(5)?,
                        schema: r.get(6)?,
                        profile: r.get(7)?,
                    },
                });
                last_input = input;
            }
            if let (Some(key), Some(value)) = (r.get::<_, Option<String>>(8)?, r.get(9)?) {
                if let Some(d) = list.last_mut() {
                    d.tags.push(Tag { key, value });
                }
            }
        }
        let sql = format!(
            "SELECT source_type, source_id, destination_id, step FROM inputs \
             WHERE source_type IN ('RUN_INPUT', 'RUN_OUTPUT') AND source_id IN ({marks}) \
             ORDER BY rowid"
        );
        let mut stmt = conn.prepare(&sql)?;
        let mut rows = stmt.query(ids())?;
        while let Some(r) = rows.next()? {
            let kind: String = r.get(0)?;
            let (inputs, outputs) = out.entry(r.get(1)?).or_default();
            let model_id: String = r.get(2)?;
            if kind == "RUN_INPUT" {
                inputs.model_inputs.push(ModelInput { model_id });
            } else {
                let step = r.get::<_, Option<i64>>(3)?.unwrap_or(0);
                outputs.model_outputs.push(ModelOutput { model_id, step });
            }
        }
    }
    Ok(out)
}

/// Checks a dataset against the SQL store's column limits, as MLflow's `log_inputs` does.
fn check_dataset(input: &DatasetInput) -> Result<()> {
    let d = &input.dataset;
    let limits: [(&str, Option<&str>, usize); 5] = [
        ("name", Some(&d.name), 500),
        ("digest", Some(&d.digest), 36),
        ("source", Some(&d.source), 65535),
        ("schema", d.schema.as_deref(), 1_048_575),
        ("profile", d.profile.as_deref(), 16_777_215),
    ];
    for (what, value, max) in limits {
        if value.is_some_and(|v| v.chars().count() > max) {
            return Err(StoreError::Invalid(format!(
                "dataset {what} is longer than the {max} characters MLflow allows"
            )));
        }
    }
    for tag in &input.tags {
        if tag.key.chars().count() > 255 || tag.value.chars().count() > 500 {
            return Err(StoreError::Invalid(format!(
                "dataset input tag `{}`: keys may have 255 characters and values 500",
                tag.key
            )));
        }
    }
    Ok(())
}

/// Records datasets (deduplicated per experiment by name and digest) and models a run used;
/// an input the run already has is kept as it is, tags included.
pub(super) fn log_inputs(
    conn: &Connection,
    run_id: &str,
    datasets: &[DatasetInput],
    models: &[ModelInput],
) -> Result<()> {
    for d in datasets {
        check_dataset(d)?;
    }
    let exp_id: i64 = conn.query_row(
        "SELECT experiment_id FROM runs WHERE run_uuid = ?1",
        [run_id],
        |r| r.get(0),
    )?;
    for input in datasets {
        let d = &input.dataset;
        let existing: Option<String> = conn
            .query_row(
                "SELECT dataset_uuid FROM datasets WHERE experiment_id = ?1 AND name = ?2 \
                 AND digest = ?3",
                params![exp_id, d.name, d.digest],
                |r| r.get(0),
            )
            .optional()?;
        let dataset_uuid = match existing {
            Some(u) => u,
            None => {
                let uuid = uuid::Uuid::new_v4().simple().to_string();
                conn.execute(
                    "INSERT INTO datasets (dataset_uuid, experiment_id, name, digest, \
                     dataset_source_type, dataset_source, dataset_schema, dataset_profile) \
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                    params![
                        uuid,
                        exp_id,
                        d.name,
                        d.digest,
                        d.source_type,
                        d.source,
                        d.schema,
                        d.profile
                    ],
                )?;
                uuid
            }
        };
        let input_uuid = uuid::Uuid::new_v4().simple().to_string();
        let inserted = conn.execute(
            "INSERT OR IGNORE INTO inputs (input_uuid, source_type, source_id, destination_type, \
             destination_id, step) VALUES (?1, 'DATASET', ?2, 'RUN', ?3, 0)",
            params![input_uuid, dataset_uuid, run_id],
        )?;
        if inserted == 1 {
            for tag in &input.tags {
                conn.execute(
                    "INSERT OR REPLACE INTO input_tags (input_uuid, name, value) \
                     VALUES (?1, ?2, ?3)",
                    params![input_uuid, tag.key, tag.value],
                )?;
            }
        }
    }
    for m in models {
        conn.execute(
            "INSERT OR IGNORE INTO inputs (input_uuid, source_type, source_id, destination_type, \
             destination_id, step) VALUES (?1, 'RUN_INPUT', ?2, 'MODEL_INPUT', ?3, 0)",
            params![
                uuid::Uuid::new_v4().simple().to_string(),
                run_id,
                m.model_id
            ],
        )?;
    }
    Ok(())
}

/// Records models a run produced, each at its step.
pub(super) fn log_outputs(conn: &Connection, run_id: &str, models: &[ModelOutput]) -> Result<()> {
    for m in models {
        conn.execute(
            "INSERT OR IGNORE INTO inputs (input_uuid, source_type, source_id, destination_type, \
             destination_id, step) VALUES (?1, 'RUN_OUTPUT', ?2, 'MODEL_OUTPUT', ?3, ?4)",
            params![
                uuid::Uuid::new_v4().simple().to_string(),
                run_id,
                m.model_id,
                m.step
            ],
        )?;
    }
    Ok(())
}
