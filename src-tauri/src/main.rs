//! Entry point of the Biên bản desktop app; everything lives in the library.

// No console window next to the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() -> std::process::ExitCode {
    // WebKitGTK's accelerated compositing costs the web process about 45-90 MiB
    // for this page of forms and lists and brings nothing it needs (no
    // animation, no video, no 3D); it is also the usual cause of blank
    // windows on some GPU drivers. A value set by the user still wins.
    #[cfg(target_os = "linux")]
    if std::env::var_os("WEBKIT_DISABLE_COMPOSITING_MODE").is_none() {
        // SAFETY: the process has one thread here; nothing reads the
        // environment concurrently.
        unsafe { std::env::set_var("WEBKIT_DISABLE_COMPOSITING_MODE", "1") };
    }
    match bienban_desktop::run() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("bienban-desktop: {error}");
            std::process::ExitCode::FAILURE
        }
    }
}
