//! Running the wrapped command: its stdin, stdout and stderr are its own (a terminal stays a
//! terminal: a pseudo-terminal in raw mode stands between it and mlf's terminal, so bytes pass
//! unchanged and `isatty` is true in the child), with a copy of stdout and stderr kept in
//! files; signals mlf receives from other processes are passed on to it.

use std::fs::File;
use std::io::{IsTerminal, Read, Seek, SeekFrom, Write};
use std::os::fd::{AsFd, OwnedFd};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

/// How a stream of the child is connected.
enum Stream {
    /// Straight to mlf's own stream (no copy kept).
    Inherit,
    /// A pipe (mlf's stream is not a terminal), read by mlf.
    Piped,
    /// A pseudo-terminal in raw mode (mlf's stream is a terminal), its master read by mlf.
    Pty { master: OwnedFd, slave: OwnedFd },
}

/// Which of mlf's streams a copy goes to.
#[derive(Clone, Copy)]
enum Out {
    Stdout,
    Stderr,
}

/// A started command and the threads copying its output.
pub struct Running {
    pub child: Child,
    copiers: Vec<JoinHandle<()>>,
}

/// Why the command could not be started, as a shell says it: 127 (not found) or 126.
pub struct StartError {
    pub code: u8,
    pub message: String,
}

/// Starts `program` with `args` and `envs`; with `capture`, copies of its stdout and stderr
/// are written into the two files as they pass.
pub fn start(
    program: &str,
    args: &[String],
    envs: &[(String, String)],
    capture: Option<(File, File)>,
) -> Result<Running, StartError> {
    let (out_pipe, err_pipe) = match capture {
        None => (Stream::Inherit, Stream::Inherit),
        Some(_) => (
            pipe_for(std::io::stdout().is_terminal()),
            pipe_for(std::io::stderr().is_terminal()),
        ),
    };
    let mut cmd = Command::new(program);
    cmd.args(args).stdin(Stdio::inherit());
    for (k, v) in envs {
        cmd.env(k, v);
    }
    let (out_stdio, out_master) = connect(out_pipe);
    let (err_stdio, err_master) = connect(err_pipe);
    cmd.stdout(out_stdio).stderr(err_stdio);
    let spawned = cmd.spawn();
    // The parent's copies of the pty slaves close with the command, so that reading a
    // master ends when the child (and whatever it started) closes its side.
    drop(cmd);
    let mut child = spawned.map_err(|e| StartError {
        code: match e.kind() {
            std::io::ErrorKind::NotFound => 127,
            _ => 126,
        },
        message: format!("could not start `{program}`: {e}"),
    })?;
    let mut copiers = Vec::new();
    if let Some((out_copy, err_copy)) = capture {
        // Pipes of 1 MiB: a flood of output moves in large reads.
        for fd in [
            child.stdout.as_ref().map(|p| p.as_fd()),
            child.stderr.as_ref().map(|p| p.as_fd()),
        ]
        .into_iter()
        .flatten()
        {
            let _ = nix::fcntl::fcntl(fd, nix::fcntl::FcntlArg::F_SETPIPE_SZ(1 << 20));
        }
        // A pipe to mlf's stdout that is itself a pipe is copied by the kernel (tee and
        // splice), without passing through mlf's memory.
        match (out_master, child.stdout.take()) {
            (None, Some(pipe)) => {
                copiers.push(std::thread::spawn(move || kernel_tee(pipe, out_copy)));
            }
            (master, _) => {
                let src = source(master, None);
                copiers.extend(
                    src.map(|src| std::thread::spawn(move || tee(src, out_copy, Out::Stdout))),
                );
            }
        }
        let err_src = source(err_master, child.stderr.take().map(|s| Box::new(s) as _));
        copiers
            .extend(err_src.map(|src| std::thread::spawn(move || tee(src, err_copy, Out::Stderr))));
    }
    Ok(Running { child, copiers })
}

/// The child's side of a stream, and the master mlf reads when it is a pty.
fn connect(pipe: Stream) -> (Stdio, Option<OwnedFd>) {
    match pipe {
        Stream::Inherit => (Stdio::inherit(), None),
        Stream::Piped => (Stdio::piped(), None),
        Stream::Pty { master, slave } => (Stdio::from(slave), Some(master)),
    }
}

/// A pipe, or for a terminal a pty of the terminal's size in raw mode (no newline
/// translation: the child's bytes reach the terminal unchanged); a pipe if no pty opens.
fn pipe_for(terminal: bool) -> Stream {
    if !terminal {
        return Stream::Piped;
    }
    let size = terminal_size::terminal_size().map(|(w, h)| nix::pty::Winsize {
        ws_row: h.0,
        ws_col: w.0,
        ws_xpixel: 0,
        ws_ypixel: 0,
    });
    let raw = |slave: &OwnedFd| -> nix::Result<()> {
        let mut t = nix::sys::termios::tcgetattr(slave)?;
        nix::sys::termios::cfmakeraw(&mut t);
        nix::sys::termios::tcsetattr(slave, nix::sys::termios::SetArg::TCSANOW, &t)
    };
    match nix::pty::openpty(size.as_ref(), None) {
        Ok(pty) if raw(&pty.slave).is_ok() => Stream::Pty {
            master: pty.master,
            slave: pty.slave,
        },
        _ => Stream::Piped,
    }
}

fn source(
    master: Option<OwnedFd>,
    pipe: Option<Box<dyn Read + Send>>,
) -> Option<Box<dyn Read + Send>> {
    match master {
        Some(m) => Some(Box::new(File::from(m))),
        None => pipe,
    }
}

