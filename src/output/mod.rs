//! Everything mlf prints goes through [`Output`]: data on stdout (table, JSON or CSV),
//! status lines, warnings and prompts on stderr.

mod format;
mod table;

use std::cell::RefCell;
use std::io::{IsTerminal, Write};

use serde::Serialize;

pub use format::{duration, sanitize as sanitize_multiline, time};

/// Output formats.
#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputFormat {
    /// Aligned tables for people
    Table,
    /// The MLflow REST API's JSON
    Json,
    /// A header row and flat columns
    Csv,
}

impl OutputFormat {
    /// Parses a format name as given in `MLF_OUTPUT` or the config file.
    pub fn parse(s: &str) -> Option<OutputFormat> {
        <OutputFormat as clap::ValueEnum>::from_str(s.trim(), true).ok()
    }

    /// Returns the format's name.
    pub fn name(self) -> &'static str {
        match self {
            OutputFormat::Table => "table",
            OutputFormat::Json => "json",
            OutputFormat::Csv => "csv",
        }
    }
}

/// When to use colour.
#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// A failed confirmation: declined at a prompt (exit 130) or impossible off a terminal (exit 2).
#[derive(Debug, thiserror::Error)]
pub enum ConfirmError {
    #[error("cancelled")]
    Declined,
    #[error("`--yes` is required when not running interactively")]
    NotInteractive,
}

/// Where output goes and how it looks.
pub struct Output {
    pub format: OutputFormat,
    pub quiet: bool,
    /// `--no-headers`: tables and CSV without their header row.
    pub no_headers: bool,
    color: bool,
    /// Columns of the terminal on stdout (tables are fitted to it).
    width: usize,
    stdout_tty: bool,
    interactive: bool,
    stdout: RefCell<Box<dyn Write>>,
}

impl Output {
    /// Returns an `Output` on the process's stdout and stderr.
    pub fn new(
        format: OutputFormat,
        quiet: bool,
        no_headers: bool,
        color: Option<ColorChoice>,
    ) -> Output {
        let stderr_tty = std::io::stderr().is_terminal();
        let color = match color.unwrap_or(ColorChoice::Auto) {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => stderr_tty && crate::env::var(crate::env::NO_COLOR).is_none(),
        };
        Output {
            format,
            quiet,
            no_headers,
            color,
            width: terminal_width(),
            stdout_tty: std::io::stdout().is_terminal(),
            interactive: stderr_tty && std::io::stdin().is_terminal(),
            stdout: RefCell::new(Box::new(std::io::stdout())),
        }
    }

    /// Returns whether stderr may carry colour.
    pub fn color(&self) -> bool {
        self.color
    }

    /// Writes raw text to stdout; a failure says it was stdout (a closed pipe stays a
    /// `BrokenPipe`, which is not reported).
    pub fn write(&self, text: &str) -> std::io::Result<()> {
        let mut out = self.stdout.borrow_mut();
        out.write_all(text.as_bytes())
            .and_then(|()| out.flush())
            .map_err(|e| match e.kind() {
                std::io::ErrorKind::BrokenPipe => e,
                kind => std::io::Error::new(kind, format!("could not write to stdout: {e}")),
            })
    }

    /// Writes one line to stdout.
    pub fn line(&self, text: &str) -> std::io::Result<()> {
        self.write(&format!("{text}\n"))
    }

    /// Writes a JSON document to stdout: indented on a terminal, compact otherwise.
    pub fn json<T: Serialize>(&self, value: &T) -> anyhow::Result<()> {
        let mut text = if self.stdout_tty {
            serde_json::to_string_pretty(value)?
        } else {
            serde_json::to_string(value)?
        };
        text.push('\n');
        Ok(self.write(&text)?)
    }

    /// Writes rows as a table (aligned and fitted to the terminal, or tab-separated off a
    /// terminal) or as CSV, each after a header row unless `--no-headers`; JSON is the
    /// caller's business. An empty table prints nothing; an empty CSV its header.
    pub fn rows(&self, headers: &[String], rows: &[Vec<String>]) -> anyhow::Result<()> {
        let head = (!self.no_headers).then_some(headers);
        let text = match self.format {
            OutputFormat::Csv => format::csv(head, rows),
            _ if rows.is_empty() => String::new(),
            _ if self.stdout_tty => table::table(head, rows, self.width, self.color),
            _ => format::tsv(head, rows),
        };
        Ok(self.write(&text)?)
    }

    /// Returns the width tables are fitted to on a terminal.
    pub fn width(&self) -> usize {
        self.width
    }

    /// Prints a status line on stderr, unless `--quiet`.
    pub fn status(&self, msg: &str) {
        if !self.quiet {
            let _ = writeln!(std::io::stderr(), "{}", format::sanitize(msg));
        }
    }

    /// Returns a callback printing status lines on stderr (nothing with `--quiet`), for code
    /// that must not hold the `Output` (stores waiting to retry).
    pub fn status_sink(&self) -> Box<dyn Fn(&str) + Send + Sync> {
        let quiet = self.quiet;
        Box::new(move |msg: &str| {
            if !quiet {
                let _ = writeln!(std::io::stderr(), "{}", format::sanitize(msg));
            }
        })
    }

