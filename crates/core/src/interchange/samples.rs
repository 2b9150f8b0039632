//! The sample meetings of examples/, embedded so the app and the CLI demo
//! can load them without the source tree.

/// (file name, JSON text) of every sample, in date order.
pub const SAMPLES: &[(&str, &str)] = &[
    (
        "quang-ngai-le-hong-phong-2018-01-08.json",
        include_str!("../../../../examples/quang-ngai-le-hong-phong-2018-01-08.json"),
    ),
    ("duc-giang-2018-02-27.json", include_str!("../../../../examples/duc-giang-2018-02-27.json")),
    ("chi-bo-to-dan-pho-3-2018-03-05.json", include_str!("../../../../examples/chi-bo-to-dan-pho-3-2018-03-05.json")),
];
