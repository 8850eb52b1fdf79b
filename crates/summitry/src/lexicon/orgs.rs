//! International organisations and forums: `(canonical, other names)`.

/// One organisation: `(canonical name, other names and acronyms)`.
pub(crate) type OrgRow = (&'static str, &'static [&'static str]);

/// Summits and forums where leaders meet on the sidelines.
pub(crate) const FORUMS: &[OrgRow] = &[
    (
        "Asia-Pacific Economic Cooperation",
        &[
            "APEC",
            "Asia Pacific Economic Cooperation",
            "Asia-Pacific Economic Cooperation Forum",
            "Asia Pacific Economic Cooperation Forum",
        ],
    ),
    ("Group of 20", &["G20", "G-20", "Group of Twenty"]),
    ("Group of Seven", &["G7", "G-7", "Group of 7"]),
    ("BRICS", &[]),
    (
        "Shanghai Cooperation Organisation",
        &["SCO", "Shanghai Cooperation Organization"],
    ),
    ("East Asia Summit", &["EAS"]),
    ("World Economic Forum", &["WEF", "Davos forum"]),
    ("Boao Forum for Asia", &["Boao Forum"]),
    ("Shangri-La Dialogue", &["Shangri La Dialogue"]),
    ("Quad", &["Quadrilateral Security Dialogue"]),
    ("Munich Security Conference", &[]),
    ("COP", &["UN Climate Change Conference"]),
];

/// Standing organisations whose officials speak and meet.
pub(crate) const ORGANISATIONS: &[OrgRow] = &[
    (
        "United Nations",
        &[
            "UN",
            "U.N.",
            "UN General Assembly",
            "United Nations General Assembly",
            "UNGA",
            "Security Council",
            "UN Security Council",
        ],
    ),
    (
        "Association of Southeast Asian Nations",
        &["ASEAN", "Asean"],
    ),
    (
        "European Union",
        &["EU", "E.U.", "European Commission", "European Council"],
    ),
    (
        "North Atlantic Treaty Organization",
        &["NATO", "Nato", "North Atlantic Treaty Organisation"],
    ),
    (
        "World Trade Organization",
        &["WTO", "World Trade Organisation"],
    ),
    ("International Monetary Fund", &["IMF"]),
    ("World Bank", &[]),
    (
        "World Health Organization",
        &["WHO", "World Health Organisation"],
    ),
    ("African Union", &["AU"]),
    ("Organization of American States", &["OAS"]),
    (
        "OPEC",
        &["Organization of the Petroleum Exporting Countries"],
    ),
    ("Gulf Cooperation Council", &["GCC"]),
    ("International Atomic Energy Agency", &["IAEA"]),
    (
        "Organization for Security and Co-operation in Europe",
        &["OSCE"],
    ),
    ("Arab League", &["League of Arab States"]),
];
