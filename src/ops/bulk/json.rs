//! JSON lines input: one object `{"key", "value", "step", "timestamp"}` per line, values as
//! numbers read exactly or strings such as `"NaN"`, steps and timestamps as integers.

use std::io::BufRead;

use super::{parse_int, parse_value, whole, MetricReader};
use crate::model::Metric;
use crate::store::StoreError;

impl<R: BufRead> MetricReader<R> {
    pub(super) fn json_point(&self, text: &str) -> Result<Metric, StoreError> {
        let p: JsonPoint = crate::float::json_from_str(text).map_err(|e| {
            let msg = e.to_string();
            // serde names the field it missed or could not read; keep that, drop the column.
            let msg = msg.split(" at line ").next().unwrap_or(&msg);
            self.error(format!("invalid point: {msg}"))
        })?;
        Ok(Metric {
            key: p.key,
            value: p.value.0,
            step: p.step.map_or(0, |s| s.0),
            timestamp: p.timestamp.map_or(self.default_timestamp, |t| t.0),
            ..Default::default()
        })
    }
}

/// One JSON line: `{"key", "value", "step", "timestamp"}`; other fields are ignored.
#[derive(serde::Deserialize)]
struct JsonPoint {
    key: String,
    value: JsonValue,
    step: Option<JsonInt>,
    timestamp: Option<JsonInt>,
}

/// A metric value: a JSON number (read exactly), or a string such as `"NaN"`, `"-inf"`.
struct JsonValue(f64);

impl<'de> serde::Deserialize<'de> for JsonValue {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = JsonValue;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a number, or a string such as \"NaN\" or \"Infinity\"")
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<JsonValue, E> {
                Ok(JsonValue(v))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<JsonValue, E> {
                Ok(JsonValue(v as f64))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<JsonValue, E> {
                Ok(JsonValue(v as f64))
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<JsonValue, E> {
                parse_value(s).map(JsonValue).map_err(E::custom)
            }
        }
        d.deserialize_any(V)
    }
}

/// A step or timestamp: a JSON integer, a float with no fraction, or a string of one.
struct JsonInt(i64);

impl<'de> serde::Deserialize<'de> for JsonInt {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = JsonInt;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a 64-bit integer")
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<JsonInt, E> {
                Ok(JsonInt(v))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<JsonInt, E> {
                i64::try_from(v)
                    .map(JsonInt)
                    .map_err(|_| E::custom(format!("{v} is not a 64-bit integer")))
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<JsonInt, E> {
                whole(v)
                    .map(JsonInt)
                    .ok_or_else(|| E::custom(format!("{v} is not a 64-bit integer")))
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<JsonInt, E> {
                parse_int("integer", s).map(JsonInt).map_err(E::custom)
            }
        }
        d.deserialize_any(V)
    }
}
