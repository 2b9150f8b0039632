//! Opens each produced .docx as a user's word processor would (a zip of
//! XML) and checks what a reader of the printed document would notice:
//! page, fonts, header, number, date, the order of speeches and
//! conclusions, signatures, recipients, page numbers — for all three kinds.

mod documents_support;

use bienban_core::documents::{prepare, render_docx};
use bienban_core::format_profile::FormatProfile;
use bienban_core::model::*;
use documents_support::*;

fn render(kind: DocumentKind, meeting: &Meeting, profile: &FormatProfile) -> Package {
    let model = prepare(kind, meeting, &people(), 5, profile);
    Package::open(&render_docx(&model, profile).expect("renders"))
}

fn document(package: &Package) -> roxmltree::Document<'_> {
    roxmltree::Document::parse(package.part("word/document.xml")).expect("document.xml parses")
}

fn body_paragraphs(package: &Package) -> Vec<Para> {
    paragraphs(package.part("word/document.xml")).into_iter().filter(|p| !p.in_table).collect()
}

fn position(paragraphs: &[Para], needle: &str) -> usize {
    paragraphs
        .iter()
        .position(|p| p.text.contains(needle))
        .unwrap_or_else(|| panic!("no paragraph contains {needle:?}"))
}

#[test]
fn page_size_and_margins_come_from_the_profile() {
    let older_office = FormatProfile {
        margin_top_mm: 25.0,
        margin_bottom_mm: 25.0,
        margin_left_mm: 35.0,
        ..FormatProfile::hd36_2018()
    };
    for profile in [FormatProfile::hd36_2018(), older_office] {
        for kind in DocumentKind::ALL {
            let package = render(kind, &meeting(), &profile);
            let doc = document(&package);
            let sect = doc.descendants().find(|n| n.tag_name().name() == "sectPr").expect("sectPr");
            let size = child(sect, "pgSz").expect("pgSz");
            assert_eq!(attr(size, "w"), Some("11906"), "A4 width");
            assert_eq!(attr(size, "h"), Some("16838"), "A4 height");
            let margins = child(sect, "pgMar").expect("pgMar");
            let twips = |mm: f64| ((mm * 1440.0 / 25.4).round() as i64).to_string();
            assert_eq!(attr(margins, "top"), Some(twips(profile.margin_top_mm).as_str()));
            assert_eq!(attr(margins, "bottom"), Some(twips(profile.margin_bottom_mm).as_str()));
            assert_eq!(attr(margins, "left"), Some(twips(profile.margin_left_mm).as_str()));
            assert_eq!(attr(margins, "right"), Some(twips(profile.margin_right_mm).as_str()));
        }
    }
}

#[test]
fn every_run_is_times_new_roman_in_all_four_scripts() {
    for kind in DocumentKind::ALL {
        let package = render(kind, &meeting(), &FormatProfile::hd36_2018());
        let mut runs = 0;
        for (name, xml) in &package.parts {
            if !(name == "word/document.xml" || name.starts_with("word/header")) {
                continue;
            }
            for p in paragraphs(xml) {
                for run in p.runs {
                    runs += 1;
                    let expected = Some("Times New Roman".to_string());
                    assert!(
                        run.fonts.iter().all(|f| *f == expected),
                        "{kind:?} {name}: run {:?} has fonts {:?}",
                        run.text,
                        run.fonts
                    );
                }
            }
        }
        assert!(runs > 20, "{kind:?}: only {runs} runs");
    }
}

