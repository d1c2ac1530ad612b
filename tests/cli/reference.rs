//! Snapshots of the help users read: every `--help` page of the tree in one file
//! (`snapshots/help-pages.snap`), and a CLI reference in Markdown generated from those pages
//! (`snapshots/cli-reference@.md.snap`), as jj keeps its own. A change to the CLI shows in
//! both as a diff to review; `INSTA_UPDATE=always cargo test --test cli reference` rewrites
//! them, and under `CI=true` a mismatch fails.

use std::collections::BTreeMap;

use crate::common::TestEnv;
use crate::usability::help_tree;

/// Every help page by command path (`""` for `mlf` itself), and the paths in the order of
/// the tree: each command, then its subcommands as its `Commands:` lists them.
fn pages() -> (BTreeMap<String, String>, Vec<String>) {
    let env = TestEnv::new();
    let tmp = env.path().display().to_string();
    let pages: BTreeMap<String, String> = help_tree(&env)
        .into_iter()
        .map(|(path, text)| (path, text.replace(&tmp, "<tmp>")))
        .collect();
    let mut order = Vec::new();
    let mut todo = vec![String::new()];
    while let Some(path) = todo.pop() {
        let page = parse(&pages[&path]);
        let subs = page
            .sections
            .iter()
            .filter(|s| s.heading == "Commands:")
            .flat_map(|s| &s.entries)
            .filter(|e| e.name != "help")
            .map(|e| format!("{path} {}", e.name).trim().to_string());
        let mut subs: Vec<String> = subs.collect();
        subs.reverse();
        todo.extend(subs);
        order.push(path);
    }
    assert_eq!(order.len(), pages.len(), "every page is reached once");
    (pages, order)
}

/// One entry of a `Commands:`, `Arguments:` or `Options:` section.
struct Entry {
    name: String,
    /// Paragraphs, each a list of lines.
    text: Vec<Vec<String>>,
}

struct Section {
    heading: String,
    entries: Vec<Entry>,
}

struct Page {
    about: Vec<String>,
    usage: String,
    sections: Vec<Section>,
    /// Everything else: the examples and notes after the options.
    after: Vec<String>,
}

const ENTRY_SECTIONS: [&str; 4] = ["Commands:", "Arguments:", "Options:", "Global options:"];

/// Reads a help page as clap lays it out.
fn parse(text: &str) -> Page {
    let mut page = Page {
        about: Vec::new(),
        usage: String::new(),
        sections: Vec::new(),
        after: Vec::new(),
    };
    let mut lines = text.lines();
    for line in lines.by_ref() {
        if let Some(usage) = line.strip_prefix("Usage: ") {
            page.usage = usage.to_string();
            break;
        }
        page.about.push(line.to_string());
    }
    while page.about.last().is_some_and(|l| l.is_empty()) {
        page.about.pop();
    }
    let mut in_entries = false;
    for line in lines {
        if ENTRY_SECTIONS.contains(&line) {
            page.sections.push(Section {
                heading: line.to_string(),
                entries: Vec::new(),
            });
            in_entries = true;
            continue;
        }
        if !line.is_empty() && !line.starts_with(' ') {
            in_entries = false;
        }
        if !in_entries {
            page.after.push(line.to_string());
            continue;
        }
        let entries = &mut page.sections.last_mut().unwrap().entries;
        let indent = line.len() - line.trim_start().len();
        if line.trim().is_empty() {
            if let Some(e) = entries.last_mut() {
                if !e.text.last().is_some_and(Vec::is_empty) {
                    e.text.push(Vec::new());
                }
            }
        } else if indent < 10 {
            let trimmed = line.trim();
            let (name, first) = match trimmed.split_once("  ") {
                Some((name, rest)) => (name, Some(rest.trim())),
                None => (trimmed, None),
            };
            entries.push(Entry {
                name: name.to_string(),
                text: vec![first.map(str::to_string).into_iter().collect()],
            });
        } else {
            let e = entries.last_mut().expect("a description follows its entry");
            e.text.last_mut().unwrap().push(line.trim().to_string());
        }
    }
    while page.after.first().is_some_and(|l| l.is_empty()) {
        page.after.remove(0);
    }
    while page.after.last().is_some_and(|l| l.is_empty()) {
        page.after.pop();
    }
    page
}

