//! Lays a document model out as WordprocessingML with docx-rs, following the
//! format profile, then hands the parts to `ooxml` for schema order and
//! deflate packaging. Pure: no database, no files.
//!
//! docx-rs's paragraph-level `bold()`/`size()`/`fonts()` format only the
//! paragraph mark, so every run carries its own fonts, size and emphasis.

use docx_rs::{
    AlignmentType, BorderType, BreakType, Docx, FieldCharType, Header, InstrPAGE, InstrText, LineSpacing,
    LineSpacingType, PageMargin, Paragraph, ParagraphBorder, ParagraphBorderPosition, ParagraphBorders, Run, RunFonts,
    SpecialIndentType, Table, TableCell, TableCellMargins, TableLayoutType, TableRow, VAlignType, WidthType,
};

use crate::format_profile::{FormatProfile, PageNumberPosition};
use crate::text;

use super::DocumentError;
use super::model::{Align, Block, DocumentModel, SignatureBlock, Span};
use super::ooxml;

/// The party line in the right header column.
const PARTY_LINE: &str = "ĐẢNG CỘNG SẢN VIỆT NAM";
/// Share of the header table given to the left (issuing body) column.
const HEADER_LEFT_SHARE: f64 = 0.5;
/// The header table reaches this far into the left margin (10 mm) and half
/// as far into the right one, as in the Party's templates, so that a ward's
/// issuing body fits on one line.
const HEADER_OUTSET_LEFT: i32 = 567;
const HEADER_OUTSET_RIGHT: i32 = 284;
/// Body paragraphs kept on the same page as the signature block.
const KEPT_WITH_SIGNATURES: usize = 2;
/// Space between the last body paragraph and the closing block (12 pt).
const SPACE_BEFORE_CLOSING: u32 = 240;
/// Hanging indent of a Nơi nhận line, in twips: the width of "- " at 12 pt.
const RECIPIENT_HANG: i32 = 142;
/// Share of the text width given to the left (Nơi nhận / THƯ KÝ) closing column.
const CLOSING_LEFT_SHARE: f64 = 0.45;

/// Renders the model to the bytes of a .docx file (deflate-compressed,
/// schema-ordered for Microsoft Word).
pub fn render_docx(doc: &DocumentModel, profile: &FormatProfile) -> Result<Vec<u8>, DocumentError> {
    let layout = Layout::new(profile);
    let mut docx = Docx::new()
        .page_size(layout.page_width, layout.page_height)
        .page_margin(PageMargin {
            top: mm(profile.margin_top_mm),
            left: mm(profile.margin_left_mm),
            bottom: mm(profile.margin_bottom_mm),
            right: mm(profile.margin_right_mm),
            header: mm(profile.margin_top_mm / 2.0),
            footer: mm(profile.margin_bottom_mm / 2.0),
            gutter: 0,
        })
        .default_fonts(layout.fonts())
        .default_size(layout.body);
    docx = page_numbers(docx, profile, &layout);

    docx = docx.add_table(header_table(doc, &layout));
    docx = docx
        .add_paragraph(layout.line(&[Span::bold(&doc.title)], Align::Center, layout.title).spacing(240, 0))
        .add_paragraph(layout.line(&[Span::bold(&doc.summary)], Align::Center, layout.body).spacing(0, 0))
        .add_paragraph(layout.line(&[Span::plain("-----")], Align::Center, layout.body).spacing(0, 240));
    let mut body: Vec<Paragraph> = doc.body.iter().flat_map(|block| layout.block(block)).collect();
    // The signatures never stand alone on the last page: the closing lines
    // of the text stay with them.
    let n = body.len();
    for paragraph in body.iter_mut().skip(n.saturating_sub(KEPT_WITH_SIGNATURES)) {
        *paragraph = std::mem::take(paragraph).keep_next(true);
    }
    for paragraph in body {
        docx = docx.add_paragraph(paragraph);
    }
    docx = docx.add_table(closing_table(doc, &layout));
    ooxml::package(docx.build())
}

/// Millimetres to twentieths of a point.
fn mm(value: f64) -> i32 {
    (value * 1440.0 / 25.4).round() as i32
}

/// Points to twentieths of a point.
fn pt(value: f64) -> i32 {
    (value * 20.0).round() as i32
}

/// Points to half-points (w:sz).
fn half_points(value: f64) -> usize {
    (value * 2.0).round().max(2.0) as usize
}