#[test]
fn header_block_has_the_party_layout() {
    for kind in DocumentKind::ALL {
        let package = render(kind, &meeting(), &FormatProfile::hd36_2018());
        let doc = document(&package);
        let header_table = doc.descendants().find(|n| n.tag_name().name() == "tbl").expect("header table");
        let borders = header_table.descendants().find(|n| n.tag_name().name() == "tblBorders").expect("tblBorders");
        for border in borders.children().filter(|n| n.is_element()) {
            assert!(
                matches!(attr(border, "val"), Some("none" | "nil")),
                "{kind:?}: header table border {:?}",
                border.tag_name().name()
            );
        }
        let cells: Vec<_> = header_table.descendants().filter(|n| n.tag_name().name() == "tc").collect();
        assert_eq!(cells.len(), 2, "two columns");
        let left = paragraphs_in(cells[0]);
        let right = paragraphs_in(cells[1]);
        let texts: Vec<&str> = left.iter().map(|p| p.text.as_str()).collect();
        let number = match kind {
            DocumentKind::Minutes => "Số 05-BB/ĐU",
            DocumentKind::Notice => "Số 05-TB/ĐU",
            DocumentKind::Resolution => "Số 05-NQ/ĐU",
        };
        assert_eq!(texts, vec!["ĐẢNG BỘ QUẬN LONG BIÊN", "ĐẢNG ỦY PHƯỜNG ĐỨC GIANG", "*", number]);
        assert!(left.iter().all(|p| p.jc.as_deref() == Some("center")), "left column centred");
        assert!(!left[0].runs[0].bold, "superior body is regular");
        assert!(left[1].runs.iter().all(|r| r.bold), "issuing body is bold");
        assert!(!left[3].runs[0].bold && !left[3].text.contains(':'), "number: regular, no colon");

        assert_eq!(right[0].text, "ĐẢNG CỘNG SẢN VIỆT NAM");
        assert!(right[0].runs.iter().all(|r| r.bold && r.size_half_points == Some(30)), "party line bold 15 pt");
        assert!(right[0].bottom_border, "party line has its rule");
        assert_eq!(right[1].text, "Long Biên, ngày 27 tháng 02 năm 2018");
        assert!(right[1].runs.iter().all(|r| r.italic && !r.bold), "place and date italic");

        let body = body_paragraphs(&package);
        let title = match kind {
            DocumentKind::Minutes => "BIÊN BẢN",
            DocumentKind::Notice => "THÔNG BÁO",
            DocumentKind::Resolution => "NGHỊ QUYẾT",
        };
        assert_eq!(body[0].text, title);
        assert!(body[0].runs.iter().all(|r| r.bold) && body[0].jc.as_deref() == Some("center"));
        assert!(
            body[1].text.chars().next().is_some_and(char::is_lowercase),
            "summary starts lower case: {}",
            body[1].text
        );
        assert!(body[1].runs.iter().all(|r| r.bold));
        assert_eq!(body[2].text, "-----");
    }
}

#[test]
fn the_date_line_pads_days_below_ten_and_january_february_only() {
    let cases = [
        (date(2024, 2, 5), "Long Biên, ngày 05 tháng 02 năm 2024"),
        (date(2023, 9, 12), "Long Biên, ngày 12 tháng 9 năm 2023"),
        (date(2018, 4, 3), "Long Biên, ngày 03 tháng 4 năm 2018"),
        (date(2019, 11, 20), "Long Biên, ngày 20 tháng 11 năm 2019"),
    ];
    for (day, expected) in cases {
        let m = Meeting { date: day, ..meeting() };
        for kind in DocumentKind::ALL {
            let all = paragraphs(render(kind, &m, &FormatProfile::hd36_2018()).part("word/document.xml"));
            assert!(all.iter().any(|p| p.text == expected), "{kind:?}: no line {expected:?}");
        }
    }
}

