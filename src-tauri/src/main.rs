//! Entry point of the Biên bản desktop app; everything lives in the library.

// No console window next to the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() -> std::process::ExitCode {
    match bienban_desktop::run() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("bienban-desktop: {error}");
            std::process::ExitCode::FAILURE
        }
    }
}
