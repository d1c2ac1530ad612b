//! Page tokens of MLflow's SQL store for logged models: base64 of Python's `json.dumps` of
//! `{"experiment_ids", "filter_string", "order_by", "offset"}`; the next request must repeat
//! the same experiment ids, filter and order_by. `order_by` entries are written in the REST
//! server's form (`field_name`, `ascending`, `dataset_name`, `dataset_digest`) and compared
//! by meaning, so a token Python wrote with `{"field_name": "x"}` is taken too.

use base64::Engine as _;
use serde_json::Value;

use super::ModelOrder;

/// A decoded page token.
#[derive(Debug, Clone, PartialEq)]
pub struct SqlToken {
    pub experiment_ids: Value,
    pub filter: Option<String>,
    pub order_by: Vec<ModelOrder>,
    pub offset: usize,
}

/// Python's `json.dumps` of a string (ASCII only, `\uXXXX` escapes).
fn py_str(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 || (c as u32) > 0x7e => {
                let mut buf = [0u16; 2];
                for unit in c.encode_utf16(&mut buf) {
                    out.push_str(&format!("\\u{unit:04x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn py_opt(s: Option<&str>, out: &mut String) {
    match s {
        Some(s) => py_str(s, out),
        None => out.push_str("null"),
    }
}

/// Encodes the token of the page starting at `offset`.
pub fn encode_sql_token(
    experiment_ids: &[String],
    filter: Option<&str>,
    order_by: &[ModelOrder],
    offset: usize,
) -> String {
    let mut j = String::from("{\"experiment_ids\": [");
    for (i, id) in experiment_ids.iter().enumerate() {
        if i > 0 {
            j.push_str(", ");
        }
        py_str(id, &mut j);
    }
    j.push_str("], \"filter_string\": ");
    py_opt(filter, &mut j);
    j.push_str(", \"order_by\": ");
    if order_by.is_empty() {
        j.push_str("null");
    } else {
        j.push('[');
        for (i, o) in order_by.iter().enumerate() {
            if i > 0 {
                j.push_str(", ");
            }
            j.push_str("{\"field_name\": ");
            py_str(&o.field, &mut j);
            j.push_str(if o.ascending {
                ", \"ascending\": true"
            } else {
                ", \"ascending\": false"
            });
            j.push_str(", \"dataset_name\": ");
            py_opt(o.dataset_name.as_deref(), &mut j);
            j.push_str(", \"dataset_digest\": ");
            py_opt(o.dataset_digest.as_deref(), &mut j);
            j.push('}');
        }
        j.push(']');
    }
    j.push_str(&format!(", \"offset\": {offset}}}"));
    base64::engine::general_purpose::STANDARD.encode(j)
}

fn order_from_json(v: &Value) -> Option<ModelOrder> {
    let o = v.as_object()?;
    let text = |k: &str| o.get(k).and_then(Value::as_str).map(String::from);
    Some(ModelOrder {
        field: text("field_name")?,
        ascending: o.get("ascending").map_or(Some(true), Value::as_bool)?,
        dataset_name: text("dataset_name").filter(|s| !s.is_empty()),
        dataset_digest: text("dataset_digest").filter(|s| !s.is_empty()),
    })
}

/// Decodes a token; the message says what is wrong with it.
pub fn decode_sql_token(token: &str) -> Result<SqlToken, String> {
    let bad = |why: &str| format!("invalid page token `{token}`: {why}");
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(token.trim())
        .map_err(|_| bad("could not base64-decode it"))?;
    let v: Value = serde_json::from_slice(&bytes).map_err(|_| bad("it is not JSON"))?;
    let o = v
        .as_object()
        .ok_or_else(|| bad("it is not a JSON object"))?;
    let order_by = match o.get("order_by") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(items)) => items
            .iter()
            .map(order_from_json)
            .collect::<Option<_>>()
            .ok_or_else(|| bad("its order_by is malformed"))?,
        Some(_) => return Err(bad("its order_by is malformed")),
    };
    let offset = match o.get("offset") {
        None | Some(Value::Null) => 0,
        Some(n) => n
            .as_u64()
            .ok_or_else(|| bad("its offset is not a number"))? as usize,
    };
    Ok(SqlToken {
        experiment_ids: o.get("experiment_ids").cloned().unwrap_or(Value::Null),
        filter: o
            .get("filter_string")
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
            .map(String::from),
        order_by,
        offset,
    })
}

impl SqlToken {
    /// Checks that the token belongs to this request, as MLflow does.
    pub fn check(
        &self,
        experiment_ids: &[String],
        filter: Option<&str>,
        order_by: &[ModelOrder],
    ) -> Result<(), String> {
        let ids: Value = experiment_ids
            .iter()
            .map(|s| Value::from(s.as_str()))
            .collect();
        if self.experiment_ids != ids {
            return Err(format!(
                "the page token was made for experiments {}, not {ids}",
                self.experiment_ids
            ));
        }
        if self.filter.as_deref() != filter {
            return Err("the page token was made for another filter".into());
        }
        if self.order_by != order_by {
            return Err("the page token was made for another order-by".into());
        }
        Ok(())
    }
}