#[test]
fn minutes_hold_every_section_and_every_speech_in_order() {
    let package = render(DocumentKind::Minutes, &meeting(), &FormatProfile::hd36_2018());
    let body = body_paragraphs(&package);
    let opening = &body[position(&body, "Vào hồi")];
    assert!(
        opening.text.starts_with(
            "Vào hồi 14 giờ 00 phút, ngày 27 tháng 02 năm 2018, tại Hội trường Nhà văn hóa phường Đức Giang"
        )
    );
    let order = [
        "Nội dung hội nghị:",
        "Chủ trì hội nghị: đồng chí Phan Việt Hưng",
        "Thư ký hội nghị: đồng chí Trần Thị Mai",
        "Kế hoạch số 159-KH/QU",
        "Ghi âm, ghi hình: Hội nghị được ghi âm.",
        "I. THÀNH PHẦN",
        "Số đồng chí được triệu tập: 06 đồng chí.",
        "Có mặt: 5/6 đồng chí.",
        "Vắng mặt: 01 đồng chí:",
        "Nguyễn Văn Bình, Đảng ủy viên, Trưởng Công an phường (lý do: đi học lớp bồi dưỡng)",
        "Đến muộn: 01 đồng chí:",
        "Đỗ Thu Hà, Đảng ủy viên, Chủ tịch UBMTTQ phường, có mặt lúc 14 giờ 20 phút.",
        "Đại biểu mời dự:",
        "Nguyễn Thế Thạch, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo, Quận ủy Long Biên",
        "II. NỘI DUNG",
        "Triển khai kế hoạch thực hiện chủ đề năm 2018 của Quận ủy;",
        "- Đồng chí Lương Hồng Điệp, Phó Bí thư Đảng ủy, Chủ tịch UBND phường triển khai kế hoạch thực hiện chủ đề năm 2018 của Quận ủy",
        "Việc thực hiện chủ đề phải gắn với trách nhiệm của người đứng đầu.",
        "- Đồng chí Vũ Hoàng Long, Phó Bí thư Thường trực Đảng ủy triển khai kế hoạch thực hiện chủ đề của Thành phố",
        "- Đồng chí Đỗ Thu Hà, Đảng ủy viên, Chủ tịch UBMTTQ phường thống nhất cao",
        "- Hội nghị biểu quyết bằng hình thức giơ tay thông qua kế hoạch thực hiện chủ đề năm 2018 của Đảng ủy phường. \
         Kết quả: tán thành 5/6 đồng chí (đạt 83,3%), không tán thành 0, ý kiến khác 0.",
        "III. KẾT LUẬN",
        "1. UBND phường chủ trì, phối hợp với đồng chí Trần Thị Mai rà soát, điều chỉnh, bổ sung quy chế làm việc, quy chế phối hợp, \
         hoàn thành trước ngày 30/3/2018:",
        "a) Đối với chính quyền",
        "b) Đối với các đoàn thể",
        "2. UBND phường chủ trì, phối hợp với đồng chí Trần Thị Mai thực hiện nghiêm túc",
        "3. UBND phường chủ trì, phối hợp với đồng chí Trần Thị Mai nâng cao chất lượng",
        "Hội nghị kết thúc vào hồi 16 giờ 30 phút cùng ngày.",
        "Biên bản được lập thành 02 bản./.",
    ];
    let mut last = 0;
    for needle in order {
        let at = position(&body[last..], needle) + last;
        assert!(at >= last, "{needle:?} out of order");
        last = at;
    }
    // The speaker is bold, the substance is not.
    let speech = &body[position(&body, "- Đồng chí Lương Hồng Điệp")];
    assert!(
        speech.runs[1].bold
            && speech.runs[1].text == "Đồng chí Lương Hồng Điệp, Phó Bí thư Đảng ủy, Chủ tịch UBND phường"
    );
    assert!(speech.runs.iter().enumerate().all(|(i, r)| r.bold == (i == 1)));
    // Body text: justified, first-line indent 10 mm, exact 18 pt, 6 pt after, 14 pt.
    let doc = document(&package);
    let p = doc
        .descendants()
        .find(|n| n.tag_name().name() == "p" && text_of(*n).starts_with("Vào hồi"))
        .expect("opening paragraph");
    let ppr = child(p, "pPr").expect("pPr");
    assert_eq!(child(ppr, "jc").and_then(|j| attr(j, "val")), Some("both"));
    assert_eq!(child(ppr, "ind").and_then(|i| attr(i, "firstLine")), Some("567"));
    let spacing = child(ppr, "spacing").expect("spacing");
    assert_eq!(
        (attr(spacing, "line"), attr(spacing, "lineRule"), attr(spacing, "after")),
        (Some("360"), Some("exact"), Some("120"))
    );
    assert_eq!(speech.runs[0].size_half_points, Some(28));
}

