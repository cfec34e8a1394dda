/// Decides a file's format from its content first and its name second: a .txt that is really
/// HTML, an .xml that is RSS or Atom, a .json that is JSON Lines, a Gigaword file without an
/// extension are all common in collections people gather.
public enum FormatSniffer {
    /// The formats the registry knows, built in or expected ("html").
    public static let formats = ["text", "markdown", "jsonl", "json", "rss", "atom", "reuters", "trec", "html"]

    public enum Detection: Equatable, Sendable {
        case format(String)
        /// Not a format Dossier reads, with the reason for the user.
        case unknown(String)
    }

    static let textExtensions: Set<String> = ["txt", "text", ""]
    static let markdownExtensions: Set<String> = ["md", "markdown", "mdown", "mkd"]
    static let htmlExtensions: Set<String> = ["html", "htm", "xhtml", "shtml"]
    static let jsonLinesExtensions: Set<String> = ["jsonl", "ndjson", "jsonlines"]
    static let xmlExtensions: Set<String> = ["xml", "rss", "atom", "rdf"]
    static let sgmlExtensions: Set<String> = ["sgm", "sgml"]

    /// The extension that names the format: "a.json.gz" → "json", "reut2-000.sgm" → "sgm",
    /// "afp_eng_199405" → "". A numeric extension ("story.2018") is no extension.
    public static func formatExtension(of path: String) -> String {
        var name = Substring(path.split(separator: "/").last ?? "")
        for compressed in [".gz", ".gzip", ".GZ"] where name.hasSuffix(compressed) {
            name = name.dropLast(compressed.count)
        }
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        let ext = name[name.index(after: dot)...].lowercased()
        return ext.allSatisfy({ $0.isNumber }) ? "" : ext
    }

    /// `head` is the start of the file as UTF-8 (after gunzip and decoding).
    public static func detect(file: String, head: ArraySlice<UInt8>) -> Detection {
        let ext = formatExtension(of: file)
        let start = head.firstIndex(where: { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D) }) ?? head.endIndex
        let body = head[start...]
        guard let first = body.first else { return .unknown("no text, only white space") }

        if first == UInt8(ascii: "<") {
            if let markup = markupFormat(body, ext: ext) { return markup }
        }
        if first == UInt8(ascii: "{") || first == UInt8(ascii: "[") {
            if let json = jsonFormat(body, ext: ext) { return .format(json) }
        }
        switch ext {
        case _ where textExtensions.contains(ext): return .format("text")
        case _ where markdownExtensions.contains(ext): return .format("markdown")
        case _ where htmlExtensions.contains(ext): return .format("html")
        case _ where jsonLinesExtensions.contains(ext): return .format("jsonl")
        case "json": return .format("json")
        case _ where xmlExtensions.contains(ext): return .unknown("XML that is neither RSS nor Atom")
        case _ where sgmlExtensions.contains(ext): return .unknown("SGML without <REUTERS> or <DOC> records")
        default: return .unknown("unknown file type .\(ext) (--format text reads it as text)")
        }
    }

    /// HTML, a feed, or newswire SGML, by the first element (after declarations and comments).
    private static func markupFormat(_ body: ArraySlice<UInt8>, ext: String) -> Detection? {
        let text = String(decoding: body.prefix(8192), as: UTF8.self)
        let lower = text.lowercased()
        // Newswire SGML may open with a DOCTYPE naming its own DTD ("lewis.dtd").
        if lower.contains("<reuters ") || lower.contains("<reuters>") { return .format("reuters") }
        guard let root = firstElement(lower) else { return nil }
        switch root {
        case "doc": return .format("trec")
        case "rss", "rdf:rdf": return .format("rss")
        case "feed": return .format("atom")
        case "html", "!doctype html", "head", "body", "meta", "title", "article", "div", "p", "section", "main", "link",
            "script", "style", "header", "nav", "h1", "table":
            return .format("html")
        default:
            if htmlExtensions.contains(ext) { return .format("html") }
            if xmlExtensions.contains(ext) || lower.hasPrefix("<?xml") {
                return .unknown("XML with root <\(root)> is neither RSS nor Atom")
            }
            return nil
        }
    }

    /// The first element's name, lowercased, skipping the XML declaration, processing
    /// instructions, comments and a DOCTYPE (reported as "!doctype html" when it is HTML's).
    static func firstElement(_ s: String) -> String? {
        var rest = Substring(s)
        while true {
            rest = rest.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" })
            guard rest.hasPrefix("<") else { return nil }
            if rest.hasPrefix("<?") {
                guard let end = rest.firstRange(of: "?>") else { return nil }
                rest = rest[end.upperBound...]
            } else if rest.hasPrefix("<!--") {
                guard let end = rest.firstRange(of: "-->") else { return nil }
                rest = rest[end.upperBound...]
            } else if rest.hasPrefix("<!doctype") {
                let decl = rest.prefix(while: { $0 != ">" })
                let words = decl.dropFirst(9).split(whereSeparator: { $0.isWhitespace })
                if words.first == "html" { return "!doctype html" }
                guard let end = rest.firstIndex(of: ">") else { return nil }
                rest = rest[rest.index(after: end)...]
            } else {
                let name = rest.dropFirst().prefix(while: { !$0.isWhitespace && $0 != ">" && $0 != "/" })
                return name.isEmpty ? nil : String(name)
            }
        }
    }

    /// JSON Lines when the first line is a whole object; JSON when the content opens like an
    /// array of records or a multi-line object. A text that merely starts with "[" (a "[Source]"
    /// tag) is neither.
    private static func jsonFormat(_ body: ArraySlice<UInt8>, ext: String) -> String? {
        let isJSONName = jsonLinesExtensions.contains(ext) || ext == "json"
        let lineEnd = body.firstIndex(of: 0x0A) ?? body.endIndex
        let firstLine = body[..<lineEnd]
        if body.first == UInt8(ascii: "{"), (try? JSONParser.parse(firstLine)) != nil {
            // One object on the first line: JSON Lines, unless the file is that one object.
            let rest = body[lineEnd...].drop(while: { $0 == 0x0A || $0 == 0x0D || $0 == 0x20 })
            if rest.isEmpty && ext == "json" { return "json" }
            return "jsonl"
        }
        if isJSONName { return jsonLinesExtensions.contains(ext) ? "jsonl" : "json" }
        // Without a JSON name, ask for the look of records: "[{" or "{\"" after white space.
        let afterOpen = body.dropFirst().drop(while: { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 })
        if body.first == UInt8(ascii: "["), afterOpen.first == UInt8(ascii: "{") { return "json" }
        if body.first == UInt8(ascii: "{"), afterOpen.first == UInt8(ascii: "\"") { return "json" }
        return nil
    }
}
