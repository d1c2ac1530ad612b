//! Evaluating parsed clauses in memory, as MLflow's file store does: string and numeric
//! comparisons, and `LIKE` / `ILIKE` with Python's regular-expression semantics.

use crate::search::{Clause, Comparator, Value};

/// MLflow's in-memory `LIKE`, which its file store uses: the pattern becomes a Python regular
/// expression (`%` → `.*`, `_` → `.`, everything else literal), `^` is put in front unless
/// the pattern starts with `%`, `$` at the end unless it ends with `%`, and the value is
/// tried with `re.match`. So `%` and `_` do not cross a newline, the match is anchored at the
/// start, a pattern ending in `%` needs only to match a prefix, and `$` also matches before a
/// final newline (`LIKE 'abc'` matches `abc\n`). `case_insensitive` (`ILIKE`) compares as
/// Python's `re.IGNORECASE` does, by simple Unicode case mappings. (SQL stores use their
/// database's `LIKE` instead, where `%` and `_` match newlines too.)
pub fn like_matches(pattern: &str, value: &str, case_insensitive: bool) -> bool {
    let v: Vec<char> = value.chars().collect();
    let same = |a: char, b: char| a == b || (case_insensitive && same_ignoring_case(a, b));
    // reachable[i]: the pattern read so far can match exactly v[..i].
    let mut reachable = vec![false; v.len() + 1];
    reachable[0] = true;
    for p in pattern.chars() {
        let mut next = vec![false; v.len() + 1];
        match p {
            '%' => {
                let mut run = false;
                for i in 0..=v.len() {
                    run = reachable[i] || (run && i > 0 && v[i - 1] != '\n');
                    next[i] = run;
                }
            }
            _ => {
                for i in 0..v.len() {
                    let ok = if p == '_' {
                        v[i] != '\n'
                    } else {
                        same(p, v[i])
                    };
                    next[i + 1] = reachable[i] && ok;
                }
            }
        }
        reachable = next;
    }
    if pattern.ends_with('%') {
        reachable.iter().any(|r| *r)
    } else {
        let n = v.len();
        reachable[n] || (n > 0 && v[n - 1] == '\n' && reachable[n - 1])
    }
}

/// Whether two characters match under Python's `re.IGNORECASE`: their simple lower-case or
/// their simple upper-case forms agree (`i`/`I`/`ı`/`İ`, `s`/`ſ`, `k`/`K`, `ß`/`ẞ`).
fn same_ignoring_case(a: char, b: char) -> bool {
    let lower = |c: char| c.to_lowercase().next().unwrap_or(c);
    let upper = |c: char| {
        let mut u = c.to_uppercase();
        match (u.next(), u.next()) {
            (Some(x), None) => x,
            _ => c,
        }
    };
    lower(a) == lower(b) || upper(a) == upper(b)
}

impl Clause {
    /// Returns whether a string value (a param, tag or string attribute; `None` when the run
    /// lacks it) satisfies the clause. A missing value matches only `IS NULL`.
    pub fn matches_str(&self, v: Option<&str>) -> bool {
        match (self.comparator, v, &self.value) {
            (Comparator::IsNull, v, _) => v.is_none(),
            (Comparator::IsNotNull, v, _) => v.is_some(),
            (_, None, _) => false,
            (Comparator::Eq, Some(v), Value::String(s)) => v == s,
            (Comparator::Ne, Some(v), Value::String(s)) => v != s,
            (Comparator::Like, Some(v), Value::String(s)) => like_matches(s, v, false),
            (Comparator::ILike, Some(v), Value::String(s)) => like_matches(s, v, true),
            (Comparator::In, Some(v), Value::List(items)) => items.iter().any(|i| i == v),
            (Comparator::NotIn, Some(v), Value::List(items)) => !items.iter().any(|i| i == v),
            _ => false,
        }
    }

    /// Returns whether a numeric value (a metric or numeric attribute; `None` when missing)
    /// satisfies the clause. Missing never matches; NaN matches only `!=`.
    pub fn matches_num(&self, v: Option<f64>) -> bool {
        let (Some(v), Value::Number(n)) = (v, &self.value) else {
            return false;
        };
        match self.comparator {
            Comparator::Eq => v == *n,
            Comparator::Ne => v != *n,
            Comparator::Lt => v < *n,
            Comparator::Le => v <= *n,
            Comparator::Gt => v > *n,
            Comparator::Ge => v >= *n,
            _ => false,
        }
    }
}