#[test]
fn a_speech_whose_speaker_was_never_chosen_is_printed_in_its_place_without_a_name() {
    let mut m = meeting();
    m.speeches.insert(
        1,
        Speech {
            speaker_id: None,
            time: None,
            text: "Đề nghị bổ sung kinh phí cho chi bộ khu dân cư.".into(),
            ..Speech::default()
        },
    );
    let package = render(DocumentKind::Minutes, &m, &FormatProfile::hd36_2018());
    let body = body_paragraphs(&package);
    let before = position(&body, "Việc thực hiện chủ đề phải gắn với trách nhiệm");
    let unnamed = position(&body, "Đề nghị bổ sung kinh phí cho chi bộ khu dân cư.");
    let after = position(&body, &SPEECHES[1][1..]);
    assert!(before < unnamed && unnamed < after, "speech out of order");
    assert_eq!(body[unnamed].text, "- Ý kiến: Đề nghị bổ sung kinh phí cho chi bộ khu dân cư.");
    assert!(body[unnamed].runs.iter().all(|r| !r.bold), "no bold name for an unknown speaker");
}

#[test]
fn minutes_are_signed_by_the_minute_taker_left_and_the_chair_right() {
    let package = render(DocumentKind::Minutes, &meeting(), &FormatProfile::hd36_2018());
    let doc = document(&package);
    let closing = doc.descendants().filter(|n| n.tag_name().name() == "tbl").nth(1).expect("closing table");
    let cells: Vec<_> = closing.descendants().filter(|n| n.tag_name().name() == "tc").collect();
    let lines = |cell: roxmltree::Node| -> Vec<String> {
        cell.children().filter(|n| n.tag_name().name() == "p").map(text_of).filter(|t| !t.is_empty()).collect()
    };
    assert_eq!(lines(cells[0]), vec!["THƯ KÝ", "Trần Thị Mai"]);
    assert_eq!(lines(cells[1]), vec!["CHỦ TRÌ HỘI NGHỊ", "Phan Việt Hưng"]);
    let all = paragraphs(package.part("word/document.xml"));
    for name in ["Trần Thị Mai", "Phan Việt Hưng", "THƯ KÝ", "CHỦ TRÌ HỘI NGHỊ"] {
        let p = all.iter().rev().find(|p| p.in_table && p.text == name).expect("signature line");
        assert!(p.runs.iter().all(|r| r.bold), "{name} is bold");
    }
}

#[test]
fn notice_opens_with_the_meeting_and_numbers_its_conclusions() {
    let package = render(DocumentKind::Notice, &meeting(), &FormatProfile::hd36_2018());
    let body = body_paragraphs(&package);
    assert_eq!(body[1].text, "kết luận hội nghị triển khai chủ đề công tác năm 2018");
    let opening = &body[3].text;
    assert_eq!(
        opening,
        "Ngày 27/02/2018, Ban Chấp hành Đảng bộ phường Đức Giang tiến hành hội nghị triển khai chủ đề công tác năm 2018 \
         tại Hội trường Nhà văn hóa phường Đức Giang. Đồng chí Phan Việt Hưng, Bí thư Đảng ủy, Chủ tịch HĐND phường chủ trì hội nghị."
    );
    // What was heard, joined with "và"; the discussion because members spoke; no votes or conclusions as things heard.
    assert_eq!(
        body[4].text,
        "Sau khi nghe triển khai kế hoạch thực hiện chủ đề năm 2018 của Quận ủy và triển khai kế hoạch thực hiện chủ đề năm 2018 \
         của Thành ủy; ý kiến thảo luận của các đại biểu dự hội nghị, Ban Chấp hành Đảng bộ phường Đức Giang kết luận như sau:"
    );
    let mut last = 0;
    for (i, text) in CONCLUSIONS.iter().enumerate() {
        let at = position(&body, &text[1..text.len() - 1]);
        assert!(at > last, "conclusion {} in order", i + 1);
        assert!(body[at].runs[0].bold && body[at].runs[0].text == format!("{}. ", i + 1), "the number is bold");
        last = at;
    }
    let a = position(&body, "a) Đối với chính quyền");
    assert_eq!(a, position(&body, "1. ") + 1, "sub-points follow their item");
}

