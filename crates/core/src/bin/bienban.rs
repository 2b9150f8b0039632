//! The `bienban` executable: a thin shell over `bienban_core::cli`.

fn main() {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let code = bienban_core::cli::run(std::env::args_os(), &mut out, &mut std::io::stderr());
    // process::exit skips destructors: flush what is buffered first. A
    // failed flush (closed pipe) has nowhere left to be reported.
    let _ = std::io::Write::flush(&mut out);
    std::process::exit(code);
}
