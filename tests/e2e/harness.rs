//! What every end-to-end test needs: a private sandbox (database, HOME, XDG
//! dirs, export folder), a tauri-driver on free ports, WebDriver sessions of
//! the app, and a few waits keyed on `data-testid`.

use std::error::Error;
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;

pub type TestResult<T = ()> = Result<T, Box<dyn Error>>;

/// Long enough for a cold WebKit start on a loaded 2-core machine.
const TIMEOUT: Duration = Duration::from_secs(30);

/// The app binary, built by cargo with the same features as this test. An
/// example (the screenshot tool) gets no CARGO_BIN_EXE_*: it runs from
/// target/<profile>/examples/, next to which cargo put the app.
pub fn app_binary() -> PathBuf {
    match option_env!("CARGO_BIN_EXE_bienban-desktop") {
        Some(path) => PathBuf::from(path),
        None => std::env::current_exe()
            .ok()
            .and_then(|exe| Some(exe.parent()?.parent()?.join("bienban-desktop")))
            .unwrap_or_else(|| PathBuf::from("target/debug/bienban-desktop")),
    }
}

/// One user's machine: nothing is shared with the developer's real data or
/// with the other tests.
pub struct Sandbox {
    dir: tempfile::TempDir,
    extra_env: Vec<(&'static str, PathBuf)>,
}

impl Sandbox {
    pub fn new() -> TestResult<Sandbox> {
        let sandbox = Sandbox { dir: tempfile::tempdir()?, extra_env: Vec::new() };
        for sub in ["home", "config", "data", "cache", "runtime", "export"] {
            std::fs::create_dir_all(sandbox.dir.path().join(sub))?;
        }
        // Every test works at the office laptop's 1366×768.
        sandbox.fill_screen()?;
        Ok(sandbox)
    }

    pub fn db(&self) -> PathBuf {
        self.dir.path().join("data/bienban-test.sqlite3")
    }

    pub fn export_dir(&self) -> PathBuf {
        self.dir.path().join("export")
    }

    /// Makes the window open at 0,0 with the whole 1366×768 screen, through
    /// the window-state file the app restores its size from.
    fn fill_screen(&self) -> TestResult {
        let dir = self.dir.path().join("config/vn.bienban.desktop");
        std::fs::create_dir_all(&dir)?;
        let state = json!({ "main": {
            "width": 1366, "height": 768, "x": 0, "y": 0, "prev_x": 0, "prev_y": 0,
            "maximized": false, "visible": true, "decorated": true, "fullscreen": false
        }});
        std::fs::write(dir.join(".window-state.json"), state.to_string())?;
        Ok(())
    }

    /// One more variable for the app's environment.
    #[allow(dead_code)] // used by the screenshot tool (tests/screens.rs), not by every test
    pub fn with_env(mut self, key: &'static str, value: &str) -> Self {
        self.extra_env.push((key, PathBuf::from(value)));
        self
    }

    /// A command that runs in this sandbox's environment (same HOME and XDG
    /// dirs as the app, so ibus finds the daemon the test started).
    #[allow(dead_code)] // used by the input method test, not by every test
    pub fn command(&self, program: &str) -> Command {
        let mut command = Command::new(program);
        command.envs(self.env());
        command
    }

    /// The sandbox's config dir (XDG_CONFIG_HOME).
    #[allow(dead_code)] // used by the input method test, not by every test
    pub fn config_dir(&self) -> PathBuf {
        self.dir.path().join("config")
    }

    fn env(&self) -> Vec<(&'static str, PathBuf)> {
        let p = |sub: &str| self.dir.path().join(sub);
        let mut env = vec![
            ("BIENBAN_DB", self.db()),
            ("BIENBAN_E2E_EXPORT_DIR", self.export_dir()),
            ("HOME", p("home")),
            ("XDG_CONFIG_HOME", p("config")),
            ("XDG_DATA_HOME", p("data")),
            ("XDG_CACHE_HOME", p("cache")),
            ("XDG_RUNTIME_DIR", p("runtime")),
        ];
        env.extend(self.extra_env.iter().cloned());
        env
    }
}

/// A tauri-driver process; stopped with SIGTERM on drop so that it stops
/// its WebKitWebDriver and the app too (SIGKILL would orphan them).
pub struct Driver {
    child: Child,
    port: u16,
}

impl Driver {
    pub fn start(sandbox: &Sandbox) -> TestResult<Driver> {
        if std::env::var_os("DISPLAY").is_none() {
            return Err("no DISPLAY: run the e2e tests under xvfb-run (scripts/e2e.sh)".into());
        }
        let (port, native_port) = (free_port()?, free_port()?);
        let mut command = Command::new(tauri_driver()?);
        command
            .args(["--port", &port.to_string(), "--native-port", &native_port.to_string()])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit());
        // tauri-driver → WebKitWebDriver → the app inherit this environment.
        command.envs(sandbox.env());
        let child = command.spawn().map_err(|e| format!("cannot start tauri-driver: {e}"))?;
        let driver = Driver { child, port };
        let deadline = Instant::now() + TIMEOUT;
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            if Instant::now() > deadline {
                return Err("tauri-driver did not listen in time".into());
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        Ok(driver)
    }

