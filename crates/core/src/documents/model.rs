//! The document model: one Party document as pure data, between the meeting
//! record and the Word file. `prepare` builds it, `render_docx` lays it out;
//! neither side knows about the other's inputs.

use crate::model::DocumentKind;

/// A whole document: header, title block, body and closing blocks.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentModel {
    pub kind: DocumentKind,
    pub header: HeaderBlock,
    /// Tên loại văn bản in capitals: "BIÊN BẢN", "THÔNG BÁO", "NGHỊ QUYẾT".
    pub title: String,
    /// Trích yếu: the summary line, starting in lower case.
    pub summary: String,
    pub body: Vec<Block>,
    pub closing: Closing,
}

/// Phần đầu: the two-column header table.
#[derive(Debug, Clone, PartialEq)]
pub struct HeaderBlock {
    /// Cơ quan cấp trên, capitals, regular.
    pub superior_body: Vec<String>,
    /// Cơ quan ban hành, capitals, bold.
    pub issuing_body: String,
    /// Số và ký hiệu, e.g. "Số 05-TB/ĐU".
    pub number: String,
    /// Địa danh, ngày tháng, italic: "Long Biên, ngày 05 tháng 02 năm 2024".
    pub place_date: String,
}

/// Horizontal alignment of a body paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Justify,
    Center,
}

/// A run of text with its emphasis. Text may hold "\n" (new paragraph with
/// the same layout), U+000B (line break) and tabs.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Span {
    pub text: String,
    pub bold: bool,
    pub italic: bool,
}

impl Span {
    pub fn plain(text: impl Into<String>) -> Span {
        Span { text: text.into(), ..Span::default() }
    }

    pub fn bold(text: impl Into<String>) -> Span {
        Span { text: text.into(), bold: true, ..Span::default() }
    }

    pub fn italic(text: impl Into<String>) -> Span {
        Span { text: text.into(), italic: true, ..Span::default() }
    }
}

/// One body paragraph (or several, when its text holds "\n").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub spans: Vec<Span>,
    pub align: Align,
    /// First-line indent from the format profile.
    pub indent: bool,
    /// Keep on the same page as the next paragraph (headings, lead-ins).
    pub keep_with_next: bool,
}

impl Block {
    /// A justified, indented body paragraph.
    pub fn body(spans: Vec<Span>) -> Block {
        Block { spans, align: Align::Justify, indent: true, keep_with_next: false }
    }

    /// A body paragraph of plain text.
    pub fn text(text: impl Into<String>) -> Block {
        Block::body(vec![Span::plain(text)])
    }

    /// A bold heading kept with what follows.
    pub fn heading(text: impl Into<String>) -> Block {
        Block { spans: vec![Span::bold(text)], align: Align::Justify, indent: true, keep_with_next: true }
    }

    /// A centred bold line ("ĐẢNG ỦY QUYẾT NGHỊ:").
    pub fn centered_bold(text: impl Into<String>) -> Block {
        Block { spans: vec![Span::bold(text)], align: Align::Center, indent: false, keep_with_next: true }
    }

    /// The plain text of every span, for tests and logs.
    pub fn plain_text(&self) -> String {
        self.spans.iter().map(|s| s.text.as_str()).collect()
    }
}

/// The block under the body: signatures, and Nơi nhận where the kind has one.
#[derive(Debug, Clone, PartialEq)]
pub struct Closing {
    /// Left column: THƯ KÝ for minutes; empty for notice and resolution,
    /// whose left column holds the recipients.
    pub left: Option<SignatureBlock>,
    pub right: SignatureBlock,
    /// Nơi nhận lines, already with "- " and their final punctuation.
    pub recipients: Vec<String>,
}

/// Chữ ký: the lines above the signing space, then the name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignatureBlock {
    /// Authority line(s) ("T/M BAN THƯỜNG VỤ"; "T/M ĐẢNG ỦY\nK/T BÍ THƯ"),
    /// bold capitals, one line per "\n"; may be empty.
    pub authority: String,
    /// Position ("BÍ THƯ", "THƯ KÝ"), capitals.
    pub position: String,
    pub position_bold: bool,
    /// Full name, bold, under the signing space.
    pub name: String,
}