#[test]
fn resolution_lists_its_bases_then_decides_in_roman_sections() {
    let package = render(DocumentKind::Resolution, &meeting(), &FormatProfile::hd36_2018());
    let body = body_paragraphs(&package);
    let texts: Vec<&str> = body.iter().map(|p| p.text.as_str()).collect();
    let first = position(&body, "- Căn cứ Điều lệ");
    assert_eq!(
        &texts[first..first + 5],
        &[
            "- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;",
            "- Căn cứ Quy chế làm việc của Đảng ủy phường nhiệm kỳ 2015 - 2020;",
            "- Căn cứ kết quả hội nghị Đảng ủy phường ngày 27/02/2018,",
            "ĐẢNG ỦY PHƯỜNG ĐỨC GIANG QUYẾT NGHỊ:",
            "I- MỤC TIÊU",
        ]
    );
    assert_eq!(body[first + 3].jc.as_deref(), Some("center"));
    assert!(body[first + 3].runs.iter().all(|r| r.bold));
    // The last decided point closes the document; the empty section II is left out.
    assert_eq!(texts[first + 5], "1. Nâng cao hiệu lực, hiệu quả hoạt động của hệ thống chính trị./.");
    assert!(!texts.iter().any(|t| t.contains("NHIỆM VỤ VÀ GIẢI PHÁP")), "empty section left out");
}

#[test]
fn notice_and_resolution_carry_the_signer_and_the_recipients() {
    for kind in [DocumentKind::Notice, DocumentKind::Resolution] {
        let package = render(kind, &meeting(), &FormatProfile::hd36_2018());
        let all = paragraphs(package.part("word/document.xml"));
        let closing: Vec<&Para> =
            all.iter().rev().take_while(|p| p.in_table).collect::<Vec<_>>().into_iter().rev().collect();
        let texts: Vec<&str> = closing.iter().map(|p| p.text.as_str()).filter(|t| !t.is_empty()).collect();
        assert_eq!(
            texts,
            vec![
                "Nơi nhận:",
                "- Ban Thường vụ Quận ủy,",
                "- Các đồng chí Đảng ủy viên,",
                "- Các chi bộ trực thuộc,",
                "- Lưu Văn phòng Đảng ủy.",
                "T/M ĐẢNG ỦY",
                "BÍ THƯ",
                "Phan Việt Hưng",
            ],
            "{kind:?}"
        );
        let find = |t: &str| closing.iter().find(|p| p.text == t).expect("line");
        let label = find("Nơi nhận:");
        assert!(
            label.runs.iter().all(|r| r.underline && !r.bold && !r.italic && r.size_half_points == Some(28)),
            "{:?}",
            label.runs
        );
        assert!(
            find("- Các chi bộ trực thuộc,").runs.iter().all(|r| r.size_half_points == Some(24)),
            "recipients 12 pt"
        );
        assert!(
            find("- Ban Thường vụ Quận ủy,").hanging.is_some_and(|h| h > 0),
            "a wrapped recipient line continues under its text, not under the dash"
        );
        assert!(find("T/M ĐẢNG ỦY").runs.iter().all(|r| r.bold));
        assert!(find("BÍ THƯ").runs.iter().all(|r| !r.bold));
        assert!(find("Phan Việt Hưng").runs.iter().all(|r| r.bold));
    }
}

