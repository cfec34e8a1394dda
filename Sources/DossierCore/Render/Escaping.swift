/// Text from articles put safely into markup. News text is full of characters that mean something
/// to HTML and Markdown (quotes, ampersands, asterisks, "1." at the start of a line, "|" in
/// headlines); every renderer escapes at the last moment through these functions.
public enum Escaping {
    /// For HTML text and attribute values (double- or single-quoted). Control characters, which
    /// HTML and SVG forbid, are dropped.
    public static func html(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n", "\t": out.unicodeScalars.append(c)
            default:
                if c.value < 0x20 || (0x7F..<0xA0).contains(c.value) || c.value == 0xFFFE || c.value == 0xFFFF {
                    continue
                }
                out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// Inline Markdown: whitespace (newlines too) becomes single spaces, and every character
    /// CommonMark or GitHub could read as markup is backslash-escaped, as is whatever would start
    /// a block at the beginning of a line (a heading, a list item, a quote) unless the text does
    /// not start a line (`blockStart: false`: a table cell, text after a list marker).
    public static func markdown(_ s: String, blockStart: Bool = true) -> String {
        let flat = collapseWhitespace(s)
        var out = ""
        out.reserveCapacity(flat.utf8.count + 8)
        for c in flat.unicodeScalars {
            switch c {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "#": out += "\\" + String(c)
            default:
                if c.value < 0x20 || (0x7F..<0xA0).contains(c.value) { continue }
                out.unicodeScalars.append(c)
            }
        }
        // Block starts: "- x", "+ x", "= x" (a setext underline), "1. x", "1) x".
        if !blockStart { return out }
        if let first = out.unicodeScalars.first, first == "-" || first == "+" || first == "=" {
            out = "\\" + out
        } else {
            let digits = out.prefix { $0.isASCII && $0.isNumber }
            if !digits.isEmpty, digits.count <= 9 {
                let rest = out.dropFirst(digits.count)
                if rest.first == "." || rest.first == ")" { out = String(digits) + "\\" + String(rest) }
            }
        }
        return out
    }

    /// Whitespace runs (spaces, tabs, newlines) as one space, trimmed at both ends.
    public static func collapseWhitespace(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        var pendingSpace = false
        for c in s.unicodeScalars {
            if c.properties.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out += " " }
                pendingSpace = false
                out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// A file-name-safe slug: lower-case ASCII letters and digits joined by single hyphens.
    public static func slug(_ s: String, maxLength: Int = 40) -> String {
        var out = ""
        var hyphen = false
        var cut = false
        for c in s.lowercased().unicodeScalars {
            // "The week's" is one word: apostrophes join rather than separate.
            if c == "'" || c == "\u{2019}" { continue }
            if c.isASCII, c.properties.isAlphabetic || ("0"..."9").contains(c) {
                if out.count >= maxLength {
                    cut = true
                    break
                }
                if hyphen && !out.isEmpty { out += "-" }
                hyphen = false
                out.unicodeScalars.append(c)
            } else {
                hyphen = true
            }
        }
        // A cut name ends at a whole word when there is one.
        if cut, !hyphen, let last = out.lastIndex(of: "-") { out = String(out[..<last]) }
        while out.hasSuffix("-") { out.removeLast() }
        return out
    }
}
