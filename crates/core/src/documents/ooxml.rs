//! Makes docx-rs's package valid for Microsoft Word and compresses it.
//!
//! docx-rs writes the children of `w:pPr`, `w:rPr`, `w:sectPr`, … out of the
//! order the Office schema requires, gives `w:gridCol` an undeclared `type`
//! attribute, and stores the zip uncompressed (bokuweb/docx-rs issue 724).
//! Word then offers to "repair" the file. Rather than fork docx-rs, every XML
//! part it produces goes through one schema pass here: a small tree is built
//! with quick-xml (text and attribute values stay exactly as escaped by
//! docx-rs), children are stably re-ordered by the schema's sequence for
//! their parent, invalid attributes are dropped, and the parts are zipped
//! with deflate. See docs/documents.md.

use std::io::{Cursor, Write};

use docx_rs::XMLDocx;
use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};
use zip::CompressionMethod;
use zip::write::SimpleFileOptions;

use super::DocumentError;

/// Normalises every part and writes the package, deflate-compressed.
pub fn package(xml: XMLDocx) -> Result<Vec<u8>, DocumentError> {
    let mut raw: Vec<(String, Vec<u8>)> = vec![
        ("[Content_Types].xml".into(), xml.content_type),
        ("_rels/.rels".into(), xml.rels),
        ("docProps/app.xml".into(), xml.doc_props.app),
        ("docProps/core.xml".into(), xml.doc_props.core),
        ("docProps/custom.xml".into(), xml.doc_props.custom),
        ("word/_rels/document.xml.rels".into(), xml.document_rels),
        ("word/document.xml".into(), xml.document),
        ("word/styles.xml".into(), xml.styles),
        ("word/settings.xml".into(), xml.settings),
        ("word/fontTable.xml".into(), xml.font_table),
        ("word/comments.xml".into(), xml.comments),
        ("word/numbering.xml".into(), xml.numberings),
        ("word/commentsExtended.xml".into(), xml.comments_extended),
        ("word/footnotes.xml".into(), xml.footnotes),
    ];
    let headers = xml.headers.len();
    let footers = xml.footers.len();
    for (i, header) in xml.headers.into_iter().enumerate() {
        raw.push((format!("word/header{}.xml", i + 1), header));
    }
    // docx-rs always builds three header and three footer relationship
    // parts; only those of parts that exist belong in the package.
    for (i, rels) in xml.header_rels.into_iter().enumerate().take(headers) {
        raw.push((format!("word/_rels/header{}.xml.rels", i + 1), rels));
    }
    for (i, footer) in xml.footers.into_iter().enumerate() {
        raw.push((format!("word/footer{}.xml", i + 1), footer));
    }
    for (i, rels) in xml.footer_rels.into_iter().enumerate().take(footers) {
        raw.push((format!("word/_rels/footer{}.xml.rels", i + 1), rels));
    }

    let mut parts = Vec::with_capacity(raw.len() + 1);
    for (name, bytes) in raw {
        let tree = parse(&bytes).map_err(|e| DocumentError::Package(format!("{name}: {e}")))?;
        parts.push(Part { name, tree });
    }
    complete(&mut parts);

    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::with_capacity(64 * 1024)));
    // Level 1: WordprocessingML is so repetitive that the fastest level
    // already shrinks it about tenfold, at a third of the default's time.
    let options =
        SimpleFileOptions::default().compression_method(CompressionMethod::Deflated).compression_level(Some(1));
    let mut buffer = Vec::with_capacity(256 * 1024);
    for part in &parts {
        buffer.clear();
        part.tree.write(&mut buffer);
        zip.start_file(part.name.as_str(), options).map_err(|e| DocumentError::Package(e.to_string()))?;
        zip.write_all(&buffer).map_err(|e| DocumentError::Package(e.to_string()))?;
    }
    let cursor = zip.finish().map_err(|e| DocumentError::Package(e.to_string()))?;
    Ok(cursor.into_inner())
}

struct Part {
    name: String,
    tree: Tree,
}

const THEME_PART: &str = "word/theme/theme1.xml";
const THEME_REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme";
const THEME_TYPE: &str = "application/vnd.openxmlformats-officedocument.theme+xml";

