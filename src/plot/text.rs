//! A drawn ratatui buffer as text for stdout: plain, or with ANSI colours.

use std::fmt::Write as _;

use ratatui::buffer::Buffer;
use ratatui::style::Color;

/// Returns the buffer's lines without colour, trailing blanks cut.
pub fn plain(buf: &Buffer) -> String {
    lines(buf, false)
}

/// Returns the buffer's lines with 24-bit ANSI foreground colours.
pub fn colored(buf: &Buffer) -> String {
    lines(buf, true)
}

fn lines(buf: &Buffer, color: bool) -> String {
    let area = buf.area;
    let mut out = String::new();
    for y in area.top()..area.bottom() {
        let mut line = String::new();
        let mut current = Color::Reset;
        for x in area.left()..area.right() {
            let cell = &buf[(x, y)];
            if color && cell.fg != current {
                current = cell.fg;
                line.push_str(&sgr(current));
            }
            line.push_str(cell.symbol());
        }
        if color && current != Color::Reset {
            line.push_str("\x1b[0m");
        }
        let trimmed = if color {
            line.as_str()
        } else {
            line.trim_end()
        };
        out.push_str(trimmed);
        out.push('\n');
    }
    out
}

/// The escape sequence selecting a foreground colour.
fn sgr(c: Color) -> String {
    let mut s = String::new();
    match c {
        Color::Rgb(r, g, b) => {
            let _ = write!(s, "\x1b[38;2;{r};{g};{b}m");
        }
        Color::Gray => s.push_str("\x1b[37m"),
        Color::DarkGray => s.push_str("\x1b[90m"),
        Color::Red => s.push_str("\x1b[31m"),
        Color::Green => s.push_str("\x1b[32m"),
        Color::Yellow => s.push_str("\x1b[33m"),
        _ => s.push_str("\x1b[39m"),
    }
    s
}
