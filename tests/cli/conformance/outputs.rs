//! What users see: the shapes of empty results, and snapshots of table, JSON and CSV output
//! of the main read commands on a store filled the same way every time (fixed names, start
//! times, timestamps), with ids, paths and creation times replaced by placeholders. One
//! snapshot file per store (`outputs@sqlite.snap`, …): diffing two of them shows how stores
//! differ.

use serde_json::{json, Value};

use super::Store;

pub fn outputs_on_empty_runs(s: &Store) {
    let exp = s.name("e");
    let run = s.new_run(&exp);
    let exp_id = s.experiment_id(&exp);
    assert_eq!(
        s.json(&["params", "list", "--run-id", &run]),
        json!({"params": []})
    );
    assert_eq!(
        s.json(&["metrics", "list", "--run-id", &run]),
        json!({"metrics": []})
    );
    assert_eq!(s.mlf(&["params", "list", "--run-id", &run]).ok(), "");
    assert_eq!(
        s.mlf(&["metrics", "list", "--run-id", &run, "-o", "csv"])
            .ok(),
        "key,value,step,timestamp\n"
    );
    assert_eq!(
        s.mlf(&["params", "list", "--run-id", &run, "-o", "csv"])
            .ok(),
        "key,value\n"
    );
    let history = ["metrics", "history", "--run-id", &run, "--key", "none"];
    assert_eq!(s.mlf(&history).ok(), "");
    assert_eq!(
        s.mlf(&[&history[..], &["-o", "csv"]].concat()).ok(),
        "key,value,step,timestamp\n"
    );
    let artifacts = s.json(&["artifacts", "list", "--run-id", &run]);
    assert_eq!(artifacts["files"], json!([]), "{artifacts}");
    assert_eq!(s.mlf(&["artifacts", "list", "--run-id", &run]).ok(), "");

    // An experiment without runs.
    let empty = s.experiment(&s.name("empty"));
    let search = ["runs", "search", "--experiment-id", &empty];
    assert_eq!(s.mlf(&search).ok(), "");
    assert_eq!(s.json(&search), json!({"runs": []}));
    let csv = s
        .mlf(&[&search[..], &["-o", "csv"]].concat())
        .ok()
        .to_string();
    assert_eq!(
        csv,
        "run_id,run_name,experiment_id,status,start_time,end_time\n"
    );
    // A run without data shows its info.
    let table = s.mlf(&["runs", "get", &run]).ok().to_string();
    assert!(table.starts_with("field\tvalue\n"), "{table}");
    assert!(
        table.contains(&format!("\nexperiment_id\t{exp_id}\n")),
        "{table}"
    );
}

/// Collects command outputs into one document, with what varies between runs of the suite
/// replaced by placeholders.
struct Snapshot<'a> {
    s: &'a Store,
    /// (text, placeholder), longest first.
    replace: Vec<(String, String)>,
    experiment_id: String,
    doc: String,
}

/// Columns and fields whose value is the time of the test run.
const NOW: [&str; 3] = ["creation_time", "last_update_time", "created"];

impl Snapshot<'_> {
    fn text(&self, text: &str) -> String {
        let mut out = text.to_string();
        for (from, to) in &self.replace {
            out = out.replace(from.as_str(), to);
        }
        out
    }

    fn json(&self, v: &Value, key: &str) -> Value {
        match v {
            Value::String(s) if key == "experiment_id" && *s == self.experiment_id => {
                json!("<experiment-id>")
            }
            Value::String(_) | Value::Number(_) if NOW.contains(&key) => json!("<now>"),
            Value::String(s) => json!(self.text(s)),
            Value::Array(a) => a.iter().map(|x| self.json(x, key)).collect(),
            Value::Object(o) => o
                .iter()
                .filter(|(k, _)| *k != "workspace") // checked in experiments_lifecycle
                .map(|(k, x)| (k.clone(), self.json(x, k)))
                .collect(),
            other => other.clone(),
        }
    }

    /// A table or CSV: cells of time and experiment id columns (or `field`/`value` rows).
    fn rows(&self, text: &str, sep: char) -> String {
        let mut lines = text.lines();
        let Some(header) = lines.next() else {
            return String::new();
        };
        let names: Vec<&str> = header.split(sep).collect();
        let mut out = vec![self.text(header)];
        for line in lines {
            let cells: Vec<&str> = line.split(sep).collect();
            let fields = names == ["field", "value"] && cells.len() == 2;
            let cells: Vec<String> = cells
                .iter()
                .enumerate()
                .map(|(i, cell)| {
                    let column = if fields {
                        cells[0]
                    } else {
                        names.get(i).copied().unwrap_or("")
                    };
                    let is_value = !fields || i == 1;
                    if is_value && NOW.contains(&column) {
                        "<now>".to_string()
                    } else if is_value && column == "experiment_id" && *cell == self.experiment_id {
                        "<experiment-id>".to_string()
                    } else {
                        self.text(cell)
                    }
                })
                .collect();
            out.push(cells.join(&sep.to_string()));
        }
        out.join("\n") + "\n"
    }

    /// Runs `mlf ARGS` and adds the command and its normalised output.
    fn add(&mut self, args: &[&str]) {
        let out = self.s.mlf(args).ok().to_string();
        let shown = if args.contains(&"json") {
            let v: Value = serde_json::from_str(&out).unwrap();
            serde_json::to_string_pretty(&self.json(&v, "")).unwrap() + "\n"
        } else if args.contains(&"csv") {
            self.rows(&out, ',')
        } else {
            self.rows(&out, '\t')
        };
        let quoted: Vec<String> = args
            .iter()
            .map(|a| {
                if a.contains(' ') {
                    format!("\"{a}\"")
                } else {
                    a.to_string()
                }
            })
            .collect();
        let command = self.text(&quoted.join(" "));
        self.doc.push_str(&format!("$ mlf {command}\n{shown}\n"));
    }
}

