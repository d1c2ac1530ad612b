//! Tests of the in-memory `LIKE` and `ILIKE` the file store uses (MLflow's Python regular
//! expressions and case folding).

use super::filter::like_matches;

#[test]
fn like_semantics() {
    assert!(like_matches("c%", "cnn", false));
    assert!(!like_matches("c%", "CNN", false));
    assert!(like_matches("c%", "CNN", true));
    assert!(like_matches("_nn", "rnn", false));
    assert!(!like_matches("_nn", "rnnn", false));
    assert!(like_matches("%a%b%", "xxaxxbxx", false));
    assert!(like_matches("%", "", false));
    assert!(!like_matches("a", "ab", false));
}

/// The file store's LIKE is MLflow's regular expression: `%` and `_` stop at a newline, a
/// trailing `%` leaves the end open, `$` matches before a final newline.
#[test]
fn file_store_like_is_a_python_regex() {
    let multi = "a string\nwith multiple\nlines";
    assert!(
        like_matches("a string%", multi, false),
        "open end: a prefix"
    );
    assert!(like_matches("%", multi, false));
    assert!(like_matches("a%", multi, false));
    assert!(
        !like_matches("%lines", multi, false),
        "% does not cross a newline"
    );
    assert!(!like_matches("%with%", multi, false));
    assert!(
        !like_matches("a string_with%", multi, false),
        "_ is not a newline"
    );
    assert!(!like_matches("a string%lines", multi, false));
    assert!(
        like_matches("abc", "abc\n", false),
        "$ before a final newline"
    );
    assert!(like_matches("%c", "abc\n", false));
    assert!(like_matches("ab_", "abc\n", false));
    assert!(!like_matches("abc_", "abc\n", false));
    assert!(!like_matches("abc", "abc\n\n", false));
    assert!(like_matches("", "", false));
    assert!(like_matches("", "\n", false));
    assert!(!like_matches("", "x", false));
    assert!(like_matches("50%", "50%_off", false));
    assert!(like_matches("50\\%", "50\\%", false), "no escape character");
    assert!(
        like_matches("%a.b%", "xa.by", false),
        "regex syntax is literal"
    );
    assert!(!like_matches("%a.b%", "xacby", false));
}

#[test]
fn file_store_ilike_folds_case_as_python() {
    assert!(like_matches("ärger", "ÄRGER", true));
    assert!(like_matches("STRAẞE", "straße", true));
    assert!(
        !like_matches("strasse", "straße", true),
        "one character is not two"
    );
    assert!(like_matches("i", "İ", true));
    assert!(like_matches("i", "ı", true));
    assert!(like_matches("s", "ſ", true));
    assert!(like_matches("k", "\u{212a}", true));
    assert!(like_matches("σ", "ς", true));
    assert!(!like_matches("ärger", "ÄRGER", false));
}
