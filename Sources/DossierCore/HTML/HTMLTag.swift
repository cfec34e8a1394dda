/// The HTML elements the extractor tells apart; every other name is `.other` (custom elements,
/// rare inline tags), which behaves like an inline container.
enum HTMLTag: UInt8, Sendable {
    case other, text
    // Document structure and metadata.
    case html, head, body, title, meta, link, base
    // Never body text: code, media, form controls.
    case script, style, noscript, template, svg, math, iframe, object, embed, canvas, select, option
    case optgroup, button, input, textarea, audio, video, source, track, map, area, img, picture
    case datalist, dialog
    // Blocks.
    case p, div, section, article, main, header, footer, nav, aside, h1, h2, h3, h4, h5, h6
    case ul, ol, li, dl, dt, dd, blockquote, pre, table, thead, tbody, tfoot, tr, td, th, caption
    case figure, figcaption, address, center, form, fieldset, legend, details, summary, hr, br, menu
    case hgroup
    // Inline elements with a meaning of their own.
    case a, time, span, font, em, strong, b, i, u, small, sup, sub, q, cite, abbr, code, mark, label

    /// Elements whose content never belongs to the text (scripts, media, controls).
    var isSkipped: Bool {
        switch self {
        case .head, .title, .meta, .link, .base, .script, .style, .noscript, .template, .svg, .math,
            .iframe, .object, .embed, .canvas, .select, .option, .optgroup, .button, .input, .textarea,
            .audio, .video, .source, .track, .map, .area, .img, .picture, .datalist, .dialog:
            return true
        default: return false
        }
    }

    /// Elements that start a new line of text when rendered.
    var isBlock: Bool { rawValue >= HTMLTag.p.rawValue && rawValue <= HTMLTag.hgroup.rawValue }

    var isHeading: Bool { rawValue >= HTMLTag.h1.rawValue && rawValue <= HTMLTag.h6.rawValue }

    /// Blocks that hold running text themselves rather than other blocks.
    var isTextBlock: Bool {
        switch self {
        case .p, .h1, .h2, .h3, .h4, .h5, .h6, .li, .dt, .dd, .pre, .td, .th, .caption, .figcaption,
            .address, .blockquote, .summary, .legend:
            return true
        default: return false
        }
    }

    /// The tag for a lower-case element name as libxml2's HTML parser gives it.
    static func named(_ name: UnsafePointer<UInt8>) -> HTMLTag {
        var key: UInt64 = 0
        var p = name
        var n = 0
        while p.pointee != 0 {
            // Names longer than 10 bytes are never one of ours; 6 bits a byte fit 10 bytes in 60 bits.
            if n == 10 { return .other }
            key = key << 6 | UInt64(code(p.pointee))
            p += 1
            n += 1
        }
        key |= UInt64(n) << 60
        return byKey[key] ?? .other
    }

    /// A 6-bit code per name byte: distinct for letters (either case) and digits, shared by the rest.
    private static func code(_ c: UInt8) -> UInt8 {
        switch c {
        case 97...122: return c - 96
        case 65...90: return c - 64
        case 48...57: return c - 48 + 27
        default: return 38
        }
    }

    private static let byKey: [UInt64: HTMLTag] = {
        var table: [UInt64: HTMLTag] = [:]
        let all: [(String, HTMLTag)] = [
            ("html", .html), ("head", .head), ("body", .body), ("title", .title), ("meta", .meta),
            ("link", .link), ("base", .base), ("script", .script), ("style", .style),
            ("noscript", .noscript), ("template", .template), ("svg", .svg), ("math", .math),
            ("iframe", .iframe), ("object", .object), ("embed", .embed), ("canvas", .canvas),
            ("select", .select), ("option", .option), ("optgroup", .optgroup), ("button", .button),
            ("input", .input), ("textarea", .textarea), ("audio", .audio), ("video", .video),
            ("source", .source), ("track", .track), ("map", .map), ("area", .area), ("img", .img),
            ("picture", .picture), ("datalist", .datalist), ("dialog", .dialog), ("p", .p),
            ("div", .div), ("section", .section), ("article", .article), ("main", .main),
            ("header", .header), ("footer", .footer), ("nav", .nav), ("aside", .aside), ("h1", .h1),
            ("h2", .h2), ("h3", .h3), ("h4", .h4), ("h5", .h5), ("h6", .h6), ("ul", .ul), ("ol", .ol),
            ("li", .li), ("dl", .dl), ("dt", .dt), ("dd", .dd), ("blockquote", .blockquote),
            ("pre", .pre), ("table", .table), ("thead", .thead), ("tbody", .tbody), ("tfoot", .tfoot),
            ("tr", .tr), ("td", .td), ("th", .th), ("caption", .caption), ("figure", .figure),
            ("figcaption", .figcaption), ("address", .address), ("center", .center), ("form", .form),
            ("fieldset", .fieldset), ("legend", .legend), ("details", .details), ("summary", .summary),
            ("hr", .hr), ("br", .br), ("menu", .menu), ("hgroup", .hgroup), ("a", .a), ("time", .time),
            ("span", .span), ("font", .font), ("em", .em), ("strong", .strong), ("b", .b), ("i", .i),
            ("u", .u), ("small", .small), ("sup", .sup), ("sub", .sub), ("q", .q), ("cite", .cite),
            ("abbr", .abbr), ("code", .code), ("mark", .mark), ("label", .label),
        ]
        for (name, tag) in all {
            var key: UInt64 = 0
            for c in name.utf8 { key = key << 6 | UInt64(code(c)) }
            table[key | UInt64(name.utf8.count) << 60] = tag
        }
        return table
    }()
}