    /// Returns a progress bar for a transfer on stderr: drawn only on a terminal and without
    /// `--quiet`, hidden otherwise.
    pub fn progress(&self, verb: &str) -> indicatif::ProgressBar {
        let visible = !self.quiet && std::io::stderr().is_terminal();
        let bar = if visible {
            indicatif::ProgressBar::with_draw_target(
                Some(0),
                indicatif::ProgressDrawTarget::stderr(),
            )
        } else {
            indicatif::ProgressBar::hidden()
        };
        let style = indicatif::ProgressStyle::with_template(
            "{prefix} {msg} [{bar:30}] {bytes}/{total_bytes} {bytes_per_sec} eta {eta}",
        )
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
        .progress_chars("=> ");
        bar.set_style(style);
        bar.set_prefix(verb.to_string());
        bar
    }

    /// Prints a warning on stderr (even with `--quiet`).
    pub fn warn(&self, msg: &str) {
        self.warn_sink()(msg);
    }

    /// Returns a callback printing warnings on stderr (even with `--quiet`), for stores.
    pub fn warn_sink(&self) -> Box<dyn Fn(&str) + Send + Sync> {
        let color = self.color;
        Box::new(move |msg: &str| {
            let prefix = if color {
                "\x1b[1;33mwarning:\x1b[0m"
            } else {
                "warning:"
            };
            let _ = writeln!(std::io::stderr(), "{prefix} {}", format::sanitize(msg));
        })
    }

    /// Asks for confirmation of a destructive action; `yes` skips the question. Off a
    /// terminal, `yes` is required.
    pub fn confirm(&self, question: &str, yes: bool) -> Result<(), ConfirmError> {
        if yes {
            return Ok(());
        }
        if !self.interactive {
            return Err(ConfirmError::NotInteractive);
        }
        let answer = dialoguer::Confirm::new()
            .with_prompt(format::sanitize(question))
            .default(false)
            .interact()
            .unwrap_or(false);
        if answer {
            Ok(())
        } else {
            Err(ConfirmError::Declined)
        }
    }

    /// Returns whether prompts can be shown (stdin and stderr are terminals).
    pub fn interactive(&self) -> bool {
        self.interactive
    }

    /// Returns an `Output` writing stdout into a buffer, for tests.
    #[cfg(test)]
    pub fn for_test(format: OutputFormat, tty: bool) -> (Output, std::rc::Rc<RefCell<Vec<u8>>>) {
        let buf = std::rc::Rc::new(RefCell::new(Vec::new()));
        let out = Output {
            format,
            quiet: false,
            no_headers: false,
            color: false,
            width: 100,
            stdout_tty: tty,
            interactive: false,
            stdout: RefCell::new(Box::new(SharedBuf(buf.clone()))),
        };
        (out, buf)
    }
}

/// Returns the terminal's width: stdout's terminal, else `$COLUMNS`, else 80.
fn terminal_width() -> usize {
    terminal_size::terminal_size_of(std::io::stdout())
        .map(|(w, _)| usize::from(w.0))
        .filter(|w| *w >= 20)
        .or_else(crate::env::columns)
        .unwrap_or(80)
}

#[cfg(test)]
struct SharedBuf(std::rc::Rc<RefCell<Vec<u8>>>);

#[cfg(test)]
impl Write for SharedBuf {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(format: OutputFormat, tty: bool) -> String {
        let (out, buf) = Output::for_test(format, tty);
        let headers = vec!["id".to_string(), "name".to_string()];
        let rows = vec![
            vec!["1".into(), "a,b".into()],
            vec!["2".into(), "say \"hi\"".into()],
        ];
        out.rows(&headers, &rows).unwrap();
        let text = String::from_utf8(buf.borrow().clone()).unwrap();
        text
    }

    #[test]
    fn csv_quotes_fields() {
        assert_eq!(
            render(OutputFormat::Csv, false),
            "id,name\n1,\"a,b\"\n2,\"say \"\"hi\"\"\"\n"
        );
    }

    #[test]
    fn plain_table_is_tab_separated() {
        assert_eq!(
            render(OutputFormat::Table, false),
            "id\tname\n1\ta,b\n2\tsay \"hi\"\n"
        );
    }

    #[test]
    fn tty_table_has_a_header() {
        let text = render(OutputFormat::Table, true);
        assert!(
            text.contains("id") && text.contains("name") && text.contains("a,b"),
            "{text}"
        );
    }

    #[test]
    fn json_nan_is_a_string() {
        let (out, buf) = Output::for_test(OutputFormat::Json, false);
        let m = crate::model::Metric {
            key: "k".into(),
            value: f64::NAN,
            timestamp: 1,
            step: -2,
            ..Default::default()
        };
        out.json(&m).unwrap();
        assert_eq!(
            String::from_utf8(buf.borrow().clone()).unwrap(),
            "{\"key\":\"k\",\"value\":\"NaN\",\"timestamp\":1,\"step\":-2}\n"
        );
    }
}
