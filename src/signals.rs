//! What mlf does when it is interrupted (SIGINT, SIGTERM, SIGHUP): it removes the files it
//! was still writing (partial downloads), then exits with 128 + the signal's number (130 for
//! Ctrl-C). The handler is installed on first use, so commands that write nothing pay
//! nothing.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, Once};

static PARTIALS: Mutex<Option<HashSet<PathBuf>>> = Mutex::new(None);
static INSTALL: Once = Once::new();

/// A file being written, removed if mlf is interrupted before [`Partial`] is dropped.
pub struct Partial {
    path: PathBuf,
}

/// Registers `path` as a file that must not outlive an interruption.
pub fn partial(path: &Path) -> Partial {
    INSTALL.call_once(install);
    if let Ok(mut set) = PARTIALS.lock() {
        set.get_or_insert_with(HashSet::new)
            .insert(path.to_path_buf());
    }
    Partial {
        path: path.to_path_buf(),
    }
}

impl Drop for Partial {
    fn drop(&mut self) {
        if let Ok(mut set) = PARTIALS.lock() {
            if let Some(set) = set.as_mut() {
                set.remove(&self.path);
            }
        }
    }
}

fn install() {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP]) else {
        return;
    };
    std::thread::spawn(move || {
        if let Some(sig) = signals.forever().next() {
            // Hold the lock to the end: no new partial file is registered while exiting.
            let set = PARTIALS.lock();
            if let Ok(set) = &set {
                for path in set.iter().flatten() {
                    let _ = std::fs::remove_file(path);
                }
            }
            #[allow(clippy::exit)] // the process was asked to stop; this is how it does
            std::process::exit(128 + sig);
        }
    });
}

/// Returns whether the process `pid` is alive (or cannot be checked).
pub fn alive(pid: i32) -> bool {
    !matches!(
        nix::sys::signal::kill(nix::unistd::Pid::from_raw(pid), None),
        Err(nix::errno::Errno::ESRCH)
    )
}