#[test]
fn page_numbers_start_on_page_two_at_the_top_centre() {
    for kind in DocumentKind::ALL {
        let package = render(kind, &meeting(), &FormatProfile::hd36_2018());
        let doc = document(&package);
        let sect = doc.descendants().find(|n| n.tag_name().name() == "sectPr").expect("sectPr");
        assert!(child(sect, "titlePg").is_some(), "different first page");
        let rels = package.part("word/_rels/document.xml.rels");
        let target = |kind_attr: &str| -> String {
            let reference = sect
                .children()
                .find(|n| n.tag_name().name() == "headerReference" && attr(*n, "type") == Some(kind_attr))
                .expect("header reference");
            let id = reference
                .attribute(("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id"))
                .expect("r:id");
            let rels = roxmltree::Document::parse(rels).expect("rels parse");
            let rel = rels.descendants().find(|n| n.attribute("Id") == Some(id)).expect("relationship");
            format!("word/{}", rel.attribute("Target").unwrap_or_default())
        };
        let default = package.part(&target("default"));
        assert!(default.contains("PAGE"), "{kind:?}: page field in the default header");
        assert!(default.contains("fldChar"), "{kind:?}: field built from field chars");
        let para = &paragraphs(default)[0];
        assert_eq!(para.jc.as_deref(), Some("center"));
        assert!(para.runs.iter().all(|r| r.size_half_points == Some(28)), "14 pt page numbers");
        let first = package.part(&target("first"));
        assert!(!first.contains("PAGE"), "{kind:?}: no number on the first page");
    }
}

#[test]
fn hostile_text_still_gives_well_formed_xml() {
    let long = "Đảng ủy 😀 ".repeat(10_000);
    let mut m = meeting();
    m.title = "Hội nghị <&> \u{0}\u{1}\u{8}\u{1F}\u{FFFE}\u{FFFF} \"thử\" 'nháy'".into();
    m.speeches[0].text = format!("Đoạn <một> & \u{7}chuông\u{B}dòng mới\tcột\nĐoạn hai 👩‍👩‍👧\r\nĐoạn ba\n{long}");
    m.recipients.push("]]> <w:p> &amp; ok".into());
    m.issuer.issuing_body = "ĐẢNG ỦY <PHƯỜNG> & \u{3}".into();
    for kind in DocumentKind::ALL {
        let package = render(kind, &m, &FormatProfile::hd36_2018());
        for (name, xml) in &package.parts {
            if name.ends_with(".xml") || name.ends_with(".rels") {
                roxmltree::Document::parse(xml).unwrap_or_else(|e| panic!("{kind:?} {name}: {e}"));
            }
        }
        let all = paragraphs(package.part("word/document.xml"));
        assert!(all.iter().any(|p| p.text.contains("ĐẢNG ỦY <PHƯỜNG> &")), "{kind:?}: markup characters kept as text");
        assert!(all.iter().any(|p| p.text.contains("]]> <w:p> &amp; ok")) || kind == DocumentKind::Minutes);
    }
    let body = body_paragraphs(&render(DocumentKind::Minutes, &m, &FormatProfile::hd36_2018()));
    assert!(
        body.iter().any(|p| p.text.contains("hội nghị <&>  “thử” 'nháy'")),
        "control characters dropped, the rest kept"
    );
    let speech = position(&body, "đoạn <một> & chuông\ndòng mới\tcột");
    assert_eq!(body[speech + 1].text, "Đoạn hai 👩‍👩‍👧", "\\r\\n starts a paragraph, emoji intact");
    assert_eq!(body[speech + 2].text, "Đoạn ba");
    assert_eq!(body[speech + 3].text.chars().count(), long.trim_end().chars().count(), "100,000 characters kept");
}

