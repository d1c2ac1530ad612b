//! `search_logged_models` over MLflow's `logged_models*` tables, one query per page, as
//! MLflow's SQL store builds it: metric clauses and metric order keys compare each model's
//! latest point of the key (highest step, then timestamp, then value) among the points on the
//! request's datasets; params and tags join their tables; `datasets` without a metric clause
//! keeps models with any metric on them; order keys put NULLs last in both directions, then
//! `creation_timestamp_ms DESC`, `model_id ASC` unless named; page tokens in MLflow's form.
//! The models of a page are then read whole (tags, params, every metric point).

use rusqlite::types::Value as SqlValue;
use rusqlite::Connection;

use super::clauses::Sql;
use super::experiment_id;
use crate::model::{
    LoggedModel, LoggedModelData, LoggedModelInfo, Metric, ModelStatus, Page, Param, Tag,
};
use crate::search::models::{
    self, decode_sql_token, encode_sql_token, sql_filter, Literal, ModelClause, ModelEntity,
    ModelValue,
};
use crate::search::Comparator;
use crate::store::models::{DatasetFilter, ModelQuery};
use crate::store::{Result, StoreError};

/// MLflow's store default page size.
const DEFAULT_MAX: usize = 100;

fn bind_literal(sql: &mut Sql, l: &Literal) -> String {
    match l {
        Literal::Str(s) => sql.bind(s.clone()),
        Literal::Int(n) => sql.bind(*n),
        Literal::Float(f) => sql.bind(*f),
    }
}

/// `column <op> value`, as SQLAlchemy renders MLflow's comparison on SQLite.
fn condition(sql: &mut Sql, column: &str, c: &ModelClause, integer: bool) -> String {
    let value = match &c.value {
        ModelValue::Number(n) if integer => sql.bind(*n as i64),
        ModelValue::Number(n) => sql.bind(*n),
        ModelValue::Str(s) => sql.bind(s.clone()),
        ModelValue::List(items) => {
            let marks: Vec<String> = items.iter().map(|l| bind_literal(sql, l)).collect();
            let list = format!("({})", marks.join(", "));
            return if c.comparator == Comparator::NotIn {
                format!("(NOT ({column} IN {list}))")
            } else {
                format!("({column} IN {list})")
            };
        }
    };
    match c.comparator {
        Comparator::ILike => format!("lower({column}) LIKE lower({value})"),
        op => format!("{column} {} {value}", op_text(op)),
    }
}

fn op_text(op: Comparator) -> &'static str {
    match op {
        Comparator::Eq => "=",
        Comparator::Ne => "!=",
        Comparator::Lt => "<",
        Comparator::Le => "<=",
        Comparator::Gt => ">",
        Comparator::Ge => ">=",
        _ => "LIKE",
    }
}

/// The condition on `logged_model_metrics` rows of any of `datasets`, or `None`.
fn datasets_condition(sql: &mut Sql, datasets: &[DatasetFilter]) -> Option<String> {
    if datasets.is_empty() {
        return None;
    }
    let parts: Vec<String> = datasets
        .iter()
        .map(|d| {
            let mut c = format!("mm.dataset_name = {}", sql.bind(d.name.clone()));
            if let Some(digest) = &d.digest {
                c.push_str(&format!(
                    " AND mm.dataset_digest = {}",
                    sql.bind(digest.clone())
                ));
            }
            format!("({c})")
        })
        .collect();
    Some(format!("({})", parts.join(" OR ")))
}

/// The latest value of `key` of the model `m`, among the points `conds` allow (highest step,
/// then timestamp, then value: the row MLflow's `row_number()` window ranks first), as a
/// correlated subquery: one index range per model instead of a window over every point.
fn latest_metric(sql: &mut Sql, key: &str, conds: &[String]) -> String {
    let mut wheres = vec![
        "mm.model_id = m.model_id".to_string(),
        format!("mm.metric_name = {}", sql.bind(key.to_string())),
    ];
    wheres.extend(conds.iter().cloned());
    format!(
        "(SELECT mm.metric_value FROM logged_model_metrics mm WHERE {} ORDER BY \
         mm.metric_step DESC, mm.metric_timestamp_ms DESC, mm.metric_value DESC LIMIT 1)",
        wheres.join(" AND ")
    )
}

fn invalid(e: crate::search::SyntaxError) -> StoreError {
    StoreError::Invalid(format!("{}\n{}", e.message, e.caret()))
}

