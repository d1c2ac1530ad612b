//! Tests of the `meta.yaml` reader and writer against what PyYAML writes and reads.

use super::*;

#[test]
fn reads_what_pyyaml_writes() {
    let text = "artifact_location: file:///tmp/m/1\ncreation_time: 1795341834343\n\
                effective_trace_archival_retention: null\nexperiment_id: '933984275423225127'\n\
                lifecycle_stage: active\nname: 'yes'\ntags:\n  a: b\n  c: d\nlist:\n- x\n- y\n\
                trace_location: null\nworkspace: default\n";
    let m = parse(text).unwrap();
    assert_eq!(m.str("artifact_location"), Some("file:///tmp/m/1"));
    assert_eq!(m.int("creation_time"), Some(1795341834343));
    assert_eq!(
        m.get("experiment_id"),
        Some(&Scalar::Quoted("933984275423225127".into()))
    );
    assert_eq!(m.get("name"), Some(&Scalar::Quoted("yes".into())));
    assert_eq!(m.get("tags"), Some(&Scalar::Nested));
    assert_eq!(m.get("list"), Some(&Scalar::Nested));
    assert_eq!(m.get("trace_location"), Some(&Scalar::Null));
    assert_eq!(m.str("workspace"), Some("default"));
    // Untouched keys are copied verbatim, keys stay sorted.
    let mut doc = m.clone();
    doc.set("name", Some(Out::Str("no")));
    doc.set("trace_location", None);
    let back = doc.render();
    assert!(
        back.contains("name: 'no'\ntags:\n  a: b\n  c: d\n"),
        "{back}"
    );
    assert!(!back.contains("trace_location"));
}

#[test]
fn reads_folded_and_escaped_scalars() {
    let m =
        parse("name: xxxx yyyy\n  zzzz\nq: 'a\n\n  b'\nd: \"tab\\there\"\ne: 'it''s'\n").unwrap();
    assert_eq!(m.str("name"), Some("xxxx yyyy zzzz"));
    assert_eq!(m.str("q"), Some("a\nb"));
    assert_eq!(m.str("d"), Some("tab\there"));
    assert_eq!(m.str("e"), Some("it's"));
    assert!(parse("  x: 1\n").is_err());
    assert!(parse("just text\n").is_err());
    assert!(parse("a: 'open\n").is_err());
}

#[test]
fn quotes_what_yaml_1_1_would_retype() {
    for s in [
        "yes",
        "on",
        "null",
        "~",
        "123",
        "012",
        "0x1F",
        "1:30",
        "2001-12-14",
        "#x",
        "a: b",
        "trailing ",
        "",
        ".5",
        "+1",
        "<<",
        "=",
        "-",
        "y",
    ] {
        assert!(quote(s).starts_with('\''), "{s:?} -> {}", quote(s));
    }
    for s in [
        "exp-one",
        "日本 exp",
        "a,b",
        "file:///x/y",
        "r1",
        "0cbcd5ec386646ed90bc8391e965b376",
    ] {
        assert_eq!(quote(s), s);
    }
    for s in ["1e3", "0x1F", "0b1", "12345", "1.5", "1-2"] {
        assert!(quote(s).starts_with('\''), "{s}");
    }
    assert_eq!(quote("tab\there"), "\"tab\\there\"");
    assert_eq!(quote("a\nb"), "\"a\\nb\"");
    assert_eq!(quote("it's 1"), "it's 1");
    assert_eq!(quote("'x"), "'''x'");
}

#[test]
fn round_trips() {
    for s in [
        "a\nb", "tab\t", "it's", "'q'", "\"dq\"", "x: y", "日本", "\\back", "a  b",
    ] {
        let text = write(&[("name", Out::Str(s))]);
        assert_eq!(parse(&text).unwrap().str("name"), Some(s), "{text}");
    }
    let text = write(&[("b", Out::Int(3)), ("a", Out::Null), ("c", Out::EmptyList)]);
    assert_eq!(text, "a: null\nb: 3\nc: []\n");
}
