//! Metric values as text, exact to the last bit, in the one place mlf turns doubles into text
//! and back: Python's `repr`/`float()` (the file store's metric lines, tables, CSV) and JSON
//! as Python's `json.dumps` writes it (bare `NaN`, `Infinity`, `-Infinity`).
//!
//! Every parser here is correctly rounded (Rust's `str::parse::<f64>`, and serde_json built
//! with `float_roundtrip`), and every printer writes the shortest text that reads back to the
//! same bits, so a value survives any number of round trips unchanged.

/// Parses a float as Python's `float()` does: surrounding blanks, `_` between digits, and
/// `nan`, `inf`, `infinity` in any case with an optional sign.
pub fn parse(s: &str) -> Option<f64> {
    let s = s.trim();
    // Plain numbers take the fast path; words (`nan`, `inf`, `Infinity`) and `_` the exact one.
    if !s.contains('_')
        && s.bytes()
            .all(|b| b.is_ascii_digit() || b".eE+-".contains(&b))
    {
        if let Ok(v) = s.parse::<f64>() {
            return Some(v);
        }
    }
    let (neg, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let v = match body.to_ascii_lowercase().as_str() {
        "nan" => f64::NAN,
        "inf" | "infinity" => f64::INFINITY,
        _ => {
            if body.is_empty() || body.starts_with(['+', '-']) || !valid_underscores(body) {
                return None;
            }
            if !body
                .chars()
                .all(|c| c.is_ascii_digit() || ".eE+-_".contains(c))
            {
                return None;
            }
            body.replace('_', "").parse::<f64>().ok()?
        }
    };
    Some(if neg { -v } else { v })
}

/// Python allows `_` only between two digits.
fn valid_underscores(s: &str) -> bool {
    let b = s.as_bytes();
    b.iter().enumerate().all(|(i, c)| {
        *c != b'_'
            || (i > 0 && i + 1 < b.len() && b[i - 1].is_ascii_digit() && b[i + 1].is_ascii_digit())
    })
}

/// Formats a float as Python's `repr` does: shortest round-trip digits, `3.0`, `1e+20`,
/// `1.5e-07`, `nan`, `inf`, `-inf`.
pub fn repr(v: f64) -> String {
    if v.is_nan() {
        return "nan".into();
    }
    if v.is_infinite() {
        return if v > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if v == 0.0 {
        return if v.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    // `{:e}` gives the shortest round-trip digits: `1.5e-7`, `-3e0`.
    let sci = format!("{v:e}");
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let (sign, mantissa) = match mantissa.strip_prefix('-') {
        Some(m) => ("-", m),
        None => ("", mantissa),
    };
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    if (-4..16).contains(&exp) {
        let n = digits.len() as i32;
        if exp >= 0 {
            let int_len = exp + 1;
            if n <= int_len {
                let zeros = "0".repeat((int_len - n) as usize);
                format!("{sign}{digits}{zeros}.0")
            } else {
                let (a, b) = digits.split_at(int_len as usize);
                format!("{sign}{a}.{b}")
            }
        } else {
            let zeros = "0".repeat((-exp - 1) as usize);
            format!("{sign}0.{zeros}{digits}")
        }
    } else {
        let (first, rest) = digits.split_at(1);
        let mant = if rest.is_empty() {
            first.to_string()
        } else {
            format!("{first}.{rest}")
        };
        let esign = if exp < 0 { '-' } else { '+' };
        format!("{sign}{mant}e{esign}{:02}", exp.abs())
    }
}

/// Formats a value for tables and CSV: Python's `repr` for numbers, and `NaN`, `Infinity`,
/// `-Infinity` as in the JSON output.
pub fn display(v: f64) -> String {
    if v.is_nan() {
        "NaN".into()
    } else if v.is_infinite() {
        if v > 0.0 { "Infinity" } else { "-Infinity" }.into()
    } else {
        repr(v)
    }
}

/// Parses one JSON document as Python's `json.loads` does: like serde_json, but also taking
/// the bare `NaN`, `Infinity` and `-Infinity` that Python's `json.dumps` writes, which become
/// the strings `"NaN"`, `"Infinity"`, `"-Infinity"` (as MLflow's protobuf JSON spells them).
pub fn json_from_str<T: serde::de::DeserializeOwned>(text: &str) -> serde_json::Result<T> {
    match serde_json::from_str(text) {
        Ok(v) => Ok(v),
        Err(e) => match quote_non_finite(text) {
            Some(fixed) => serde_json::from_str(&fixed),
            None => Err(e),
        },
    }
}

/// Returns `text` with bare `NaN`, `Infinity`, `-Infinity` outside strings quoted, or `None`
/// when there is none.
fn quote_non_finite(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len() + 8);
    let mut changed = false;
    let mut in_string = false;
    let mut escaped = false;
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if in_string {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
        } else if c == '"' {
            in_string = true;
        } else {
            let word = ["-Infinity", "Infinity", "NaN"]
                .into_iter()
                .find(|w| rest.starts_with(w));
            if let Some(w) = word {
                let after = rest[w.len()..].chars().next();
                let prev = out.chars().last();
                let boundary =
                    |c: Option<char>| !c.is_some_and(|c| c.is_alphanumeric() || c == '_');
                if boundary(after) && boundary(prev) {
                    out.push('"');
                    out.push_str(w);
                    out.push('"');
                    rest = &rest[w.len()..];
                    changed = true;
                    continue;
                }
            }
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    changed.then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_is_pythons() {
        for (v, s) in [
            (0.5, "0.5"),
            (3.0, "3.0"),
            (1e20, "1e+20"),
            (1.5e-7, "1.5e-07"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (-2.5, "-2.5"),
            (123456789012345678.0, "1.2345678901234568e+17"),
            (0.1 + 0.2, "0.30000000000000004"),
            (f64::MAX, "1.7976931348623157e+308"),
            (5e-324, "5e-324"),
            (2.2250738585072014e-308, "2.2250738585072014e-308"),
            (f64::NAN, "nan"),
            (f64::NEG_INFINITY, "-inf"),
            (-0.0, "-0.0"),
            (1234.5, "1234.5"),
            (-1.9500000000000002, "-1.9500000000000002"),
            (90.42857142857143, "90.42857142857143"),
        ] {
            assert_eq!(repr(v), s, "{v}");
            if !v.is_nan() {
                assert_eq!(parse(s).map(f64::to_bits), Some(v.to_bits()), "{s}");
            }
        }
    }

    #[test]
    fn parse_is_pythons_float() {
        assert!(parse("NaN").unwrap().is_nan());
        assert!(parse("-nan").unwrap().is_nan());
        assert_eq!(parse("-Infinity"), Some(f64::NEG_INFINITY));
        assert_eq!(parse("+inf"), Some(f64::INFINITY));
        assert_eq!(parse("100000000000000000000"), Some(1e20));
        assert_eq!(parse(" 1_000.5 "), Some(1000.5));
        assert_eq!(parse(".5"), Some(0.5));
        assert_eq!(parse("1e400"), Some(f64::INFINITY));
        for bad in [
            "x", "", "1__0", "_1", "1_", "--1", "+-1", "1_.5", "0x10", "infinit",
        ] {
            assert_eq!(parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn every_bit_pattern_survives() {
        // A deterministic walk over the bit space: subnormals, normals, both signs.
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..200_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let v = f64::from_bits(x);
            if v.is_nan() {
                continue;
            }
            assert_eq!(parse(&repr(v)).map(f64::to_bits), Some(x), "{v:e}");
            let json = serde_json::to_string(&v).unwrap();
            let back: f64 = serde_json::from_str(&json).unwrap();
            assert_eq!(back.to_bits(), x, "{json}");
        }
    }

    #[test]
    fn json_reads_pythons_non_finite_words() {
        let v: serde_json::Value =
            json_from_str(r#"{"key": "NaN x", "value": NaN, "b": [Infinity, -Infinity]}"#).unwrap();
        assert_eq!(v["key"], "NaN x");
        assert_eq!(v["value"], "NaN");
        assert_eq!(v["b"][0], "Infinity");
        assert_eq!(v["b"][1], "-Infinity");
        let v: serde_json::Value = json_from_str(r#"{"k": "a\"NaN", "v": 1}"#).unwrap();
        assert_eq!(v["k"], "a\"NaN");
        assert!(json_from_str::<serde_json::Value>("{\"v\": NaNa}").is_err());
        // The bits Python's json.dumps writes are the bits read.
        let v: serde_json::Value =
            json_from_str("[-1.9500000000000002, 90.42857142857143]").unwrap();
        assert_eq!(
            v[0].as_f64().unwrap().to_bits(),
            (-1.9500000000000002f64).to_bits()
        );
        assert_eq!(
            v[1].as_f64().unwrap().to_bits(),
            90.42857142857143f64.to_bits()
        );
    }
}