/// Copies the child's stdout pipe to mlf's stdout and into `copy` with `tee(2)` and
/// `splice(2)` when mlf's stdout is a pipe too; otherwise (or if the kernel refuses) as
/// [`tee`] does.
fn kernel_tee(mut pipe: std::process::ChildStdout, mut copy: File) {
    use nix::fcntl::SpliceFFlags;
    let stdout = std::io::stdout();
    let out_is_pipe = nix::sys::stat::fstat(stdout.as_fd())
        .is_ok_and(|st| st.st_mode & libc_s_ifmt() == libc_s_ififo());
    if out_is_pipe {
        let mut offset: i64 = 0;
        loop {
            let n = match nix::fcntl::tee(&pipe, stdout.as_fd(), 1 << 20, SpliceFFlags::empty()) {
                Ok(0) => {
                    // The end of the child's output (tee reads 0 only at EOF).
                    let _ = copy.flush();
                    return;
                }
                Ok(n) => n,
                Err(_) => break,
            };
            // Move the same bytes from the pipe into the copy.
            let mut left = n;
            while left > 0 {
                match nix::fcntl::splice(
                    &pipe,
                    None,
                    &copy,
                    Some(&mut offset),
                    left,
                    SpliceFFlags::empty(),
                ) {
                    Ok(0) => break,
                    Ok(m) => left -= m,
                    Err(_) => {
                        // Keep what was passed on but not yet kept, then go on in user space.
                        let mut rest = vec![0u8; left];
                        let _ = pipe.read_exact(&mut rest);
                        let _ = copy.seek(SeekFrom::Start(offset as u64));
                        let _ = copy.write_all(&rest);
                        return tee(Box::new(pipe), copy, Out::Stdout);
                    }
                }
            }
        }
        let _ = copy.seek(SeekFrom::Start(offset as u64));
    }
    tee(Box::new(pipe), copy, Out::Stdout)
}

/// `S_IFMT` and `S_IFIFO`, the file-type bits of `st_mode`.
fn libc_s_ifmt() -> u32 {
    0o170000
}

fn libc_s_ififo() -> u32 {
    0o010000
}

/// Copies a stream of the child to mlf's stream and into `copy`, as it comes (no delay).
fn tee(mut src: Box<dyn Read + Send>, mut copy: File, out: Out) {
    let mut buf = vec![0u8; 1 << 20];
    let mut to_terminal = true;
    loop {
        let n = match src.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            // A pty master reads EIO once every slave is closed: the end.
            Err(_) => break,
        };
        if to_terminal {
            let written = match out {
                Out::Stdout => {
                    let mut o = std::io::stdout().lock();
                    o.write_all(&buf[..n]).and_then(|()| o.flush())
                }
                Out::Stderr => {
                    let mut o = std::io::stderr().lock();
                    o.write_all(&buf[..n]).and_then(|()| o.flush())
                }
            };
            // A closed pipe downstream stops the passing on, not the copy.
            to_terminal = written.is_ok();
        }
        let _ = copy.write_all(&buf[..n]);
    }
    let _ = copy.flush();
}

impl Running {
    /// Waits for the command, then (briefly) for its output to be copied: a process it left
    /// running that keeps the output open does not hold mlf.
    pub fn wait(mut self) -> std::io::Result<ExitStatus> {
        let status = self.child.wait()?;
        let deadline = std::time::Instant::now() + Duration::from_secs(2);
        for c in self.copiers {
            while !c.is_finished() && std::time::Instant::now() < deadline {
                std::thread::sleep(Duration::from_millis(5));
            }
            if c.is_finished() {
                let _ = c.join();
            }
        }
        Ok(status)
    }
}

/// Signals passed on to the command while it runs.
pub struct Forwarder {
    handle: signal_hook::iterator::backend::Handle,
    thread: Option<JoinHandle<()>>,
    /// The signal mlf was interrupted with, if any (0: none).
    pub received: Arc<AtomicI32>,
}

impl Forwarder {
    /// Passes SIGINT, SIGTERM and SIGHUP on to `pid`. A signal the kernel sent (Ctrl-C at the
    /// terminal, a hang-up) already reached the command with mlf's process group and is not
    /// sent twice; one from another process (`kill`) is passed on.
    pub fn start(pid: u32) -> Option<Forwarder> {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
        use signal_hook::iterator::exfiltrator::WithOrigin;
        use signal_hook::low_level::siginfo::Cause;
        let mut signals =
            signal_hook::iterator::SignalsInfo::<WithOrigin>::new([SIGINT, SIGTERM, SIGHUP])
                .ok()?;
        let handle = signals.handle();
        let received = Arc::new(AtomicI32::new(0));
        let seen = received.clone();
        let done = Arc::new(AtomicBool::new(false));
        let thread = std::thread::spawn(move || {
            for origin in signals.forever() {
                seen.store(origin.signal, Ordering::SeqCst);
                if !matches!(origin.cause, Cause::Kernel) {
                    if let Ok(sig) = nix::sys::signal::Signal::try_from(origin.signal) {
                        let _ = nix::sys::signal::kill(nix::unistd::Pid::from_raw(pid as i32), sig);
                    }
                }
            }
            done.store(true, Ordering::SeqCst);
        });
        Some(Forwarder {
            handle,
            thread: Some(thread),
            received,
        })
    }

    /// Stops passing signals on; returns the signal mlf received, if any.
    pub fn stop(mut self) -> Option<i32> {
        self.handle.close();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
        match self.received.load(Ordering::SeqCst) {
            0 => None,
            s => Some(s),
        }
    }
}
