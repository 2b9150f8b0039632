//! The `bienban` command line: import, list, show and check meeting records
//! (and export documents, in `export.rs`). Messages are Vietnamese; data
//! goes to stdout, messages to stderr. Exit codes: 0 ok, 1 user error,
//! 2 internal error.

mod backup;
mod crash_worker;
mod error;
mod export;

use std::ffi::OsString;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand};

pub use crash_worker::{person_name as crash_person_name, speech_text as crash_speech_text};
pub use error::CliError;

use crate::interchange;
use crate::model::{MeetingId, MeetingKind};
use crate::store::{MeetingFilter, Store};
use crate::validate;

/// Exit code of a successful run.
pub const EXIT_OK: i32 = 0;
/// Exit code when the user's input is at fault (bad file, unknown id, bad arguments).
pub const EXIT_USER: i32 = 1;
/// Exit code when the program or the system failed.
pub const EXIT_INTERNAL: i32 = 2;

/// Biên bản: sổ hội nghị của cấp ủy — nhập, xem, kiểm tra và xuất văn bản.
#[derive(Debug, Parser)]
#[command(name = "bienban", version, disable_help_subcommand = true)]
pub struct Cli {
    /// Tệp cơ sở dữ liệu (mặc định: biến BIENBAN_DB, nếu không thì
    /// …/bienban/bienban.sqlite3 trong thư mục dữ liệu của người dùng).
    #[arg(long, global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands. To add one: a variant here, an arm in [`run_command`].
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Nhập một hội nghị từ tệp JSON (bienban.meeting/2, hoặc bienban.meeting/1 cũ); in ra mã hội nghị mới.
    Import {
        /// Tệp JSON, hoặc "-" để đọc từ đầu vào chuẩn.
        file: PathBuf,
    },
    /// Liệt kê các hội nghị, mới nhất trước: mã, ngày, loại, tiêu đề.
    List,
    /// In hội nghị dưới dạng tài liệu JSON trao đổi bienban.meeting/2 (nhập lại được bằng `import`).
    Show {
        /// Mã hội nghị (xem `list`).
        id: MeetingId,
    },
    /// Kiểm tra hội nghị và in các cảnh báo, mỗi cảnh báo một dòng.
    Check {
        /// Mã hội nghị (xem `list`).
        id: MeetingId,
    },
    /// Xuất một văn bản (biên bản, thông báo, nghị quyết) ra tệp Word.
    Export(export::ExportArgs),
    /// Tạo dữ liệu mẫu và xuất cả ba văn bản của mọi hội nghị mẫu.
    Demo(export::DemoArgs),
    /// Sao lưu toàn bộ cơ sở dữ liệu ra một tệp (nhất quán, kể cả khi ứng dụng đang ghi).
    Backup {
        /// Tệp sao lưu cần ghi (chưa có).
        out: PathBuf,
    },
    /// Khôi phục cơ sở dữ liệu từ một bản sao lưu (bản hiện tại được giữ lại trước trong thư mục backups).
    Restore {
        /// Tệp sao lưu Biên bản (.sqlite3).
        file: PathBuf,
    },
    /// Kho lưu trữ toàn bộ (bienban.archive/2; đọc được cả bienban.archive/1 cũ), để chuyển sang máy mới.
    #[command(subcommand)]
    Archive(backup::ArchiveCommand),
    /// Test-only: applies numbered edits and acknowledges each after its
    /// commit (the crash test kills this process at a random point).
    #[command(name = "crash-test-worker", hide = true)]
    CrashTestWorker {
        /// How many edits to apply.
        #[arg(long, default_value_t = 1000)]
        edits: u32,
    },
}

/// What a subcommand gets: where the database is, and where to print.
pub struct Context<'a> {
    pub db: Option<PathBuf>,
    pub out: &'a mut dyn Write,
}

impl Context<'_> {
    /// The store at `--db`, else the default path (BIENBAN_DB or the data dir).
    pub fn open_store(&self) -> Result<Store, CliError> {
        Ok(Store::open(&self.db_path()?)?)
    }

    /// `--db`, else the default path, without opening it.
    pub fn db_path(&self) -> Result<PathBuf, CliError> {
        match &self.db {
            Some(path) => Ok(path.clone()),
            None => Ok(Store::default_path()?),
        }
    }
}