/// An entry's text as Markdown: lines of a paragraph joined, `- value: …` lines kept as a
/// list, paragraphs indented under the bullet.
fn entry_markdown(e: &Entry) -> String {
    let mut paragraphs = Vec::new();
    for p in e.text.iter().filter(|p| !p.is_empty()) {
        let mut out = Vec::new();
        let mut prose = Vec::new();
        for line in p {
            if let Some(item) = line.strip_prefix("- ") {
                if !prose.is_empty() {
                    out.push(prose.join(" "));
                    prose.clear();
                }
                out.push(format!("  - {item}"));
            } else {
                prose.push(line.as_str());
            }
        }
        if !prose.is_empty() {
            out.push(prose.join(" "));
        }
        paragraphs.push(out.join("\n"));
    }
    let mut md = format!("* `{}`", e.name);
    if let Some((first, rest)) = paragraphs.split_first() {
        md.push_str(&format!(" — {first}"));
        for p in rest {
            md.push_str("\n\n");
            let indented: Vec<String> = p.lines().map(|l| format!("  {l}")).collect();
            md.push_str(&indented.join("\n"));
        }
    }
    md + "\n"
}

/// The reference: a list of commands, then per command its about text, usage, commands,
/// arguments and options (the global options once, under `mlf`), and its examples.
fn reference(pages: &BTreeMap<String, String>, order: &[String]) -> String {
    let mut md = String::from(
        "# Command-line reference for `mlf`\n\n\
         Generated from the `--help` pages by `tests/cli/reference.rs`.\n\n\
         **Commands:**\n\n",
    );
    for path in order {
        let name = format!("mlf {path}").trim().to_string();
        md.push_str(&format!("* [`{name}`↴](#{})\n", name.replace(' ', "-")));
    }
    for path in order {
        let page = parse(&pages[path]);
        let name = format!("mlf {path}").trim().to_string();
        md.push_str(&format!("\n## `{name}`\n\n"));
        let about: Vec<&str> = page.about.iter().map(String::as_str).collect();
        md.push_str(&about.join("\n"));
        md.push_str(&format!("\n\n**Usage:** `{}`\n", page.usage));
        for section in &page.sections {
            if section.heading == "Global options:" && !path.is_empty() {
                continue;
            }
            md.push_str(&format!(
                "\n###### **{}**\n\n",
                section.heading.trim_end_matches(':')
            ));
            for e in &section.entries {
                md.push_str(&entry_markdown(e));
            }
        }
        if !path.is_empty() && page.sections.iter().any(|s| s.heading == "Global options:") {
            md.push_str("\nGlobal options: as for [`mlf`](#mlf).\n");
        }
        if !page.after.is_empty() {
            md.push_str(&format!("\n```text\n{}\n```\n", page.after.join("\n")));
        }
    }
    md
}

fn snapshot_settings() -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    settings.set_prepend_module_to_snapshot(false);
    settings
}

#[test]
fn help_pages() {
    let (pages, order) = pages();
    assert!(order.len() > 30, "{}", order.len());
    let mut doc = String::new();
    for path in &order {
        let command = format!("mlf {path} --help").replace("  ", " ");
        doc.push_str(&format!("$ {command}\n{}\n", pages[path]));
    }
    snapshot_settings().bind(|| insta::assert_snapshot!("help-pages", doc));
}

#[test]
fn cli_reference() {
    let (pages, order) = pages();
    let md = reference(&pages, &order);
    // Every command and every option of every page is in it.
    for path in &order {
        let page = parse(&pages[path]);
        assert!(
            md.contains(&format!("**Usage:** `{}`", page.usage)),
            "{path}"
        );
        for s in &page.sections {
            for e in &s.entries {
                assert!(
                    md.contains(&format!("* `{}`", e.name)),
                    "{path}: {}",
                    e.name
                );
            }
        }
    }
    let mut settings = snapshot_settings();
    settings.set_snapshot_suffix(".md");
    settings.bind(|| insta::assert_snapshot!("cli-reference", md));
}