/// Every length of the profile, converted once.
struct Layout {
    font: String,
    page_width: u32,
    page_height: u32,
    text_width: usize,
    body: usize,
    party: usize,
    title: usize,
    recipients: usize,
    page_number: usize,
    line: i32,
    after: u32,
    indent: i32,
}

/// A paragraph under construction with the spacing it will get.
struct Line {
    paragraph: Paragraph,
    line: i32,
}

impl Line {
    /// Space before and after, in twentieths of a point.
    fn spacing(self, before: u32, after: u32) -> Paragraph {
        self.paragraph.line_spacing(
            LineSpacing::new().line_rule(LineSpacingType::Exact).line(self.line).before(before).after(after),
        )
    }
}

impl Layout {
    fn new(p: &FormatProfile) -> Layout {
        let text_width = mm(p.page_width_mm - p.margin_left_mm - p.margin_right_mm).max(mm(40.0));
        Layout {
            font: p.font.clone(),
            page_width: mm(p.page_width_mm).max(1) as u32,
            page_height: mm(p.page_height_mm).max(1) as u32,
            text_width: text_width as usize,
            body: half_points(p.body_size_pt),
            party: half_points(p.party_line_size_pt),
            title: half_points(p.kind_title_size_pt),
            recipients: half_points(p.recipients_size_pt),
            page_number: half_points(p.page_number_size_pt),
            line: pt(p.line_spacing_pt),
            after: pt(p.space_after_pt).max(0) as u32,
            indent: mm(p.first_line_indent_mm),
        }
    }

    fn fonts(&self) -> RunFonts {
        RunFonts::new().ascii(&self.font).hi_ansi(&self.font).east_asia(&self.font).cs(&self.font)
    }

    /// One run per span: text cleaned for XML, U+000B as a line break,
    /// tabs as real tab elements.
    fn run(&self, span: &Span, size: usize) -> Run {
        let mut run = Run::new().fonts(self.fonts()).size(size);
        if span.bold {
            run = run.bold();
        }
        if span.italic {
            run = run.italic();
        }
        let text = super::typography::refine(&span.text);
        for (i, line) in text.split('\u{B}').enumerate() {
            if i > 0 {
                run = run.add_break(BreakType::TextWrapping);
            }
            for (j, piece) in line.split('\t').enumerate() {
                if j > 0 {
                    run = run.add_tab();
                }
                if !piece.is_empty() {
                    run = run.add_text(xml_text(piece));
                }
            }
        }
        run
    }

    /// A single paragraph of spans (no "\n" splitting), line height scaled to
    /// the text size so that large lines are never clipped.
    fn line(&self, spans: &[Span], align: Align, size: usize) -> Line {
        // The paragraph mark takes its font from the document defaults
        // (Times New Roman); only its size is set, which fixes the height of
        // an empty line.
        let mut paragraph = Paragraph::new()
            .align(match align {
                Align::Justify => AlignmentType::Both,
                Align::Center => AlignmentType::Center,
            })
            .size(size);
        for span in spans {
            paragraph = paragraph.add_run(self.run(span, size));
        }
        let line = self.line.max((size as i32) * 10 + 40);
        Line { paragraph, line }
    }

    /// A body block; "\n" in its text starts a new paragraph with the same
    /// layout (the emphasis of the span carries over).
    fn block(&self, block: &Block) -> Vec<Paragraph> {
        split_paragraphs(&block.spans)
            .into_iter()
            .map(|spans| {
                let mut p = self.line(&spans, block.align, self.body).spacing(0, self.after);
                if block.indent {
                    p = p.indent(None, Some(SpecialIndentType::FirstLine(self.indent)), None, None);
                }
                if block.keep_with_next {
                    p = p.keep_next(true);
                }
                p
            })
            .collect()
    }

    /// A centred line inside a table cell, no space after.
    fn cell_line(&self, spans: &[Span], size: usize) -> Paragraph {
        self.line(spans, Align::Center, size).spacing(0, 0)
    }
}

/// The text of a run through `text::clean`, skipping the normalisation work
/// for text that is already clean (nearly all of it: the store cleans on
/// save), which is most of the rendering time otherwise.
fn xml_text(piece: &str) -> String {
    let clean = piece.chars().all(|c| c != '\u{B}' && text::is_xml_char(c))
        && unicode_normalization::is_nfc_quick(piece.chars()) == unicode_normalization::IsNormalized::Yes;
    if clean { piece.to_string() } else { text::clean(piece) }
}

