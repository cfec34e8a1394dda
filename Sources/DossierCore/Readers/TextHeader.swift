/// The "Title: …", "Date: …", "Source: …", "URL: …" block some plain-text and Markdown files open
/// with. Only a block at the very top counts, so a "Source:" line in the middle of a story stays text.
enum TextHeader {
    /// The metadata field a header key sets.
    enum Field { case title, date, source, url, authors, language }

    static let keys: [String: Field] = [
        "title": .title, "headline": .title, "date": .date, "published": .date, "pubdate": .date, "source": .source,
        "outlet": .source, "publisher": .source, "url": .url, "link": .url, "author": .authors, "authors": .authors,
        "by": .authors, "byline": .authors, "language": .language, "lang": .language,
    ]

    /// The field and value of a header line, or nil for a line of text.
    static func parse(_ line: Substring) -> (Field, String)? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let key = line[..<colon].trimmingSpaces().lowercased()
        guard key.utf8.count <= 12, let field = keys[key] else { return nil }
        let value = line[line.index(after: colon)...].trimmingSpaces()
        return (field, value)
    }

    /// Sets `field` on `article` from a header or front-matter value.
    static func apply(_ field: Field, _ value: String, to article: inout Article) {
        let v = unquote(value)
        guard !v.isEmpty else { return }
        switch field {
        case .title: article.title = v
        case .date: article.date = DateParsing.parse(v) ?? article.date
        case .source: article.source = v
        case .url: article.url = v
        case .authors:
            article.authors += Bylines.split(v, source: article.source).filter { !article.authors.contains($0) }
        case .language: article.language = v
        }
    }

    static func unquote(_ s: String) -> String {
        var t = s.trimmingSpaces()
        if t.count >= 2, let f = t.first, f == t.last, f == "\"" || f == "'" { t = String(t.dropFirst().dropLast()) }
        return t
    }
}