/// Runs the command line with `args` (program name first) and returns the
/// exit code. Only `out` receives data; errors go to `err`.
pub fn run(args: impl IntoIterator<Item = OsString>, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            use clap::error::ErrorKind;
            let code = match e.kind() {
                ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => EXIT_OK,
                _ => EXIT_USER,
            };
            let rendered = e.render().to_string();
            // Help and version go to stdout; usage errors to stderr with a Vietnamese lead.
            let _ = if code == EXIT_OK {
                write!(out, "{rendered}")
            } else {
                write!(err, "Lệnh không hợp lệ (xem `bienban --help`).\n{rendered}")
            };
            return code;
        }
    };
    let mut ctx = Context { db: cli.db, out };
    match run_command(cli.command, &mut ctx) {
        Ok(()) => EXIT_OK,
        Err(e) => {
            let _ = writeln!(err, "Lỗi: {}", e.user_message());
            e.exit_code()
        }
    }
}

fn run_command(command: Command, ctx: &mut Context<'_>) -> Result<(), CliError> {
    match command {
        Command::Import { file } => import(ctx, &file),
        Command::List => list(ctx),
        Command::Show { id } => show(ctx, id),
        Command::Check { id } => check(ctx, id),
        Command::Export(args) => export::export(ctx, &args),
        Command::Demo(args) => export::demo(ctx, &args),
        Command::Backup { out } => backup::backup(ctx, &out),
        Command::Restore { file } => backup::restore(ctx, &file),
        Command::Archive(command) => backup::archive(ctx, &command),
        Command::CrashTestWorker { edits } => crash_worker::run(ctx, edits),
    }
}

fn read_input(file: &Path) -> Result<String, CliError> {
    let mut bytes = Vec::new();
    let result = if file == Path::new("-") {
        std::io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(file).and_then(|mut f| f.read_to_end(&mut bytes)).map(|_| ())
    };
    result.map_err(|source| CliError::Read { path: file.to_path_buf(), source })?;
    String::from_utf8(bytes).map_err(|_| CliError::NotUtf8 { path: file.to_path_buf() })
}

fn import(ctx: &mut Context<'_>, file: &Path) -> Result<(), CliError> {
    let json = read_input(file)?;
    // Parse before opening the database, so a bad file never creates one.
    let doc = interchange::parse(&json)?;
    let store = ctx.open_store()?;
    let id = interchange::import_document(&store, &doc)?;
    writeln!(ctx.out, "{id}").map_err(CliError::Write)
}

fn list(ctx: &mut Context<'_>) -> Result<(), CliError> {
    let store = ctx.open_store()?;
    for m in store.meetings(&MeetingFilter::default())? {
        writeln!(ctx.out, "{}\t{}\t{}\t{}", m.id, m.date, kind_label(m.kind), m.title).map_err(CliError::Write)?;
    }
    Ok(())
}

fn show(ctx: &mut Context<'_>, id: MeetingId) -> Result<(), CliError> {
    let store = ctx.open_store()?;
    let doc = interchange::export(&store, id)?;
    write!(ctx.out, "{}", interchange::to_json(&doc)).map_err(CliError::Write)
}

fn check(ctx: &mut Context<'_>, id: MeetingId) -> Result<(), CliError> {
    let store = ctx.open_store()?;
    let meeting = store.meeting(id)?;
    let profile_name = store.organisation()?.map(|o| o.format_profile);
    let profile = match profile_name {
        Some(name) => store.format_profile(&name)?,
        None => crate::format_profile::FormatProfile::hd36_2018(),
    };
    for w in validate::check_named(&meeting, &profile, &store.people()?) {
        let code = serde_json::to_value(w.code).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
        writeln!(ctx.out, "{code}\t{}", w.message).map_err(CliError::Write)?;
    }
    Ok(())
}

/// The Vietnamese name of a meeting kind, as `list` prints it.
pub fn kind_label(kind: MeetingKind) -> &'static str {
    match kind {
        MeetingKind::CommitteeConference => "Hội nghị Ban Chấp hành",
        MeetingKind::StandingCommittee => "Hội nghị Ban Thường vụ",
        MeetingKind::CellRegular => "Sinh hoạt chi bộ",
        MeetingKind::Extended => "Hội nghị mở rộng",
        MeetingKind::Online => "Hội nghị trực tuyến",
        MeetingKind::Other => "Hội nghị khác",
    }
}