#[test]
fn tabs_and_line_breaks_are_real_elements() {
    let mut m = meeting();
    m.speeches[0].text = "cột một\tcột hai\u{B}dòng hai".into();
    let package = render(DocumentKind::Minutes, &m, &FormatProfile::hd36_2018());
    let doc = document(&package);
    let p = doc.descendants().find(|n| n.tag_name().name() == "p" && text_of(*n).contains("cột một")).expect("speech");
    assert!(
        p.descendants().any(|n| n.tag_name().name() == "tab" && n.parent().is_some_and(|r| r.tag_name().name() == "r"))
    );
    assert!(p.descendants().any(|n| n.tag_name().name() == "br"));
    assert!(p.descendants().filter(|n| n.tag_name().name() == "t").all(|t| !t.text().unwrap_or("").contains('\t')));
}

#[test]
fn the_package_is_deflated_and_well_under_the_stored_size() {
    let mut m = meeting();
    m.speeches = (0..150)
        .map(|i| Speech {
            speaker_id: Some(2 + i % 4),
            time: None,
            text: SPEECHES[(i % 3) as usize].repeat(3),
            ..Speech::default()
        })
        .collect();
    let model = prepare(DocumentKind::Minutes, &m, &people(), 1, &FormatProfile::hd36_2018());
    let bytes = render_docx(&model, &FormatProfile::hd36_2018()).expect("renders");
    let package = Package::open(&bytes);
    assert!(package.deflated, "every entry deflated");
    let stored: usize = package.parts.iter().map(|(_, t)| t.len()).sum();
    assert!(bytes.len() * 5 < stored, "{} bytes zipped for {stored} bytes of XML", bytes.len());
}

#[test]
fn document_symbols_never_break_at_their_hyphen_and_lead_ins_keep_with_what_follows() {
    let package = render(DocumentKind::Minutes, &meeting(), &FormatProfile::hd36_2018());
    let xml = package.part("word/document.xml");
    assert!(xml.contains("159<"), "the symbol is split around its hyphen element");
    assert!(xml.contains("<w:noBreakHyphen/>"), "a non-breaking hyphen element");
    assert!(!xml.contains('\u{2011}'), "no font-dependent U+2011 character in the file");
    let body = body_paragraphs(&package);
    assert!(body[position(&body, "Kế hoạch số 159-KH/QU")].text.contains("159-KH/QU"), "reads as a hyphen");

    let notice = render(DocumentKind::Notice, &meeting(), &FormatProfile::hd36_2018());
    let doc = document(&notice);
    let keeps = |start: &str| {
        let p = doc
            .descendants()
            .find(|n| n.tag_name().name() == "p" && text_of(*n).starts_with(start))
            .expect("paragraph");
        child(p, "pPr").and_then(|ppr| child(ppr, "keepNext")).is_some()
    };
    assert!(keeps("Sau khi nghe"), "the lead-in stays with the first conclusion");
    assert!(keeps("Để thực hiện có hiệu quả"), "an intro ending with ':' stays with the items");
    assert!(keeps("1. "), "an item with sub-points stays with its first sub-point");
}

#[test]
fn an_authority_of_several_lines_prints_each_line_bold_above_the_position() {
    let mut m = meeting();
    m.signer = Some(Signer {
        name: "Phạm Thị Hồng Vân".into(),
        position: "PHÓ BÍ THƯ".into(),
        authority: "T/M ĐẢNG ỦY\nK/T BÍ THƯ".into(),
    });
    let package = render(DocumentKind::Notice, &m, &FormatProfile::hd36_2018());
    let all = paragraphs(package.part("word/document.xml"));
    let closing: Vec<&Para> = all.iter().filter(|p| p.in_table && !p.text.is_empty()).collect();
    let texts: Vec<&str> = closing.iter().map(|p| p.text.as_str()).collect();
    let at = texts.iter().position(|t| *t == "T/M ĐẢNG ỦY").expect("first authority line");
    assert_eq!(texts[at..], ["T/M ĐẢNG ỦY", "K/T BÍ THƯ", "PHÓ BÍ THƯ", "Phạm Thị Hồng Vân"]);
    assert!(closing[at + 1].runs.iter().all(|r| r.bold));
    assert!(closing[at + 2].runs.iter().all(|r| !r.bold));
}
