//! Writes the fixture's three documents to BIENBAN_DUMP_DIR (when set) for a
//! look with openxml-audit and LibreOffice; checks they are non-empty zips.

mod documents_support;

use bienban_core::documents::{prepare, render_docx};
use bienban_core::format_profile::FormatProfile;
use bienban_core::model::DocumentKind;

#[test]
fn every_kind_renders_to_a_deflated_package() {
    let profile = FormatProfile::hd36_2018();
    for kind in DocumentKind::ALL {
        let model = prepare(kind, &documents_support::meeting(), &documents_support::people(), 5, &profile);
        let bytes = render_docx(&model, &profile).expect("renders");
        let package = documents_support::Package::open(&bytes);
        assert!(package.deflated, "{kind:?} is deflate-compressed");
        if let Ok(dir) = std::env::var("BIENBAN_DUMP_DIR") {
            std::fs::write(format!("{dir}/{}.docx", kind.as_str()), &bytes).expect("dump");
        }
    }
}
