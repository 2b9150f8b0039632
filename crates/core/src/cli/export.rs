//! `bienban export` and `bienban demo`: the Party documents from the
//! command line. `demo` is what a machine without a display runs to see the
//! product: the sample meetings, all three documents each.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

use super::{CliError, Context};
use crate::documents::{self, DocumentError, ExportError};
use crate::interchange;
use crate::model::{DocumentKind, MeetingId};
use crate::store::{MeetingFilter, Store};

/// Loại văn bản, as typed on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DocumentArg {
    /// Biên bản hội nghị.
    Minutes,
    /// Thông báo kết luận.
    Notice,
    /// Nghị quyết.
    Resolution,
}

impl From<DocumentArg> for DocumentKind {
    fn from(arg: DocumentArg) -> Self {
        match arg {
            DocumentArg::Minutes => DocumentKind::Minutes,
            DocumentArg::Notice => DocumentKind::Notice,
            DocumentArg::Resolution => DocumentKind::Resolution,
        }
    }
}

/// Xuất một văn bản của hội nghị ra tệp Word (.docx).
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Mã hội nghị (xem `list`).
    pub id: MeetingId,
    /// Loại văn bản: minutes (biên bản), notice (thông báo), resolution (nghị quyết).
    #[arg(long = "document", value_enum)]
    pub document: DocumentArg,
    /// Tệp .docx cần ghi.
    #[arg(long, value_name = "FILE.docx")]
    pub out: PathBuf,
    /// Số văn bản (mặc định: số đã cấp, hoặc số tiếp theo trong sổ đăng ký).
    #[arg(long, value_name = "N")]
    pub number: Option<u32>,
    /// Ghi đè tệp đã có.
    #[arg(long)]
    pub force: bool,
}

/// Tạo cơ sở dữ liệu mẫu và xuất cả ba văn bản của mọi hội nghị mẫu.
#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Thư mục ghi các tệp (và cơ sở dữ liệu mẫu demo.sqlite3 nếu không có --db).
    #[arg(long, value_name = "DIR", default_value = "bienban-demo")]
    pub out: PathBuf,
}

/// `bienban export`: prints the path written and the number line.
pub fn export(ctx: &mut Context<'_>, args: &ExportArgs) -> Result<(), CliError> {
    let store = ctx.open_store()?;
    let outcome = documents::export(&store, args.id, args.document.into(), args.number, &args.out, args.force)
        .map_err(cli_error)?;
    if store.is_read_only() {
        eprintln!("Cảnh báo: cơ sở dữ liệu chỉ đọc, số văn bản không được ghi vào sổ đăng ký.");
    }
    writeln!(ctx.out, "{}\t{}", outcome.path.display(), outcome.number_line).map_err(CliError::Write)
}

/// `bienban demo`: creates or reuses DIR/demo.sqlite3 (or `--db`), imports
/// every sample meeting not already there, and writes its three documents
/// into DIR, one path per line. Running it again rewrites the files with the
/// numbers already issued.
pub fn demo(ctx: &mut Context<'_>, args: &DemoArgs) -> Result<(), CliError> {
    std::fs::create_dir_all(&args.out).map_err(|e| {
        CliError::User(format!("Không tạo được thư mục «{}»: {}.", args.out.display(), crate::os_error::reason(&e)))
    })?;
    let db = ctx.db.clone().unwrap_or_else(|| args.out.join("demo.sqlite3"));
    let store = Store::open(&db)?;
    for (file_name, json) in interchange::samples::SAMPLES {
        let id = sample_meeting(&store, json)?;
        let stem = file_name.trim_end_matches(".json");
        for kind in DocumentKind::ALL {
            let path = args.out.join(format!("{stem}-{}.docx", file_suffix(kind)));
            documents::export(&store, id, kind, None, &path, true).map_err(cli_error)?;
            writeln!(ctx.out, "{}", path.display()).map_err(CliError::Write)?;
        }
    }
    Ok(())
}

/// The id of a sample meeting in the store, importing it the first time
/// (a meeting with the same date and title counts as already there).
fn sample_meeting(store: &Store, json: &str) -> Result<MeetingId, CliError> {
    let doc = interchange::parse(json)?;
    let existing = store
        .meetings(&MeetingFilter::default())?
        .into_iter()
        .find(|m| m.date == doc.meeting.date && m.title == crate::text::clean(&doc.meeting.title));
    match existing {
        Some(m) => Ok(m.id),
        None => Ok(interchange::import_document(store, &doc)?),
    }
}

/// Vietnamese file-name part of each kind, without diacritics so that every
/// file system and mail client keeps it intact.
fn file_suffix(kind: DocumentKind) -> &'static str {
    match kind {
        DocumentKind::Minutes => "bien-ban",
        DocumentKind::Notice => "thong-bao",
        DocumentKind::Resolution => "nghi-quyet",
    }
}

fn cli_error(e: ExportError) -> CliError {
    match e {
        ExportError::Store(e) => CliError::Store(e),
        ExportError::Document(e @ (DocumentError::Package(_) | DocumentError::Io { .. })) => {
            CliError::Internal(e.user_message())
        }
        ExportError::Document(e) => CliError::User(e.user_message()),
    }
}
