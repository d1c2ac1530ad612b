//! The context every command runs in: output, settings, and the store, opened lazily so that
//! `mlf completions` and `mlf config` need no store.

use std::cell::OnceCell;
use std::path::PathBuf;

use anyhow::Context as _;

use crate::config::{Setting, Settings, Source};
use crate::output::Output;
use crate::store::uri::TrackingUri;
use crate::store::{self, Store};

/// What a command needs besides its own arguments.
pub struct Ctx {
    pub out: Output,
    pub settings: Settings,
    /// `--yes`: confirmations are answered yes.
    pub yes: bool,
    pub cwd: PathBuf,
    store: OnceCell<Box<dyn Store>>,
}

impl Ctx {
    /// Builds the context of an invocation.
    pub fn new(out: Output, settings: Settings, yes: bool) -> anyhow::Result<Ctx> {
        let cwd = std::env::current_dir().context("could not read the current folder")?;
        Ok(Ctx {
            out,
            settings,
            yes,
            cwd,
            store: OnceCell::new(),
        })
    }

    /// Returns the tracking URI in effect and where it came from.
    pub fn tracking_uri(&self) -> anyhow::Result<Setting<TrackingUri>> {
        self.settings.check_profile()?;
        match &self.settings.tracking_uri {
            Some(s) => {
                let uri = TrackingUri::parse(&s.value, &self.cwd)?;
                Ok(Setting {
                    value: uri,
                    source: s.source,
                })
            }
            None => Ok(Setting {
                value: TrackingUri::default_for(&self.cwd),
                source: Source::Default,
            }),
        }
    }

    /// Returns what a store named by a command's own URI argument (not the tracking URI, as
    /// `migrate --source`) needs to be opened: no credentials, messages through the output.
    pub fn connect(&self, uri: &TrackingUri) -> store::Connect {
        store::Connect {
            username: None,
            password: None,
            token: None,
            origin: format!("`{uri}`"),
            notify: self.out.status_sink(),
            warn: self.out.warn_sink(),
        }
    }

    /// Returns what a store named by a command's own URI argument (`sync --from/--to`) needs:
    /// the configured credentials when it is the tracking URI in effect (they were given for
    /// that server), none otherwise (credentials in the URL still count).
    pub fn connect_as_configured(&self, uri: &TrackingUri) -> store::Connect {
        let mut connect = self.connect(uri);
        if self.tracking_uri().is_ok_and(|t| t.value == *uri) {
            let value = |v: &Option<Setting<String>>| v.as_ref().map(|v| v.value.clone());
            connect.username = value(&self.settings.username);
            connect.password = value(&self.settings.password);
            connect.token = value(&self.settings.token);
        }
        connect
    }

    /// Returns the store, opening it on first use.
    pub fn store(&self) -> anyhow::Result<&dyn Store> {
        if let Some(s) = self.store.get() {
            return Ok(s.as_ref());
        }
        let uri = self.tracking_uri()?;
        let s = &self.settings;
        let value = |v: &Option<Setting<String>>| v.as_ref().map(|v| v.value.clone());
        let origin = match uri.source {
            Source::Flag => "--tracking-uri".to_string(),
            Source::Env => crate::env::MLFLOW_TRACKING_URI.to_string(),
            Source::File => format!(
                "profile `{}` in `{}`",
                s.profile.value,
                s.config_path.value.display()
            ),
            Source::Default => String::new(),
        };
        let connect = store::Connect {
            username: value(&s.username),
            password: value(&s.password),
            token: value(&s.token),
            origin,
            notify: self.out.status_sink(),
            warn: self.out.warn_sink(),
        };
        let uri = uri.value;
        let opened = store::open(&uri, connect)
            .with_context(|| format!("could not open the tracking store `{uri}`"))?;
        Ok(self.store.get_or_init(|| opened).as_ref())
    }
}