/// Package-level repairs: Word requires a theme relationship from the main
/// document, and parts that nothing refers to (docx-rs always writes
/// comments, numbering and footnotes) are dropped with their content types.
/// Fewer parts also means less time: each deflate stream has a fixed setup
/// cost larger than that of compressing a small part.
fn complete(parts: &mut Vec<Part>) {
    // No document here has comments, so their extension part goes too.
    if let Some(rels) = parts.iter_mut().find(|p| p.name == "word/_rels/document.xml.rels")
        && let Some(document) = rels.tree.document_mut()
    {
        document.children.retain(|n| {
                !matches!(n, Node::Element(r) if r.attribute(b"Type").is_some_and(|t| t.ends_with("/commentsExtended")))
            });
    }
    // A relationships part without relationships says nothing.
    parts.retain(|p| !p.name.ends_with(".rels") || p.tree.document().is_some_and(|d| d.elements().next().is_some()));
    let referenced: Vec<String> = parts
        .iter()
        .find(|p| p.name == "word/_rels/document.xml.rels")
        .and_then(|rels| rels.tree.document())
        .map(|rels| rels.elements().filter_map(|r| r.attribute(b"Target")).map(|t| format!("word/{t}")).collect())
        .unwrap_or_default();
    parts.retain(|p| {
        let is_word_part = p.name.starts_with("word/") && !p.name.starts_with("word/_rels/");
        !is_word_part || p.name == "word/document.xml" || referenced.contains(&p.name)
    });
    let shipped: Vec<String> = parts.iter().map(|p| format!("/{}", p.name)).collect();

    for part in parts.iter_mut() {
        let Some(document) = part.tree.document_mut() else { continue };
        match part.name.as_str() {
            "[Content_Types].xml" => {
                document.children.retain(|n| match n {
                    Node::Element(e) if e.name() == b"Override" => {
                        e.attribute(b"PartName").is_some_and(|name| shipped.contains(&name))
                    }
                    _ => true,
                });
                document.children.push(Node::Element(Element::empty(&format!(
                    "Override PartName=\"/{THEME_PART}\" ContentType=\"{THEME_TYPE}\""
                ))));
            }
            "word/_rels/document.xml.rels" => {
                document.children.push(Node::Element(Element::empty(&format!(
                    "Relationship Id=\"rIdTheme1\" Type=\"{THEME_REL}\" Target=\"theme/theme1.xml\""
                ))));
            }
            _ => {}
        }
    }
    if let Ok(tree) = parse(THEME_XML.as_bytes()) {
        parts.push(Part { name: THEME_PART.to_string(), tree });
    }
}

/// A minimal Office theme whose fonts are Times New Roman, so that nothing
/// falls back to a theme font.
const THEME_XML: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
    r#"<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Bien ban">"#,
    r#"<a:themeElements><a:clrScheme name="Bien ban">"#,
    r#"<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>"#,
    r#"<a:dk2><a:srgbClr val="000000"/></a:dk2><a:lt2><a:srgbClr val="FFFFFF"/></a:lt2>"#,
    r#"<a:accent1><a:srgbClr val="4472C4"/></a:accent1><a:accent2><a:srgbClr val="ED7D31"/></a:accent2>"#,
    r#"<a:accent3><a:srgbClr val="A5A5A5"/></a:accent3><a:accent4><a:srgbClr val="FFC000"/></a:accent4>"#,
    r#"<a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="70AD47"/></a:accent6>"#,
    r#"<a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme>"#,
    r#"<a:fontScheme name="Bien ban">"#,
    r#"<a:majorFont><a:latin typeface="Times New Roman"/><a:ea typeface="Times New Roman"/><a:cs typeface="Times New Roman"/></a:majorFont>"#,
    r#"<a:minorFont><a:latin typeface="Times New Roman"/><a:ea typeface="Times New Roman"/><a:cs typeface="Times New Roman"/></a:minorFont>"#,
    r#"</a:fontScheme><a:fmtScheme name="Bien ban"><a:fillStyleLst>"#,
    r#"<a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>"#,
    r#"</a:fillStyleLst><a:lnStyleLst>"#,
    r#"<a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>"#,
    r#"</a:lnStyleLst><a:effectStyleLst>"#,
    r#"<a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle>"#,
    r#"</a:effectStyleLst><a:bgFillStyleLst>"#,
    r#"<a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>"#,
    r#"</a:bgFillStyleLst></a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>"#,
);

/// An element as written: its raw start tag (name and attributes, escaped as
/// in the source) and its children.
struct Element {
    raw: Vec<u8>,
    name_len: usize,
    children: Vec<Node>,
}

