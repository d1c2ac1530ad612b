//! The inputs and outputs of runs in the file store: dataset and model inputs as
//! `<run>/inputs/<input id>/meta.yaml` (datasets themselves in `<experiment>/datasets/<id>/`),
//! model outputs as `<run>/outputs/<model id>/meta.yaml`, with MLflow's ids (md5 of name and
//! digest; md5 of the dataset or model id and the run id) and its files byte for byte,
//! including the upstream bug that writes the source id as `destination_id`. An existing
//! input or dataset is never rewritten (the first write wins), as in MLflow.

use std::path::{Path, PathBuf};

use md5::{Digest, Md5};

use super::meta::{self, io_error, META};
use super::yaml::{self, Doc, Out};
use super::FileStore;
use crate::model::{DatasetInput, ModelInput, ModelOutput, Tag};
use crate::store::Result;

/// Returns the hex md5 of the concatenated parts.
fn md5_hex(parts: &[&str]) -> String {
    let mut h = Md5::new();
    for p in parts {
        h.update(p.as_bytes());
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// Writes a `meta.yaml` whose `tags` is a nested map (or `{}`), keys sorted as PyYAML does.
fn write_with_tags(dir: &Path, entries: &[(&str, Out<'_>)], tags: &[Tag]) -> Result<()> {
    let mut text = yaml::write(entries);
    let mut tags: Vec<&Tag> = tags.iter().collect();
    tags.sort_by(|a, b| a.key.cmp(&b.key));
    tags.dedup_by(|a, b| a.key == b.key);
    let mut block = String::from("tags:");
    if tags.is_empty() {
        block.push_str(" {}\n");
    } else {
        block.push('\n');
        for t in tags {
            block.push_str(&format!(
                "  {}: {}\n",
                yaml::quote(&t.key),
                yaml::quote(&t.value)
            ));
        }
    }
    // `tags` sorts after every other key these files have except `step`.
    match text
        .find("\nstep:")
        .map(|i| i + 1)
        .or(text.starts_with("step:").then_some(0))
    {
        Some(i) => text.insert_str(i, &block),
        None => text.push_str(&block),
    }
    std::fs::create_dir_all(dir).map_err(|e| io_error(dir, e))?;
    meta::write_atomic(dir, &dir.join(META), text.as_bytes())
}

/// Records datasets and models the run in `run_dir` used.
pub(super) fn log_inputs(
    run_dir: &Path,
    run_id: &str,
    datasets: &[DatasetInput],
    models: &[ModelInput],
) -> Result<()> {
    let exp_dir = run_dir.parent().unwrap_or(run_dir);
    for input in datasets {
        let d = &input.dataset;
        let dataset_id = md5_hex(&[&d.name, &d.digest]);
        let dataset_dir = exp_dir.join("datasets").join(&dataset_id);
        if !dataset_dir.join(META).exists() {
            std::fs::create_dir_all(&dataset_dir).map_err(|e| io_error(&dataset_dir, e))?;
            let mut doc = Doc::default();
            doc.set("digest", Some(Out::Str(&d.digest)));
            doc.set("name", Some(Out::Str(&d.name)));
            doc.set(
                "profile",
                Some(d.profile.as_deref().map_or(Out::Null, Out::Str)),
            );
            doc.set(
                "schema",
                Some(d.schema.as_deref().map_or(Out::Null, Out::Str)),
            );
            doc.set("source", Some(Out::Str(&d.source)));
            doc.set("source_type", Some(Out::Str(&d.source_type)));
            meta::write_doc(&dataset_dir, &doc)?;
        }
        let input_dir = run_dir.join("inputs").join(md5_hex(&[&dataset_id, run_id]));
        if !input_dir.join(META).exists() {
            let entries = [
                ("destination_id", Out::Str(&dataset_id)),
                ("destination_type", Out::Str("RUN")),
                ("source_id", Out::Str(&dataset_id)),
                ("source_type", Out::Str("DATASET")),
            ];
            write_with_tags(&input_dir, &entries, &input.tags)?;
        }
    }
    for m in models {
        crate::store::models::check_model_id(&m.model_id)?;
        let input_dir = run_dir.join("inputs").join(md5_hex(&[&m.model_id, run_id]));
        if !input_dir.join(META).exists() {
            let entries = [
                ("destination_id", Out::Str(&m.model_id)),
                ("destination_type", Out::Str("RUN")),
                ("source_id", Out::Str(&m.model_id)),
                ("source_type", Out::Str("MODEL")),
            ];
            write_with_tags(&input_dir, &entries, &[])?;
        }
    }
    Ok(())
}

/// Records models the run in `run_dir` produced.
pub(super) fn log_outputs(run_dir: &Path, models: &[ModelOutput]) -> Result<()> {
    for m in models {
        crate::store::models::check_model_id(&m.model_id)?;
        let dir = run_dir.join("outputs").join(&m.model_id);
        if !dir.join(META).exists() {
            let entries = [
                ("destination_id", Out::Str(&m.model_id)),
                ("destination_type", Out::Str("MODEL_OUTPUT")),
                ("source_id", Out::Str(&m.model_id)),
                ("source_type", Out::Str("RUN_OUTPUT")),
                ("step", Out::Int(m.step)),
            ];
            write_with_tags(&dir, &entries, &[])?;
        }
    }
    Ok(())
}

/// The `meta.yaml` documents of the sub-folders of `dir`, in folder-name order; unreadable
/// ones are left out.
fn docs_in(dir: &Path) -> Vec<Doc> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut folders: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    folders.sort();
    folders
        .iter()
        .filter_map(|f| meta::read_doc(f).ok())
        .collect()
}

impl FileStore {
    /// The models the run in `dir` used (`inputs/*` with `source_type: MODEL`).
    pub(crate) fn model_inputs(dir: &Path) -> Vec<ModelInput> {
        docs_in(&dir.join("inputs"))
            .iter()
            .filter(|d| d.str("source_type") == Some("MODEL"))
            .filter_map(|d| {
                Some(ModelInput {
                    model_id: d.str("source_id")?.to_string(),
                })
            })
            .collect()
    }

    /// The models the run in `dir` produced (`outputs/*`), read by `destination_id` as
    /// MLflow reads them.
    pub(crate) fn model_outputs(dir: &Path) -> Vec<ModelOutput> {
        docs_in(&dir.join("outputs"))
            .iter()
            .filter(|d| d.str("destination_type") == Some("MODEL_OUTPUT"))
            .filter_map(|d| {
                Some(ModelOutput {
                    model_id: d.str("destination_id")?.to_string(),
                    step: d.int("step").unwrap_or(0),
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_mlflows() {
        // The dataset and input ids of a dataset `myds`/`a27a57c9` logged by MLflow 3.18.
        assert_eq!(
            md5_hex(&["myds", "a27a57c9"]),
            "4f87679e617fb02b4b44742560184063"
        );
        let run = "3862f3a462a741a28874d99ade27bb9c";
        let input = md5_hex(&["4f87679e617fb02b4b44742560184063", run]);
        assert_eq!(input, "7ca7bc172bd0f0d426af5a6a6188c272");
        let model_input = md5_hex(&["m-0d04485649e64537aaa6dcbcbf8464e4", run]);
        assert_eq!(model_input, "6473a07649a4a6dba17d5daa7cc2e93d");
        let dir = tempfile::tempdir().unwrap();
        let entries = [("destination_id", Out::Str("m-1")), ("step", Out::Int(3))];
        write_with_tags(
            dir.path(),
            &entries,
            &[Tag::new("b", "2"), Tag::new("a", "yes")],
        )
        .unwrap();
        let text = std::fs::read_to_string(dir.path().join(META)).unwrap();
        assert_eq!(
            text,
            "destination_id: m-1\ntags:\n  a: 'yes'\n  b: '2'\nstep: 3\n"
        );
    }
}
