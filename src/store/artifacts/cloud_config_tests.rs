//! Tests of `cloud_config`.
use super::*;

#[test]
fn parses_cloud_uris() {
    let l = parse("s3://bkt/a/b/").unwrap();
    assert_eq!(
        (l.provider, l.bucket.as_str(), l.prefix.as_str()),
        (Provider::S3, "bkt", "a/b")
    );
    let l = parse("gs://bkt").unwrap();
    assert_eq!((l.provider, l.prefix.as_str()), (Provider::Gcs, ""));
    let l = parse("wasbs://cont@acct.blob.core.windows.net/x/y").unwrap();
    assert_eq!(
        (
            l.provider,
            l.bucket.as_str(),
            l.account.as_deref(),
            l.prefix.as_str()
        ),
        (Provider::Azure, "cont", Some("acct"), "x/y")
    );
    assert!(parse("s3:///x").is_err());
    assert!(parse("wasbs://nocontainer/x").is_err());
}

#[test]
fn reads_ini_sections() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("config");
    std::fs::write(
        &p,
        "[default]\nregion = eu-west-1\n\n[profile ci]\nregion=us-west-2\naws_access_key_id = AK\n",
    )
    .unwrap();
    assert_eq!(ini_section(&p, "default").unwrap()["region"], "eu-west-1");
    let ci = ini_section(&p, "profile ci").unwrap();
    assert_eq!(
        (ci["region"].as_str(), ci["aws_access_key_id"].as_str()),
        ("us-west-2", "AK")
    );
    assert!(ini_section(&p, "nope").is_none());
}

#[test]
fn connection_strings() {
    let c = connection_string(
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=abc==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;",
    );
    assert_eq!(c["AccountKey"], "abc==");
    assert_eq!(c["BlobEndpoint"], "http://127.0.0.1:10000/devstoreaccount1");
}