enum Node {
    Element(Element),
    /// Text, entity references and CDATA, kept byte for byte.
    Raw(Vec<u8>),
}

impl Element {
    fn name(&self) -> &[u8] {
        &self.raw[..self.name_len]
    }

    /// An element without children from its start-tag text.
    fn empty(raw: &str) -> Element {
        let name_len = raw.find(' ').unwrap_or(raw.len());
        Element { raw: raw.as_bytes().to_vec(), name_len, children: Vec::new() }
    }

    fn elements(&self) -> impl Iterator<Item = &Element> {
        self.children.iter().filter_map(|n| match n {
            Node::Element(e) => Some(e),
            Node::Raw(_) => None,
        })
    }

    /// An attribute's value as written (still escaped).
    fn attribute(&self, key: &[u8]) -> Option<String> {
        let content = std::str::from_utf8(&self.raw).ok()?;
        let start = BytesStart::from_content(content, self.name_len);
        let found = start.attributes().with_checks(false).flatten().find(|a| a.key.as_ref() == key)?;
        String::from_utf8(found.value.to_vec()).ok()
    }
}

/// One XML part: its declaration and a synthetic root holding the document
/// element.
struct Tree {
    prolog: Vec<u8>,
    root: Element,
}

impl Tree {
    /// The document element (Types, Relationships, w:document, …).
    fn document(&self) -> Option<&Element> {
        self.root.elements().next()
    }

    fn document_mut(&mut self) -> Option<&mut Element> {
        self.root.children.iter_mut().find_map(|n| match n {
            Node::Element(e) => Some(e),
            Node::Raw(_) => None,
        })
    }

    fn write(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.prolog);
        for child in &self.root.children {
            if let Node::Element(e) = child {
                write(e, out);
            }
        }
    }
}

/// Parses one XML part, fixes it, and writes it back.
#[cfg(test)]
fn normalise(xml: &[u8]) -> Result<Vec<u8>, String> {
    let tree = parse(xml)?;
    let mut out = Vec::with_capacity(xml.len() + 64);
    tree.write(&mut out);
    Ok(out)
}

/// Parses a part into a tree, applying the schema fixes to each element as
/// it closes (its parent is then on top of the stack).
fn parse(xml: &[u8]) -> Result<Tree, String> {
    let mut reader = Reader::from_reader(xml);
    reader.config_mut().trim_text(false);
    let mut prolog: Vec<u8> = Vec::new();
    let mut stack: Vec<Element> = vec![Element { raw: Vec::new(), name_len: 0, children: Vec::new() }];
    loop {
        let event = reader.read_event().map_err(|e| e.to_string())?;
        match event {
            Event::Start(start) => stack.push(element(&start)),
            Event::Empty(start) => close(&mut stack, element(&start))?,
            Event::End(_) => {
                let done = stack.pop().ok_or("unbalanced end tag")?;
                close(&mut stack, done)?;
            }
            Event::Text(text) => push(&mut stack, Node::Raw(text.to_vec())),
            Event::GeneralRef(name) => {
                let mut raw = Vec::with_capacity(name.len() + 2);
                raw.push(b'&');
                raw.extend_from_slice(&name);
                raw.push(b';');
                push(&mut stack, Node::Raw(raw));
            }
            Event::CData(data) => {
                let mut raw = b"<![CDATA[".to_vec();
                raw.extend_from_slice(&data);
                raw.extend_from_slice(b"]]>");
                push(&mut stack, Node::Raw(raw));
            }
            Event::Decl(decl) => {
                prolog.extend_from_slice(b"<?");
                prolog.extend_from_slice(&decl);
                prolog.extend_from_slice(b"?>");
            }
            Event::Comment(_) | Event::PI(_) | Event::DocType(_) => {}
            Event::Eof => break,
        }
    }
    match stack.pop() {
        Some(root) if stack.is_empty() => Ok(Tree { prolog, root }),
        _ => Err("unclosed element".into()),
    }
}

/// Fixes a complete element against its parent and attaches it.
fn close(stack: &mut [Element], mut done: Element) -> Result<(), String> {
    let parent = stack.last_mut().ok_or("unbalanced end tag")?;
    fix(&mut done, parent.name());
    parent.children.push(Node::Element(done));
    Ok(())
}