pub fn outputs_snapshots(s: &Store) {
    let exp = s.name("snap");
    let exp_id = s.out(&format!("experiments create -n {exp} --tag team=ml"));
    let a = s.run_with(&[
        "--experiment-id",
        &exp_id,
        "--run-name",
        "baseline",
        "--start-time",
        "1700000000000",
        "--tag",
        "team=fraud",
        "--description",
        "first try",
    ]);
    s.mlf(&["params", "log", "--run-id", &a, "lr=0.01", "model=cnn"])
        .ok();
    let points = "key,value,step,timestamp\nloss,0.5,0,1700000000100\nloss,0.25,1,1700000000200\n\
                  acc,0.75,1,1700000000200\n";
    s.mlf_stdin(&["metrics", "log", "--run-id", &a, "--file", "-"], points)
        .ok();
    let dir = s.path().join("out");
    std::fs::create_dir_all(dir.join("data")).unwrap();
    std::fs::write(dir.join("model.txt"), "weights\n").unwrap();
    std::fs::write(dir.join("data/train.csv"), "x,y\n1,2\n").unwrap();
    s.mlf(&["artifacts", "log", "--run-id", &a, dir.to_str().unwrap()])
        .ok();
    s.mlf(&["runs", "end", "--run-id", &a, "--end-time", "1700000065000"])
        .ok();
    let b = s.run_with(&[
        "--experiment-id",
        &exp_id,
        "--run-name",
        "candidate",
        "--start-time",
        "1700000100000",
    ]);
    s.mlf(&["params", "log", "--run-id", &b, "lr=0.02", "model=rnn"])
        .ok();
    s.mlf(&[
        "metrics",
        "log",
        "--run-id",
        &b,
        "loss=0.4",
        "acc=nan",
        "--timestamp",
        "1700000100100",
    ])
    .ok();

    let location = s.artifact_location(&exp_id);
    let mut snap = Snapshot {
        s,
        replace: vec![
            (location, "<artifact-location>".into()),
            (a.clone(), "<run-a>".into()),
            (b.clone(), "<run-b>".into()),
            (exp.clone(), "<experiment>".into()),
        ],
        experiment_id: exp_id.clone(),
        doc: String::new(),
    };
    let search = ["runs", "search", "--experiment-name", &exp];
    snap.add(
        &[
            &search[..],
            &["--columns", "params.lr", "--order-by", "metrics.loss"],
        ]
        .concat(),
    );
    snap.add(&[&search[..], &["-o", "json"]].concat());
    snap.add(&[&search[..], &["-o", "csv"]].concat());
    snap.add(&["runs", "get", "--run-id", &a]);
    snap.add(&["runs", "get", "--run-id", &a, "-o", "json"]);
    let exps = [
        "experiments",
        "search",
        "--filter",
        &format!("name = '{exp}'"),
    ];
    snap.add(&exps);
    snap.add(&[&exps[..], &["-o", "json"]].concat());
    snap.add(&[&exps[..], &["-o", "csv"]].concat());
    snap.add(&["experiments", "get", &exp]);
    let history = ["metrics", "history", "--run-id", &a, "--key", "loss"];
    snap.add(&history);
    snap.add(&[&history[..], &["-o", "json"]].concat());
    snap.add(&[&history[..], &["-o", "csv"]].concat());
    snap.add(&["metrics", "list", "--run-id", &b]);
    snap.add(&["params", "list", "--run-id", &a]);
    snap.add(&["tags", "list", "--run-id", &a]);
    snap.add(&["artifacts", "list", "--run-id", &a]);
    snap.add(&[
        "artifacts",
        "list",
        "--run-id",
        &a,
        "--recursive",
        "-o",
        "json",
    ]);
    snap.add(&[
        "artifacts",
        "list",
        "--run-id",
        &a,
        "--artifact-path",
        "data",
        "-o",
        "csv",
    ]);

    let store = format!("{:?}", s.kind).to_lowercase();
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_suffix(store);
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| insta::assert_snapshot!("outputs", snap.doc));
}