    /// Launches the app and opens a WebDriver session on its window.
    pub async fn launch(&self) -> TestResult<Client> {
        let mut caps = serde_json::Map::new();
        caps.insert("browserName".into(), json!("wry"));
        caps.insert("tauri:options".into(), json!({ "application": app_binary() }));
        let client =
            ClientBuilder::native().capabilities(caps).connect(&format!("http://127.0.0.1:{}", self.port)).await?;
        Ok(client)
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = Command::new("kill").args(["-TERM", &self.child.id().to_string()]).status();
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> TestResult<u16> {
    Ok(TcpListener::bind(("127.0.0.1", 0))?.local_addr()?.port())
}

fn tauri_driver() -> TestResult<PathBuf> {
    if let Some(path) = std::env::var_os("TAURI_DRIVER") {
        return Ok(PathBuf::from(path));
    }
    let candidates = std::env::var_os("PATH")
        .map(|paths| std::env::split_paths(&paths).collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter()
        .chain(std::env::var_os("HOME").map(|h| Path::new(&h).join(".cargo/bin")))
        .map(|dir| dir.join("tauri-driver"));
    for candidate in candidates {
        if candidate.is_file() {
            return Ok(candidate);
        }
    }
    Err("tauri-driver not found: cargo install tauri-driver --locked".into())
}

/// Pids of the app processes using this sandbox's database (the test's
/// own instance, not another test's).
pub fn app_pids(sandbox: &Sandbox) -> TestResult<Vec<u32>> {
    let app = std::fs::canonicalize(app_binary())?;
    let marker = format!("BIENBAN_DB={}", sandbox.db().display());
    let mut pids = Vec::new();
    for entry in std::fs::read_dir("/proc")? {
        let entry = entry?;
        let Some(pid) = entry.file_name().to_str().and_then(|n| n.parse::<u32>().ok()) else { continue };
        let Ok(exe) = std::fs::read_link(entry.path().join("exe")) else { continue };
        if exe != app {
            continue;
        }
        let environ = std::fs::read(entry.path().join("environ")).unwrap_or_default();
        if environ.split(|b| *b == 0).any(|var| var == marker.as_bytes()) {
            pids.push(pid);
        }
    }
    Ok(pids)
}

/// SIGKILL: no chance to flush, as in a crash or a power cut of the app.
pub fn kill_app(sandbox: &Sandbox) -> TestResult {
    let pids = app_pids(sandbox)?;
    if pids.is_empty() {
        return Err("the app process was not found".into());
    }
    for pid in &pids {
        Command::new("kill").args(["-KILL", &pid.to_string()]).status()?;
    }
    let deadline = Instant::now() + Duration::from_secs(10);
    while !app_pids(sandbox)?.is_empty() {
        if Instant::now() > deadline {
            return Err("the app survived SIGKILL".into());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    Ok(())
}

pub fn css(test_id: &str) -> String {
    format!("[data-testid=\"{test_id}\"]")
}

/// Waits for the element with this `data-testid` to exist.
pub async fn wait(client: &Client, test_id: &str) -> TestResult<Element> {
    let selector = css(test_id);
    client
        .wait()
        .at_most(TIMEOUT)
        .for_element(Locator::Css(&selector))
        .await
        .map_err(|e| format!("[data-testid={test_id}] did not appear: {e}").into())
}

pub async fn click(client: &Client, test_id: &str) -> TestResult {
    wait(client, test_id).await?.click().await?;
    Ok(())
}

/// Replaces the field's content by typing, as a user would.
pub async fn type_into(client: &Client, test_id: &str, text: &str) -> TestResult {
    let field = wait(client, test_id).await?;
    field.clear().await?;
    field.send_keys(text).await?;
    Ok(())
}

/// Selector of every element whose `data-testid` is `prefix` followed by an
/// id or index ("attendance-row-" matches "attendance-row-12").
pub fn css_prefix(prefix: &str) -> String {
    format!("[data-testid^=\"{prefix}\"]")
}

/// All elements whose `data-testid` starts with `prefix`, in document order.
pub async fn all(client: &Client, prefix: &str) -> TestResult<Vec<Element>> {
    Ok(client.find_all(Locator::Css(&css_prefix(prefix))).await?)
}

/// Waits until at least `count` elements' `data-testid` start with `prefix`.
pub async fn wait_count(client: &Client, prefix: &str, count: usize) -> TestResult<Vec<Element>> {
    let deadline = Instant::now() + TIMEOUT;
    loop {
        let found = all(client, prefix).await?;
        if found.len() >= count {
            return Ok(found);
        }
        if Instant::now() > deadline {
            return Err(format!("expected {count} [data-testid^={prefix}], found {}", found.len()).into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The id suffix of an element's `data-testid` ("attendance-row-12" → "12").
pub async fn id_suffix(element: &Element, prefix: &str) -> TestResult<String> {
    let test_id = element.attr("data-testid").await?.unwrap_or_default();
    test_id.strip_prefix(prefix).map(str::to_string).ok_or_else(|| format!("{test_id} is not {prefix}…").into())
}

/// Waits until the element's visible text contains `expected`.
pub async fn wait_text(client: &Client, test_id: &str, expected: &str) -> TestResult<String> {
    let deadline = Instant::now() + TIMEOUT;
    loop {
        let text = visible_text(&wait(client, test_id).await?).await?;
        if text.contains(expected) {
            return Ok(text);
        }
        if Instant::now() > deadline {
            return Err(format!("[data-testid={test_id}] shows {text:?}, expected {expected:?}").into());
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// The rendered text of an element (`innerText`). WebKitWebDriver's own
/// "element text" returns "" for text in boxes with `overflow: hidden`, such
/// as the save status and the speech cards.
pub async fn visible_text(element: &Element) -> TestResult<String> {
    Ok(element.prop("innerText").await?.unwrap_or_default())
}

/// The element among `elements` whose text contains `needle`.
pub async fn with_text(elements: Vec<Element>, needle: &str) -> TestResult<Element> {
    for element in elements {
        if visible_text(&element).await?.contains(needle) {
            return Ok(element);
        }
    }
    Err(format!("no element shows {needle:?}").into())
}

/// Visible text and form values of the page, for "is it on screen" checks
/// that must not depend on whether a text sits in a list item or a field.
pub async fn page_text_and_values(client: &Client) -> TestResult<String> {
    let script = "return document.body.innerText + '\\n' + \
        Array.from(document.querySelectorAll('input, textarea')).map(e => e.value).join('\\n');";
    Ok(client.execute(script, vec![]).await?.as_str().unwrap_or_default().to_string())
}

/// Text of `word/document.xml` in a .docx, tags removed.
pub fn docx_text(path: &Path) -> TestResult<String> {
    let mut archive = zip::ZipArchive::new(std::fs::File::open(path)?)?;
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut archive.by_name("word/document.xml")?, &mut xml)?;
    let mut text = String::with_capacity(xml.len());
    let mut in_tag = false;
    for c in xml.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    Ok(text
        .replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'"))
}

/// On failure, keeps a screenshot of the window and the page text under
/// target/e2e-failures/ so the reason can be seen, then passes the error on.
pub async fn on_failure<T>(client: &Client, name: &str, result: TestResult<T>) -> TestResult<T> {
    if result.is_err() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/e2e-failures");
        let _ = std::fs::create_dir_all(&dir);
        // WebKit's snapshot needs accelerated compositing, which the app
        // turns off: bounded, so a missing picture never hangs the test.
        if let Ok(Ok(png)) = tokio::time::timeout(Duration::from_secs(5), client.screenshot()).await {
            let _ = std::fs::write(dir.join(format!("{name}.png")), png);
        }
        // Bounded too: after a timed-out snapshot the session may not answer.
        if let Ok(Ok(text)) = tokio::time::timeout(Duration::from_secs(5), page_text_and_values(client)).await {
            let _ = std::fs::write(dir.join(format!("{name}.txt")), text);
        }
    }
    result
}

/// `assert!` that returns an error instead of panicking, so the failure
/// screenshot can still be taken.
#[macro_export]
macro_rules! check {
    ($cond:expr, $($msg:tt)+) => {
        if !$cond {
            return Err(format!($($msg)+).into());
        }
    };
}

/// Ends the WebDriver session, bounded: after a failed test the session may
/// no longer answer, and the test must then fail, not hang.
pub async fn close(client: Client) -> TestResult {
    match tokio::time::timeout(Duration::from_secs(10), client.close()).await {
        Ok(closed) => Ok(closed?),
        Err(_) => Ok(()),
    }
}
