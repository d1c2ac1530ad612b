//! The terminal side of `runs watch`: raw mode and the alternate screen, always restored
//! (on return, on error and on panic), keys read between refreshes.

use std::time::{Duration, Instant};

use ratatui::crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};
use ratatui::crossterm::{execute, terminal};
use ratatui::prelude::CrosstermBackend;
use ratatui::Terminal;

use crate::error::ExitWith;
use crate::model::RunStatus;
use crate::ops::watch::Watch;
use crate::store::Store;

/// The terminal in raw mode on the alternate screen, until dropped.
struct Screen;

impl Screen {
    fn enter() -> std::io::Result<Screen> {
        install_panic_hook();
        terminal::enable_raw_mode()?;
        if let Err(e) = execute!(std::io::stdout(), terminal::EnterAlternateScreen) {
            restore();
            return Err(e);
        }
        Ok(Screen)
    }
}

impl Drop for Screen {
    fn drop(&mut self) {
        restore();
    }
}

fn restore() {
    let _ = terminal::disable_raw_mode();
    let _ = execute!(
        std::io::stdout(),
        terminal::LeaveAlternateScreen,
        ratatui::crossterm::cursor::Show
    );
}

/// A panic restores the terminal before its message is printed.
fn install_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore();
            previous(info);
        }));
    });
}

/// Runs the live view until the run ends (its status) or the user leaves (`None` for `q`;
/// Ctrl-C ends with exit 130).
pub(super) fn run(
    store: &dyn Store,
    w: &mut Watch,
    interval: Duration,
    seconds: f64,
) -> anyhow::Result<Option<RunStatus>> {
    let screen = Screen::enter()?;
    let mut term = Terminal::new(CrosstermBackend::new(std::io::stdout()))?;
    term.hide_cursor()?;
    loop {
        w.refresh(store)?;
        let footer = format!(
            "refreshed {} · every {seconds}s · q quits",
            &crate::output::time(Some(crate::store::now_ms()))[11..]
        );
        term.draw(|f| crate::plot::watch::render(f, w, &footer))?;
        if let Some(status) = w.ended() {
            drop(term);
            drop(screen);
            return Ok(Some(status));
        }
        let deadline = Instant::now() + interval;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() || !event::poll(left)? {
                break;
            }
            match event::read()? {
                Event::Key(k) if k.kind == KeyEventKind::Press => match k.code {
                    KeyCode::Char('q') | KeyCode::Char('Q') | KeyCode::Esc => return Ok(None),
                    KeyCode::Char('c') if k.modifiers.contains(KeyModifiers::CONTROL) => {
                        drop(term);
                        drop(screen);
                        return Err(ExitWith(super::watch::CTRL_C).into());
                    }
                    _ => {}
                },
                Event::Resize(..) => {
                    term.autoresize()?;
                    term.draw(|f| crate::plot::watch::render(f, w, &footer))?;
                }
                _ => {}
            }
        }
    }
}