/// One page of `search_logged_models`.
pub(super) fn search(conn: &Connection, q: &ModelQuery) -> Result<Page<LoggedModel>> {
    let filter = q.filter.as_deref().filter(|f| !f.is_empty());
    let offset = match q.page_token.as_deref().filter(|t| !t.is_empty()) {
        Some(t) => {
            let token = decode_sql_token(t).map_err(StoreError::Invalid)?;
            token
                .check(&q.experiment_ids, filter, &q.order_by)
                .map_err(StoreError::Invalid)?;
            token.offset
        }
        None => 0,
    };
    let clauses = sql_filter::parse(filter.unwrap_or("")).map_err(invalid)?;
    let max = if q.max_results == 0 {
        DEFAULT_MAX
    } else {
        q.max_results
    };
    let mut sql = Sql::default();
    let ids: Vec<String> = q
        .experiment_ids
        .iter()
        .map(|id| experiment_id(id).map(|i| sql.bind(i)))
        .collect::<Result<_>>()?;
    let exp_list = format!("({})", ids.join(", "));
    let datasets = datasets_condition(&mut sql, &q.datasets);
    let mut joins = String::new();
    let mut wheres = vec![
        "m.lifecycle_stage != 'deleted'".to_string(),
        format!("m.experiment_id IN {exp_list}"),
    ];
    let mut has_metric = false;
    for (i, c) in clauses.iter().enumerate() {
        match c.entity {
            ModelEntity::Attribute => {
                let column = format!("m.{}", c.key);
                let integer = c.key == "status";
                wheres.push(condition(&mut sql, &column, c, integer));
            }
            ModelEntity::Metric => {
                has_metric = true;
                let sub = latest_metric(&mut sql, &c.key, datasets.as_slice());
                wheres.push(condition(&mut sql, &sub, c, false));
            }
            ModelEntity::Param | ModelEntity::Tag => {
                let (table, k, v) = if c.entity == ModelEntity::Param {
                    ("logged_model_params", "param_key", "param_value")
                } else {
                    ("logged_model_tags", "tag_key", "tag_value")
                };
                let key = sql.bind(c.key.clone());
                let cond = condition(&mut sql, &format!("t.{v}"), c, false);
                joins.push_str(&format!(
                    " JOIN (SELECT t.model_id AS model_id FROM {table} t WHERE t.{k} = {key} \
                     AND {cond}) f{i} ON f{i}.model_id = m.model_id"
                ));
            }
        }
    }
    if let (Some(d), false) = (&datasets, has_metric) {
        wheres.push(format!(
            "EXISTS (SELECT 1 FROM logged_model_metrics mm WHERE mm.model_id = m.model_id \
             AND {d})"
        ));
    }
    let mut order = Vec::new();
    let mut columns = String::new();
    let (mut has_creation, mut has_id) = (false, false);
    for (i, o) in q.order_by.iter().enumerate() {
        let dir = if o.ascending { "ASC" } else { "DESC" };
        match models::sql_order_column(&o.field).map_err(StoreError::Invalid)? {
            Some(col) => {
                has_creation |= col == "creation_timestamp_ms";
                has_id |= col == "model_id";
                order.push(format!("CASE WHEN m.{col} IS NULL THEN 1 ELSE 0 END ASC"));
                order.push(format!("m.{col} {dir}"));
            }
            None => {
                let key = o.field.split_once('.').map_or("", |(_, k)| k);
                let mut conds: Vec<String> = datasets.iter().cloned().collect();
                if let Some(n) = o.dataset_name.as_deref().filter(|n| !n.is_empty()) {
                    conds.push(format!("mm.dataset_name = {}", sql.bind(n.to_string())));
                }
                if let Some(d) = o.dataset_digest.as_deref().filter(|d| !d.is_empty()) {
                    conds.push(format!("mm.dataset_digest = {}", sql.bind(d.to_string())));
                }
                let sub = latest_metric(&mut sql, key, &conds);
                columns.push_str(&format!(", {sub} AS o{i}"));
                order.push(format!("CASE WHEN o{i} IS NULL THEN 1 ELSE 0 END ASC"));
                order.push(format!("o{i} {dir}"));
            }
        }
    }
    if !has_creation {
        order.push("m.creation_timestamp_ms DESC".into());
    }
    if !has_id {
        order.push("m.model_id ASC".into());
    }
    let limit = sql.bind((max + 1) as i64);
    let off = sql.bind(offset as i64);
    let text = format!(
        "SELECT {}{columns} FROM logged_models m{joins} WHERE {} \
         ORDER BY {} LIMIT {limit} OFFSET {off}",
        INFO_COLUMNS
            .split(", ")
            .map(|c| format!("m.{c}"))
            .collect::<Vec<_>>()
            .join(", "),
        wheres.join(" AND "),
        order.join(", ")
    );
    let mut stmt = conn.prepare(&text)?;
    let mut infos = stmt
        .query_map(rusqlite::params_from_iter(sql.args.iter()), info_from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let next_page_token = (infos.len() > max)
        .then(|| encode_sql_token(&q.experiment_ids, filter, &q.order_by, offset + max));
    infos.truncate(max);
    Ok(Page {
        items: with_data(conn, infos)?,
        next_page_token,
    })
}

/// The columns [`info_from_row`] reads, in its order.
pub(super) const INFO_COLUMNS: &str = "model_id, experiment_id, name, artifact_location, \
    creation_timestamp_ms, last_updated_timestamp_ms, status, model_type, source_run_id, \
    status_message";

/// Maps a row selected with [`INFO_COLUMNS`] first.
pub(super) fn info_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<LoggedModelInfo> {
    let status: i64 = r.get(6)?;
    Ok(LoggedModelInfo {
        model_id: r.get(0)?,
        experiment_id: r.get::<_, i64>(1)?.to_string(),
        name: r.get(2)?,
        artifact_uri: r.get(3)?,
        creation_timestamp_ms: r.get(4)?,
        last_updated_timestamp_ms: r.get(5)?,
        status: ModelStatus::ALL
            .into_iter()
            .find(|s| s.code() == status)
            .unwrap_or(ModelStatus::Unspecified),
        creator_id: None,
        model_type: r.get(7)?,
        source_run_id: r.get(8)?,
        status_message: r.get(9)?,
        tags: Vec::new(),
    })
}

/// Reads the tags, params and metric points of a page of models (three queries): tags and
/// params by key, points in the order they were logged.
pub(super) fn with_data(
    conn: &Connection,
    infos: Vec<LoggedModelInfo>,
) -> Result<Vec<LoggedModel>> {
    if infos.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<SqlValue> = infos
        .iter()
        .map(|i| SqlValue::Text(i.model_id.clone()))
        .collect();
    let marks = vec!["?"; ids.len()].join(", ");
    let mut models: Vec<LoggedModel> = infos
        .into_iter()
        .map(|info| LoggedModel {
            info,
            data: LoggedModelData::default(),
        })
        .collect();
    let index: std::collections::HashMap<String, usize> = models
        .iter()
        .enumerate()
        .map(|(i, m)| (m.info.model_id.clone(), i))
        .collect();
    let params = rusqlite::params_from_iter(ids.iter());
    let mut stmt = conn.prepare(&format!(
        "SELECT model_id, tag_key, tag_value FROM logged_model_tags WHERE model_id IN ({marks}) \
         ORDER BY tag_key"
    ))?;
    let mut rows = stmt.query(params)?;
    while let Some(r) = rows.next()? {
        let id: String = r.get(0)?;
        if let Some(&i) = index.get(&id) {
            models[i].info.tags.push(Tag {
                key: r.get(1)?,
                value: r.get(2)?,
            });
        }
    }
    let mut stmt = conn.prepare(&format!(
        "SELECT model_id, param_key, param_value FROM logged_model_params \
         WHERE model_id IN ({marks}) ORDER BY param_key"
    ))?;
    let mut rows = stmt.query(rusqlite::params_from_iter(ids.iter()))?;
    while let Some(r) = rows.next()? {
        let id: String = r.get(0)?;
        if let Some(&i) = index.get(&id) {
            models[i].data.params.push(Param {
                key: r.get(1)?,
                value: r.get(2)?,
            });
        }
    }
    let mut stmt = conn.prepare(&format!(
        "SELECT model_id, metric_name, metric_value, metric_timestamp_ms, metric_step, run_id, \
         dataset_name, dataset_digest FROM logged_model_metrics WHERE model_id IN ({marks}) \
         ORDER BY rowid"
    ))?;
    let mut rows = stmt.query(rusqlite::params_from_iter(ids.iter()))?;
    while let Some(r) = rows.next()? {
        let id: String = r.get(0)?;
        if let Some(&i) = index.get(&id) {
            models[i].data.metrics.push(Metric {
                key: r.get(1)?,
                value: r.get::<_, Option<f64>>(2)?.unwrap_or(f64::NAN),
                timestamp: r.get(3)?,
                step: r.get(4)?,
                dataset_name: r.get(6)?,
                dataset_digest: r.get(7)?,
                model_id: Some(id),
                run_id: r.get(5)?,
            });
        }
    }
    Ok(models)
}