fn element(start: &BytesStart) -> Element {
    Element { raw: start.to_vec(), name_len: start.name().as_ref().len(), children: Vec::new() }
}

fn push(stack: &mut [Element], node: Node) {
    if let Some(parent) = stack.last_mut() {
        parent.children.push(node);
    }
}

fn write(e: &Element, out: &mut Vec<u8>) {
    out.push(b'<');
    out.extend_from_slice(&e.raw);
    if e.children.is_empty() {
        out.extend_from_slice(b"/>");
        return;
    }
    out.push(b'>');
    for child in &e.children {
        match child {
            Node::Element(c) => write(c, out),
            Node::Raw(raw) => out.extend_from_slice(raw),
        }
    }
    out.extend_from_slice(b"</");
    out.extend_from_slice(e.name());
    out.push(b'>');
}

/// Applies the schema fixes to one element whose children are complete.
fn fix(e: &mut Element, parent: &[u8]) {
    if e.name() == b"w:gridCol" {
        drop_attribute(e, b"w:type");
    }
    // In styles, numbering levels and document defaults `w:pPr` is
    // CT_PPrGeneral, which has no run properties; docx-rs writes an empty
    // (or duplicate) `w:rPr` there.
    if e.name() == b"w:pPr" && matches!(parent, b"w:style" | b"w:lvl" | b"w:pPrDefault") {
        e.children.retain(|n| !matches!(n, Node::Element(c) if c.name() == b"w:rPr"));
    }
    if e.name() == b"w:r" {
        no_break_hyphens(e);
    }
    if let Some(order) = schema_order(e.name()) {
        reorder(e, order);
    }
}

