/// Turns one JSON object into a document by the field names news dumps commonly use (NewsAPI,
/// news-please, CC-News, GDELT exports, scrapers' own), or by the user's `--map`.
struct JSONRecordMapper {
    let file: String
    let fieldMap: [String: String]
    let maxDocumentBytes: Int

    /// Candidate keys per field, compared after lowercasing and dropping "_", "-" and spaces,
    /// so "datePublished", "date_published" and "DatePublished" are one key.
    static let candidates: [String: [String]] = [
        "title": ["title", "headline", "heading", "subject", "name"],
        "text": [
            "text", "body", "content", "article", "articlebody", "articletext", "fulltext", "maintext", "story",
            "bodytext", "plaintext", "contenttext",
        ],
        "summary": ["description", "summary", "abstract", "lead", "snippet", "excerpt"],
        "date": [
            "date", "published", "pubdate", "datepublished", "publishdate", "publishedat", "publicationdate",
            "datepublish", "publishedtime", "publishtime", "datetime", "created", "createdat", "datecreated",
            "timestamp", "time", "updated", "datemodified", "modified",
        ],
        "url": ["url", "link", "href", "permalink", "canonicalurl", "uri", "articleurl", "sourceurl", "webUrl"],
        "source": [
            "source", "outlet", "publisher", "sourcename", "site", "sitename", "publication", "newspaper", "media",
            "sourcedomain", "domain", "feed", "provider",
        ],
        "authors": ["authors", "author", "byline", "creator", "creators", "writer", "writers", "by"],
        "language": ["language", "lang", "locale", "languagecode"],
    ]

    private static func normalize(_ key: String) -> String {
        String(key.lowercased().unicodeScalars.filter { $0 != "_" && $0 != "-" && $0 != " " })
    }

    private static let normalizedCandidates: [String: [String]] = candidates.mapValues { $0.map(normalize) }

    /// A record's document, if it gives one, and what went wrong with it: why there is none
    /// ("no text (looked for …)"), or what was done to keep it ("text cut to 4 MB").
    struct Mapped {
        var document: SourceDocument?
        var problem: String?
    }

    func document(from record: JSONValue, ordinal: Int) -> Mapped {
        guard case let .object(members) = record else {
            return Mapped(problem: "\(record.kindName), not an object")
        }
        var index: [String: JSONValue] = [:]
        for member in members where index[Self.normalize(member.key)] == nil {
            index[Self.normalize(member.key)] = member.value
        }

        func lookup(_ field: String) -> JSONValue? {
            if let path = fieldMap[field] { return Self.value(at: path, in: record, index: index) }
            for key in Self.normalizedCandidates[field] ?? [] {
                if let v = index[key], !v.isNull { return v }
            }
            return nil
        }

        var text = lookup("text").flatMap { Self.bodyText(of: $0) } ?? ""
        // A feed-like record may carry only a summary; it is still the record's text.
        if text.isEmpty, fieldMap["text"] == nil, let summary = lookup("summary").flatMap({ Self.bodyText(of: $0) }) {
            text = summary
        }
        let title = lookup("title").flatMap { Self.string(of: $0) }.map { Self.cleanInline($0) }
        if text.isEmpty {
            if let mapped = fieldMap["text"] {
                return Mapped(problem: "no text in '\(mapped)' (from --map text=\(mapped))")
            }
            let looked = (Self.candidates["text"]!.prefix(5) + Self.candidates["summary"]!.prefix(2)).joined(
                separator: ", ")
            return Mapped(problem: "no text (looked for \(looked), …; --map text=KEY names another)")
        }
        var problem: String?
        if text.utf8.count > maxDocumentBytes {
            text = cutText(text, to: maxDocumentBytes)
            problem = "text cut to \(formatBytes(maxDocumentBytes))"
        }
        let source = lookup("source").flatMap { Self.name(of: $0) }
        var authors: [String] = []
        if let a = lookup("authors") {
            switch a {
            case let .array(items):
                authors = items.compactMap { Self.name(of: $0) }.flatMap { Bylines.split($0, source: source) }
            default: authors = Self.name(of: a).map { Bylines.split($0, source: source) } ?? []
            }
        }
        let date = lookup("date").flatMap { Self.date(of: $0) }
        let url = lookup("url").flatMap { Self.string(of: $0) }
        let language = lookup("language").flatMap { Self.string(of: $0) }
        let article = Article(
            file: file, ordinal: ordinal, title: title?.isEmpty == true ? nil : title, source: source, authors: authors,
            date: date, url: url, language: language, text: text)
        return Mapped(document: SourceDocument(file: file, metadata: article, mayHoldSeveral: false), problem: problem)
    }