/// Splits spans at "\n" (and "\r\n", "\r") into paragraphs.
fn split_paragraphs(spans: &[Span]) -> Vec<Vec<Span>> {
    let mut paragraphs = vec![Vec::new()];
    for span in spans {
        let normalised = span.text.replace("\r\n", "\n").replace('\r', "\n");
        for (i, piece) in normalised.split('\n').enumerate() {
            if i > 0 {
                paragraphs.push(Vec::new());
            }
            if !piece.is_empty()
                && let Some(current) = paragraphs.last_mut()
            {
                current.push(Span { text: piece.to_string(), ..span.clone() });
            }
        }
    }
    paragraphs
}

/// The borderless two-column header: issuing body left, party line and
/// place/date right.
fn header_table(doc: &DocumentModel, layout: &Layout) -> Table {
    let total = layout.text_width + (HEADER_OUTSET_LEFT + HEADER_OUTSET_RIGHT) as usize;
    let left_width = (total as f64 * HEADER_LEFT_SHARE) as usize;
    let right_width = total - left_width;
    let h = &doc.header;

    let mut left = TableCell::new().width(left_width, WidthType::Dxa).vertical_align(VAlignType::Top);
    for line in &h.superior_body {
        left = left.add_paragraph(layout.cell_line(&[Span::plain(line.to_uppercase())], layout.body));
    }
    left = left
        .add_paragraph(layout.cell_line(&[Span::bold(h.issuing_body.to_uppercase())], layout.body))
        .add_paragraph(layout.cell_line(&[Span::plain("*")], layout.body))
        .add_paragraph(layout.cell_line(&[Span::plain(&h.number)], layout.body));

    // The short rule under the party line is a bottom border of its
    // paragraph, narrowed by indents to about the length of the text.
    let party_text_width = (layout.party as f64 * 10.0 * 0.68 * PARTY_LINE.chars().count() as f64) as i32;
    let inset = ((right_width as i32 - party_text_width) / 2).max(0);
    let party = layout
        .cell_line(&[Span::bold(PARTY_LINE)], layout.party)
        .indent(Some(inset), None, Some(inset), None)
        .set_borders(
            ParagraphBorders::with_empty()
                .set(ParagraphBorder::new(ParagraphBorderPosition::Bottom).val(BorderType::Single).size(6).space(1)),
        );
    let right = TableCell::new()
        .width(right_width, WidthType::Dxa)
        .vertical_align(VAlignType::Top)
        .add_paragraph(party)
        .add_paragraph(layout.line(&[Span::italic(&h.place_date)], Align::Center, layout.body).spacing(240, 0));

    Table::without_borders(vec![TableRow::new(vec![left, right]).cant_split()])
        .set_grid(vec![left_width, right_width])
        .width(total, WidthType::Dxa)
        .indent(-HEADER_OUTSET_LEFT)
        .margins(TableCellMargins::new().margin(0, 0, 0, 0))
        .layout(TableLayoutType::Fixed)
}

/// Signatures (and Nơi nhận) side by side in a borderless table.
fn closing_table(doc: &DocumentModel, layout: &Layout) -> Table {
    let left_width = (layout.text_width as f64 * CLOSING_LEFT_SHARE) as usize;
    let right_width = layout.text_width - left_width;
    let closing = &doc.closing;

    let mut left = TableCell::new().width(left_width, WidthType::Dxa).vertical_align(VAlignType::Top);
    match &closing.left {
        Some(block) => {
            for p in signature(block, layout) {
                left = left.add_paragraph(p);
            }
        }
        None => {
            let label = Run::new().fonts(layout.fonts()).size(layout.body).underline("single").add_text("Nơi nhận:");
            left = left.add_paragraph(
                Line {
                    paragraph: Paragraph::new().align(AlignmentType::Left).fonts(layout.fonts()).add_run(label),
                    line: layout.line,
                }
                .spacing(SPACE_BEFORE_CLOSING, 0),
            );
            for recipient in &closing.recipients {
                left = left.add_paragraph(
                    layout
                        .line(&[Span::plain(recipient)], Align::Justify, layout.recipients)
                        .paragraph
                        .align(AlignmentType::Left)
                        .line_spacing(LineSpacing::new().line_rule(LineSpacingType::Auto).line(240).before(0).after(0))
                        // A wrapped recipient continues under its text, not under the "- ".
                        .indent(Some(RECIPIENT_HANG), Some(SpecialIndentType::Hanging(RECIPIENT_HANG)), None, None),
                );
            }
        }
    }
    let mut right = TableCell::new().width(right_width, WidthType::Dxa).vertical_align(VAlignType::Top);
    for p in signature(&closing.right, layout) {
        right = right.add_paragraph(p);
    }
    Table::without_borders(vec![TableRow::new(vec![left, right]).cant_split()])
        .set_grid(vec![left_width, right_width])
        .width(layout.text_width, WidthType::Dxa)
        .layout(TableLayoutType::Fixed)
}

