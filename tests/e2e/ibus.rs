//! A real Vietnamese input method for the end-to-end tests: a private D-Bus
//! session, ibus-daemon with the Unikey engine (Telex), and xdotool to press
//! the keys as a keyboard would. Needs the Debian packages `ibus ibus-gtk3
//! ibus-unikey dbus-x11 xdotool imagemagick` (scripts/setup.sh).

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::harness::{Sandbox, TestResult};

/// ibus-daemon (Unikey engine active) on its own D-Bus session; both are
/// stopped on drop.
pub struct Ibus {
    bus_address: String,
    bus_pid: u32,
    stop: Command,
}

impl Ibus {
    /// Starts D-Bus and ibus in the sandbox's environment. No ibus panel: the
    /// composing word can then only be seen if the app draws it in the field.
    pub fn start(sandbox: &Sandbox) -> TestResult<Ibus> {
        for tool in ["dbus-launch", "ibus-daemon", "ibus", "xdotool", "import", "compare"] {
            if which(tool).is_none() {
                return Err(format!(
                    "{tool} not found: install ibus ibus-gtk3 ibus-unikey dbus-x11 xdotool imagemagick (scripts/setup.sh)"
                )
                .into());
            }
        }
        let output = sandbox.command("dbus-launch").arg("--sh-syntax").output()?;
        let launched = String::from_utf8_lossy(&output.stdout).into_owned();
        let value = |key: &str| {
            launched.lines().find_map(|line| {
                let rest = line.strip_prefix(key)?.strip_prefix('=')?;
                Some(rest.trim_end_matches(';').trim_matches('\'').to_string())
            })
        };
        let (Some(bus_address), Some(bus_pid)) =
            (value("DBUS_SESSION_BUS_ADDRESS"), value("DBUS_SESSION_BUS_PID").and_then(|p| p.parse().ok()))
        else {
            return Err(format!("dbus-launch gave no session: {launched}").into());
        };
        let mut stop = sandbox.command("ibus");
        stop.arg("exit").env("DBUS_SESSION_BUS_ADDRESS", &bus_address).stdout(Stdio::null()).stderr(Stdio::null());
        let ibus = Ibus { bus_address, bus_pid, stop };

        // -d: daemonise (else it exits with its parent), -x: XIM too, -r: replace.
        let status = ibus
            .command(sandbox, "ibus-daemon")
            .args(["-d", "-x", "-r", "--panel", "disable"])
            .stderr(Stdio::null())
            .status()?;
        if !status.success() {
            return Err("ibus-daemon did not start".into());
        }
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            // Exits 1 under Xvfb because setxkbmap fails, harmlessly: ask
            // which engine is active instead.
            ibus.command(sandbox, "ibus").args(["engine", "Unikey"]).stderr(Stdio::null()).status()?;
            let engine = ibus.command(sandbox, "ibus").arg("engine").stderr(Stdio::null()).output()?;
            if String::from_utf8_lossy(&engine.stdout).trim() == "Unikey" {
                return Ok(ibus);
            }
            if Instant::now() > deadline {
                return Err("ibus did not take the Unikey engine (is ibus-unikey installed?)".into());
            }
            std::thread::sleep(Duration::from_millis(200));
        }
    }

    /// What the app's environment needs to talk to this ibus.
    pub fn app_env(&self) -> [(&'static str, String); 2] {
        [("GTK_IM_MODULE", "ibus".to_string()), ("DBUS_SESSION_BUS_ADDRESS", self.bus_address.clone())]
    }

    fn command(&self, sandbox: &Sandbox, program: &str) -> Command {
        let mut command = sandbox.command(program);
        command.env("DBUS_SESSION_BUS_ADDRESS", &self.bus_address).stdout(Stdio::piped());
        command
    }
}

impl Drop for Ibus {
    fn drop(&mut self) {
        let _ = self.stop.status();
        let _ = Command::new("kill").args(["-TERM", &self.bus_pid.to_string()]).status();
    }
}

/// Presses the keys of `text` one by one at about 8 keys a second, as a
/// person types, into the window under the pointer (Xvfb has no window
/// manager: the keyboard goes where the pointer is).
pub fn type_keys(text: &str) -> TestResult {
    let status = Command::new("xdotool").args(["type", "--delay", "125", text]).status()?;
    if !status.success() {
        return Err(format!("xdotool could not type {text:?}").into());
    }
    Ok(())
}

/// Presses one named key ("Return", "Tab").
pub fn press(key: &str) -> TestResult {
    let status = Command::new("xdotool").args(["key", key]).status()?;
    if !status.success() {
        return Err(format!("xdotool could not press {key}").into());
    }
    Ok(())
}

/// Puts the pointer at a screen point, so that the keys go to the window there.
pub fn point_at(x: i64, y: i64) -> TestResult {
    Command::new("xdotool").args(["mousemove", &x.to_string(), &y.to_string()]).status()?;
    Ok(())
}

/// A region of the screen as X draws it (input method windows included),
/// saved as PNG. WebDriver's own screenshot shows only the page, and hangs
/// with the app's compositing off.
pub fn capture(region: Region, file: &Path) -> TestResult {
    let crop = format!("{}x{}+{}+{}", region.width, region.height, region.x, region.y);
    let status = Command::new("import")
        .args(["-window", "root", "-crop", &crop, "+repage"])
        .arg(file)
        .stderr(Stdio::null())
        .status()?;
    if !status.success() {
        return Err("import could not capture the screen".into());
    }
    Ok(())
}

/// How many pixels differ between two captures of the same region.
pub fn pixels_changed(before: &Path, after: &Path) -> TestResult<u64> {
    // `compare` prints the count on stderr and exits 1 when the images differ.
    let output =
        Command::new("compare").args(["-metric", "AE", "-fuzz", "10%"]).arg(before).arg(after).arg("null:").output()?;
    let shown = String::from_utf8_lossy(&output.stderr);
    let count = shown.split_whitespace().next().and_then(|n| n.parse::<f64>().ok());
    count.map(|n| n as u64).ok_or_else(|| format!("compare said {shown:?}").into())
}

#[derive(Clone, Copy, Debug)]
pub struct Region {
    pub x: i64,
    pub y: i64,
    pub width: i64,
    pub height: i64,
}

fn which(tool: &str) -> Option<std::path::PathBuf> {
    let paths = std::env::var_os("PATH")?;
    std::env::split_paths(&paths).map(|dir| dir.join(tool)).find(|path| path.is_file())
}