    /// A dotted path ("meta.outlet") or a key, exact first, then by the normalized name.
    private static func value(at path: String, in record: JSONValue, index: [String: JSONValue]) -> JSONValue? {
        if let v = record[path] { return v }
        var current = record
        for part in path.split(separator: ".") {
            guard let next = current[String(part)] else {
                return path.contains(".") ? nil : index[normalize(path)]
            }
            current = next
        }
        return current
    }

    static func date(of value: JSONValue) -> PartialDate? {
        switch value {
        case let .string(s): return DateParsing.parse(s)
        case let .number(n): return DateParsing.epoch(n)
        case let .object(members):
            // {"$date": …} as MongoDB exports write dates.
            guard let first = members.first else { return nil }
            return date(of: first.value)
        default: return nil
        }
    }

    static func string(of value: JSONValue) -> String? {
        switch value {
        case let .string(s):
            let t = s.trimmingSpaces()
            return t.isEmpty ? nil : t
        case let .number(n): return n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n)
        default: return nil
        }
    }

    /// A name given as a string or as an object with a name ({"id": …, "name": "BBC News"}).
    static func name(of value: JSONValue) -> String? {
        if let s = string(of: value) { return s }
        if case .object = value {
            for key in ["name", "title", "displayName", "display_name", "id"] {
                if let v = value[key], let s = string(of: v) { return s }
            }
        }
        return nil
    }

    /// Body text: a string (with markup turned into paragraphs when it has any), or an array of
    /// paragraph strings.
    static func bodyText(of value: JSONValue) -> String? {
        switch value {
        case let .string(s):
            let t = HTMLFragment.looksLikeHTML(s) ? HTMLFragment.plainText(s) : normalizeParagraphs(s)
            return t.isEmpty ? nil : t
        case let .array(items):
            let parts = items.compactMap { bodyText(of: $0) }
            return parts.isEmpty ? nil : parts.joined(separator: "\n\n")
        case let .object(members):
            // {"text": …} or {"html": …} nested one level, as some exporters write bodies.
            for member in members where ["text", "html", "value", "content", "body"].contains(member.key.lowercased()) {
                if let t = bodyText(of: member.value) { return t }
            }
            return nil
        default: return nil
        }
    }

    static func normalizeParagraphs(_ s: String) -> String {
        var builder = ParagraphBuilder()
        builder.add(text: Array(s.utf8)[...])
        return builder.take()
    }

    /// A title on one line, whatever markup or breaks the source put in it.
    static func cleanInline(_ s: String) -> String {
        let plain = HTMLFragment.looksLikeHTML(s) ? HTMLFragment.plainText(s) : s
        return plain.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

extension String {
    /// "\r\n" and lone "\r" as "\n".
    func replacingCRLF() -> String {
        guard utf8.contains(0x0D) else { return self }
        var out = [UInt8]()
        out.reserveCapacity(utf8.count)
        var previousCR = false
        for b in utf8 {
            if b == 0x0D {
                out.append(0x0A)
                previousCR = true
                continue
            }
            if b == 0x0A && previousCR {
                previousCR = false
                continue
            }
            previousCR = false
            out.append(b)
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// `text` cut to at most `limit` bytes, at the last paragraph or word break before it, never
/// inside a UTF-8 sequence.
func cutText(_ text: String, to limit: Int) -> String {
    let u = Array(text.utf8)
    guard u.count > limit else { return text }
    var end = limit
    while end > 0 && (u[end] & 0xC0) == 0x80 { end -= 1 }
    let floor = max(0, end - 4096)
    var i = end
    while i > floor && u[i - 1] != 0x20 && u[i - 1] != 0x0A { i -= 1 }
    if i > floor { end = i }
    return String(decoding: u[..<end], as: UTF8.self).trimmingSpaces()
}
