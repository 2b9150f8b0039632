//! Format profile: every layout number of the exported documents, in one
//! named, versioned value. "HD36-2018" (Hướng dẫn 36-HD/VPTW, 03/4/2018) is
//! the default; an office that follows other rules stores another profile
//! (Settings in the app) without any code change.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A fraction such as 2/3 (quorum) or 1/2 (majority).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Fraction {
    pub numerator: u32,
    pub denominator: u32,
}

/// Where page numbers go.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum PageNumberPosition {
    TopCenter,
    BottomCenter,
    BottomRight,
}

/// Thể thức văn bản: the layout values of one set of rules.
/// Lengths are in millimetres, sizes and spacing in points.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct FormatProfile {
    /// Unique name, e.g. "HD36-2018"; recorded with each exported document.
    pub name: String,
    /// Bumped whenever a value changes.
    pub version: u32,
    pub page_width_mm: f64,
    pub page_height_mm: f64,
    pub margin_top_mm: f64,
    pub margin_bottom_mm: f64,
    pub margin_left_mm: f64,
    pub margin_right_mm: f64,
    /// Font for every run (ascii, hAnsi, cs and eastAsia).
    pub font: String,
    pub body_size_pt: f64,
    /// Exact line spacing of body text.
    pub line_spacing_pt: f64,
    pub space_after_pt: f64,
    pub first_line_indent_mm: f64,
    /// "ĐẢNG CỘNG SẢN VIỆT NAM" in the header.
    pub party_line_size_pt: f64,
    /// Document kind (BIÊN BẢN, THÔNG BÁO, NGHỊ QUYẾT).
    pub kind_title_size_pt: f64,
    /// Nơi nhận recipient lines.
    pub recipients_size_pt: f64,
    /// Text before the number: "Số " (Party style, no colon).
    pub number_prefix: String,
    /// Digits the number is zero-padded to (2: "05").
    pub number_min_digits: u32,
    pub page_number_position: PageNumberPosition,
    pub page_number_size_pt: f64,
    /// First page that shows its number (2: none on the first page).
    pub page_number_from: u32,
    /// Members present needed for a valid meeting, of members convened.
    pub quorum: Fraction,
    /// A decision needs strictly more than this share of members convened.
    pub majority: Fraction,
}

impl FormatProfile {
    /// The default profile, from Hướng dẫn 36-HD/VPTW (2018).
    pub fn hd36_2018() -> Self {
        FormatProfile {
            name: "HD36-2018".to_string(),
            version: 1,
            page_width_mm: 210.0,
            page_height_mm: 297.0,
            margin_top_mm: 20.0,
            margin_bottom_mm: 20.0,
            margin_left_mm: 30.0,
            margin_right_mm: 15.0,
            font: "Times New Roman".to_string(),
            body_size_pt: 14.0,
            line_spacing_pt: 18.0,
            space_after_pt: 6.0,
            first_line_indent_mm: 10.0,
            party_line_size_pt: 15.0,
            kind_title_size_pt: 16.0,
            recipients_size_pt: 12.0,
            number_prefix: "Số ".to_string(),
            number_min_digits: 2,
            page_number_position: PageNumberPosition::TopCenter,
            page_number_size_pt: 14.0,
            page_number_from: 2,
            quorum: Fraction { numerator: 2, denominator: 3 },
            majority: Fraction { numerator: 1, denominator: 2 },
        }
    }
}

impl Default for FormatProfile {
    fn default() -> Self {
        Self::hd36_2018()
    }
}