/// Authority (bold), position, a signing space, and the name in bold.
fn signature(block: &SignatureBlock, layout: &Layout) -> Vec<Paragraph> {
    let mut lines = Vec::new();
    // Each authority line is its own centred paragraph ("T/M ĐẢNG ỦY" /
    // "K/T BÍ THƯ"): a "\n" inside a run would be dropped by docx-rs.
    let authority: Vec<&str> = block.authority.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    for (i, line) in authority.iter().enumerate() {
        let before = if i == 0 { SPACE_BEFORE_CLOSING } else { 0 };
        lines.push(layout.line(&[Span::bold(*line)], Align::Center, layout.body).spacing(before, 0));
    }
    let position = Span { text: block.position.clone(), bold: block.position_bold, italic: false };
    let before = if authority.is_empty() { SPACE_BEFORE_CLOSING } else { 0 };
    lines.push(layout.line(&[position], Align::Center, layout.body).spacing(before, 0));
    // About 25 mm for the signature and the seal.
    lines.push(layout.line(&[Span::bold(&block.name)], Align::Center, layout.body).spacing(1440, 0));
    lines
}

/// Page numbers from the profile's first numbered page: a PAGE field built
/// from field-char runs (docx-rs's `PageNum` cannot be styled), and an empty
/// first-page header or footer when the first page carries no number.
fn page_numbers(docx: Docx, profile: &FormatProfile, layout: &Layout) -> Docx {
    let run = || Run::new().fonts(layout.fonts()).size(layout.page_number);
    let align = match profile.page_number_position {
        PageNumberPosition::BottomRight => AlignmentType::Right,
        PageNumberPosition::TopCenter | PageNumberPosition::BottomCenter => AlignmentType::Center,
    };
    let numbered = Paragraph::new()
        .align(align)
        .fonts(layout.fonts())
        .size(layout.page_number)
        .add_run(run().add_field_char(FieldCharType::Begin, false))
        .add_run(run().add_instr_text(InstrText::PAGE(InstrPAGE::new())))
        .add_run(run().add_field_char(FieldCharType::Separate, false))
        .add_run(run().add_text("2"))
        .add_run(run().add_field_char(FieldCharType::End, false));
    let blank = Paragraph::new().fonts(layout.fonts()).size(layout.page_number);
    let skip_first = profile.page_number_from > 1;
    match profile.page_number_position {
        PageNumberPosition::TopCenter => {
            let docx = docx.header(Header::new().add_paragraph(numbered));
            if skip_first { docx.first_header(Header::new().add_paragraph(blank)) } else { docx }
        }
        PageNumberPosition::BottomCenter | PageNumberPosition::BottomRight => {
            let docx = docx.footer(docx_rs::Footer::new().add_paragraph(numbered));
            if skip_first { docx.first_footer(docx_rs::Footer::new().add_paragraph(blank)) } else { docx }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fast_path_gives_exactly_what_text_clean_gives() {
        for sample in [
            "Đảng ủy phường Phúc Đồng",
            "Nguye\u{302}\u{303}n decomposed",
            "bell\u{7} nul\u{0} vt\u{B} fffe\u{FFFE} <&> 😀",
            "plain ascii",
            "",
        ] {
            assert_eq!(xml_text(sample), text::clean(sample), "{sample:?}");
        }
    }

    #[test]
    fn newlines_split_paragraphs_and_keep_emphasis() {
        let spans = vec![Span::bold("Đồng chí A"), Span::plain(": một\r\nhai\nba")];
        let paragraphs = split_paragraphs(&spans);
        let texts: Vec<Vec<(&str, bool)>> =
            paragraphs.iter().map(|p| p.iter().map(|s| (s.text.as_str(), s.bold)).collect()).collect();
        assert_eq!(
            texts,
            vec![vec![("Đồng chí A", true), (": một", false)], vec![("hai", false)], vec![("ba", false)]]
        );
    }
}