/// U+2011 in a run's text becomes `w:noBreakHyphen` between text pieces,
/// which Word and LibreOffice draw as a hyphen that never ends a line.
fn no_break_hyphens(run: &mut Element) {
    const MARK: &str = "\u{2011}";
    if !run.children.iter().any(|n| matches!(n, Node::Element(t) if t.name() == b"w:t" && raw_text(t).contains(MARK))) {
        return;
    }
    let children = std::mem::take(&mut run.children);
    for child in children {
        match child {
            Node::Element(t) if t.name() == b"w:t" && raw_text(&t).contains(MARK) => {
                let text = raw_text(&t);
                for (i, piece) in text.split(MARK).enumerate() {
                    if i > 0 {
                        run.children.push(Node::Element(Element::empty("w:noBreakHyphen")));
                    }
                    if !piece.is_empty() {
                        let mut part = Element::empty(r#"w:t xml:space="preserve""#);
                        part.children.push(Node::Raw(piece.as_bytes().to_vec()));
                        run.children.push(Node::Element(part));
                    }
                }
            }
            other => run.children.push(other),
        }
    }
}

/// The raw (still escaped) text of an element's direct text children.
fn raw_text(e: &Element) -> String {
    let bytes: Vec<u8> = e
        .children
        .iter()
        .filter_map(|n| match n {
            Node::Raw(raw) => Some(raw.as_slice()),
            Node::Element(_) => None,
        })
        .flatten()
        .copied()
        .collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

fn drop_attribute(e: &mut Element, attribute: &[u8]) {
    let Ok(content) = std::str::from_utf8(&e.raw) else { return };
    let start = BytesStart::from_content(content, e.name_len);
    let mut raw = e.name().to_vec();
    for attr in start.attributes().with_checks(false).flatten() {
        if attr.key.as_ref() == attribute {
            continue;
        }
        raw.push(b' ');
        raw.extend_from_slice(attr.key.as_ref());
        raw.extend_from_slice(b"=\"");
        raw.extend_from_slice(&attr.value);
        raw.push(b'"');
    }
    e.raw = raw;
}

/// Stable sort of the children by their position in the schema sequence;
/// children the table does not know keep their place at the end.
fn reorder(e: &mut Element, order: &[&str]) {
    let rank = |node: &Node| match node {
        Node::Element(c) => {
            let local = c.name().strip_prefix(b"w:").unwrap_or(c.name());
            order.iter().position(|n| n.as_bytes() == local).unwrap_or(order.len())
        }
        Node::Raw(_) => order.len() + 1,
    };
    let sorted = e.children.windows(2).all(|w| rank(&w[0]) <= rank(&w[1]));
    if !sorted {
        e.children.sort_by_key(rank);
    }
}

/// Child sequences from the ECMA-376 transitional schema (wml.xsd) for the
/// elements docx-rs writes out of order.
fn schema_order(name: &[u8]) -> Option<&'static [&'static str]> {
    Some(match name {
        b"w:pPr" => &[
            "pStyle",
            "keepNext",
            "keepLines",
            "pageBreakBefore",
            "framePr",
            "widowControl",
            "numPr",
            "suppressLineNumbers",
            "pBdr",
            "shd",
            "tabs",
            "suppressAutoHyphens",
            "kinsoku",
            "wordWrap",
            "overflowPunct",
            "topLinePunct",
            "autoSpaceDE",
            "autoSpaceDN",
            "bidi",
            "adjustRightInd",
            "snapToGrid",
            "spacing",
            "ind",
            "contextualSpacing",
            "mirrorIndents",
            "suppressOverlap",
            "jc",
            "textDirection",
            "textAlignment",
            "textboxTightWrap",
            "outlineLvl",
            "divId",
            "cnfStyle",
            "rPr",
            "sectPr",
            "pPrChange",
        ],
        b"w:rPr" => &[
            "ins",
            "del",
            "moveFrom",
            "moveTo",
            "rStyle",
            "rFonts",
            "b",
            "bCs",
            "i",
            "iCs",
            "caps",
            "smallCaps",
            "strike",
            "dstrike",
            "outline",
            "shadow",
            "emboss",
            "imprint",
            "noProof",
            "snapToGrid",
            "vanish",
            "webHidden",
            "color",
            "spacing",
            "w",
            "kern",
            "position",
            "sz",
            "szCs",
            "highlight",
            "u",
            "effect",
            "bdr",
            "shd",
            "fitText",
            "vertAlign",
            "rtl",
            "cs",
            "em",
            "lang",
            "eastAsianLayout",
            "specVanish",
            "oMath",
            "rPrChange",
        ],
        b"w:sectPr" => &[
            "headerReference",
            "footerReference",
            "footnotePr",
            "endnotePr",
            "type",
            "pgSz",
            "pgMar",
            "paperSrc",
            "pgBorders",
            "lnNumType",
            "pgNumType",
            "cols",
            "formProt",
            "vAlign",
            "noEndnote",
            "titlePg",
            "textDirection",
            "bidi",
            "rtlGutter",
            "docGrid",
            "printerSettings",
            "sectPrChange",
        ],
        b"w:tblPr" => &[
            "tblStyle",
            "tblpPr",
            "tblOverlap",
            "bidiVisual",
            "tblStyleRowBandSize",
            "tblStyleColBandSize",
            "tblW",
            "jc",
            "tblCellSpacing",
            "tblInd",
            "tblBorders",
            "shd",
            "tblLayout",
            "tblCellMar",
            "tblLook",
            "tblCaption",
            "tblDescription",
            "tblPrChange",
        ],
        b"w:tcPr" => &[
            "cnfStyle",
            "tcW",
            "gridSpan",
            "hMerge",
            "vMerge",
            "tcBorders",
            "shd",
            "noWrap",
            "tcMar",
            "textDirection",
            "tcFitText",
            "vAlign",
            "hideMark",
            "headers",
            "cellIns",
            "cellDel",
            "cellMerge",
            "tcPrChange",
        ],
        b"w:tblBorders" | b"w:tcBorders" => {
            &["top", "left", "start", "bottom", "right", "end", "insideH", "insideV", "tl2br", "tr2bl"]
        }
        b"w:pBdr" => &["top", "left", "bottom", "right", "between", "bar"],
        b"w:settings" => SETTINGS_ORDER,
        b"w:tblCellMar" | b"w:tcMar" => &["top", "left", "start", "bottom", "right", "end"],
        b"w:style" => &[
            "name",
            "aliases",
            "basedOn",
            "next",
            "link",
            "autoRedefine",
            "hidden",
            "uiPriority",
            "semiHidden",
            "unhideWhenUsed",
            "qFormat",
            "locked",
            "personal",
            "personalCompose",
            "personalReply",
            "rsid",
            "pPr",
            "rPr",
            "tblPr",
            "trPr",
            "tcPr",
            "tblStylePr",
        ],
        _ => return None,
    })
}

/// CT_Settings, in schema order.
const SETTINGS_ORDER: &[&str] = &[
    "writeProtection",
    "view",
    "zoom",
    "removePersonalInformation",
    "removeDateAndTime",
    "doNotDisplayPageBoundaries",
    "displayBackgroundShape",
    "printPostScriptOverText",
    "printFractionalCharacterWidth",
    "printFormsData",
    "embedTrueTypeFonts",
    "embedSystemFonts",
    "saveSubsetFonts",
    "saveFormsData",
    "mirrorMargins",
    "alignBordersAndEdges",
    "bordersDoNotSurroundHeader",
    "bordersDoNotSurroundFooter",
    "gutterAtTop",
    "hideSpellingErrors",
    "hideGrammaticalErrors",
    "activeWritingStyle",
    "proofState",
    "formsDesign",
    "attachedTemplate",
    "linkStyles",
    "stylePaneFormatFilter",
    "stylePaneSortMethod",
    "documentType",
    "mailMerge",
    "revisionView",
    "trackRevisions",
    "doNotTrackMoves",
    "doNotTrackFormatting",
    "documentProtection",
    "autoFormatOverride",
    "styleLockTheme",
    "styleLockQFSet",
    "defaultTabStop",
    "autoHyphenation",
    "consecutiveHyphenLimit",
    "hyphenationZone",
    "doNotHyphenateCaps",
    "showEnvelope",
    "summaryLength",
    "clickAndTypeStyle",
    "defaultTableStyle",
    "evenAndOddHeaders",
    "bookFoldRevPrinting",
    "bookFoldPrinting",
    "bookFoldPrintingSheets",
    "drawingGridHorizontalSpacing",
    "drawingGridVerticalSpacing",
    "displayHorizontalDrawingGridEvery",
    "displayVerticalDrawingGridEvery",
    "doNotUseMarginsForDrawingGridOrigin",
    "drawingGridHorizontalOrigin",
    "drawingGridVerticalOrigin",
    "doNotShadeFormData",
    "noPunctuationKerning",
    "characterSpacingControl",
    "printTwoOnOne",
    "strictFirstAndLastChars",
    "noLineBreaksAfter",
    "noLineBreaksBefore",
    "savePreviewPicture",
    "doNotValidateAgainstSchema",
    "saveInvalidXml",
    "ignoreMixedContent",
    "alwaysShowPlaceholderText",
    "doNotDemarcateInvalidXml",
    "saveXmlDataOnly",
    "useXSLTWhenSaving",
    "saveThroughXslt",
    "showXMLTags",
    "alwaysMergeEmptyNamespace",
    "updateFields",
    "hdrShapeDefaults",
    "footnotePr",
    "endnotePr",
    "compat",
    "docVars",
    "rsids",
    "mathPr",
    "attachedSchema",
    "themeFontLang",
    "clrSchemeMapping",
    "doNotIncludeSubdocsInStats",
    "doNotAutoCompressPictures",
    "forceUpgrade",
    "captions",
    "readModeInkLockDown",
    "smartTagType",
    "schemaLibrary",
    "shapeDefaults",
    "doNotEmbedSmartTags",
    "decimalSymbol",
    "listSeparator",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn text(bytes: Vec<u8>) -> String {
        String::from_utf8(bytes).unwrap_or_default()
    }

    #[test]
    fn run_properties_come_out_in_schema_order() {
        let xml = br#"<w:r><w:rPr><w:sz w:val="28"/><w:b/><w:rFonts w:ascii="X"/></w:rPr><w:t>a &amp; b</w:t></w:r>"#;
        let out = text(normalise(xml).unwrap_or_default());
        assert_eq!(
            out,
            r#"<w:r><w:rPr><w:rFonts w:ascii="X"/><w:b/><w:sz w:val="28"/></w:rPr><w:t>a &amp; b</w:t></w:r>"#
        );
    }

    #[test]
    fn grid_columns_lose_the_undeclared_type_attribute() {
        let xml = br#"<w:tblGrid><w:gridCol w:w="4000" w:type="dxa"/></w:tblGrid>"#;
        assert_eq!(text(normalise(xml).unwrap_or_default()), r#"<w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid>"#);
    }

    #[test]
    fn text_and_declaration_survive_byte_for_byte() {
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:t xml:space=\"preserve\"> Đảng &lt;&gt; 😀 </w:t>";
        assert_eq!(text(normalise(xml.as_bytes()).unwrap_or_default()), xml);
    }

    #[test]
    fn malformed_xml_is_an_error_not_a_panic() {
        assert!(normalise(b"<a><b></a>").is_err());
    }
}
