//! Tests of reading metric points from JSON lines and CSV.

use super::*;

fn read(text: &str, format: Option<Format>) -> Result<Vec<Metric>, StoreError> {
    let mut all = Vec::new();
    for batch in MetricReader::new(text.as_bytes(), format, 7) {
        all.extend(batch?);
    }
    Ok(all)
}

#[test]
fn reads_jsonl() {
    let m = read("{\"key\":\"a\",\"value\":1.5,\"step\":-3}\n\n{\"key\":\"b\",\"value\":\"NaN\",\"timestamp\":5}\n", None).unwrap();
    assert_eq!(m.len(), 2);
    assert_eq!((m[0].step, m[0].timestamp), (-3, 7));
    assert!(m[1].value.is_nan() && m[1].timestamp == 5);
}

#[test]
fn reads_csv_in_any_column_order() {
    let m = read("step,key,value\n2,acc,0.5\n-1,acc,inf\n", None).unwrap();
    assert_eq!(
        m[0],
        Metric {
            key: "acc".into(),
            value: 0.5,
            step: 2,
            timestamp: 7,
            ..Default::default()
        }
    );
    assert!(m[1].value.is_infinite());
}

#[test]
fn reads_csv_without_a_header() {
    let m = read("val_loss,0.5,1,1700000000000\nacc,0.25\nacc,nan,-2\n", None).unwrap();
    assert_eq!(m.len(), 3);
    assert_eq!(
        (m[0].key.as_str(), m[0].value, m[0].step, m[0].timestamp),
        ("val_loss", 0.5, 1, 1_700_000_000_000)
    );
    assert_eq!((m[1].step, m[1].timestamp), (0, 7));
    assert!(m[2].value.is_nan() && m[2].step == -2);
    let e = read("a,1\nb\n", None).unwrap_err();
    assert!(e.to_string().starts_with("line 2: expected 2 to 4"), "{e}");
    assert!(read("a,1,2,3,4\n", None).is_err());
    // `Key` in any case names the columns.
    let m = read("Key,Value\nk,2\n", None).unwrap();
    assert_eq!(m[0].value, 2.0);
}

#[test]
fn values_are_read_to_the_last_bit() {
    let m = read(
        "{\"key\": \"a\", \"value\": -1.9500000000000002}\n{\"key\": \"a\", \"value\": 90.42857142857143, \"step\": 2}\n{\"key\": \"a\", \"value\": NaN}\n{\"key\": \"a\", \"value\": -Infinity, \"step\": 3.0}\n{\"key\": \"a\", \"value\": 5e-324}\n",
        None,
    )
    .unwrap();
    assert_eq!(m[0].value.to_bits(), (-1.9500000000000002f64).to_bits());
    assert_eq!(m[1].value.to_bits(), 90.42857142857143f64.to_bits());
    assert!(m[2].value.is_nan());
    assert_eq!((m[3].value, m[3].step), (f64::NEG_INFINITY, 3));
    assert_eq!(m[4].value.to_bits(), 1);
    let m = read("a,-1.9500000000000002\na,2.2250738585072014e-308\n", None).unwrap();
    assert_eq!(m[0].value.to_bits(), (-1.9500000000000002f64).to_bits());
    assert_eq!(m[1].value, f64::MIN_POSITIVE);
}

#[test]
fn errors_name_the_line() {
    let e = read("key,value\na,1\nb,x\n", None).unwrap_err();
    assert!(e.to_string().starts_with("line 3:"), "{e}");
    let e = read("{\"key\":\"a\",\"value\":1}\n{oops\n", None).unwrap_err();
    assert!(e.to_string().starts_with("line 2:"), "{e}");
    assert!(read("value\n1\n", None).is_err());
    assert!(read("key,value,extra\n", None).is_err());
}

#[test]
fn batches_are_bounded() {
    let text: String = (0..2500)
        .map(|i| format!("{{\"key\":\"k\",\"value\":{i}}}\n"))
        .collect();
    let sizes: Vec<usize> = MetricReader::new(text.as_bytes(), Some(Format::Jsonl), 0)
        .map(|b| b.unwrap().len())
        .collect();
    assert_eq!(sizes, vec![1000, 1000, 500]);
}

#[test]
fn values() {
    assert!(parse_value("nan").unwrap().is_nan());
    assert_eq!(parse_value("-inf").unwrap(), f64::NEG_INFINITY);
    assert_eq!(parse_value("1e3").unwrap(), 1000.0);
    assert!(parse_value("abc").is_err());
    assert_eq!(parse_int("step", "3.0"), Ok(3));
    assert!(parse_int("step", "3.5").is_err());
}
