/// Markdown (.md): YAML or TOML front matter and a leading header block fill the metadata, the
/// first level-1 heading is the title when nothing else gives one, and markup is stripped lightly
/// (emphasis, links, images, code, list and quote markers); what is left is read as plain text.
public struct MarkdownReader: DocumentReader {
    public var format: String { "markdown" }

    public init() {}

    public func read(_ bytes: [UInt8], file: String, options: ReaderOptions) throws -> ReaderResult {
        let source = String(decoding: bytes, as: UTF8.self).replacingCRLF()
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false)[...]
        var article = Article(file: file, text: "")
        var problems: [String] = []

        if let fence = lines.first.map({ $0.trimmingSpaces() }), fence == "---" || fence == "+++" {
            let body = lines.dropFirst()
            if let end = body.firstIndex(where: {
                let t = $0.trimmingSpaces()
                return t == fence || (fence == "---" && t == "...")
            }) {
                Self.frontMatter(body[..<end], toml: fence == "+++", into: &article)
                lines = body[(end + 1)...]
            } else {
                problems.append("front matter opened with \(fence) on line 1 is never closed; read as text")
            }
        }
        // A "Title: …" block, as in plain text.
        while let first = lines.first, first.trimmingSpaces().isEmpty { lines = lines.dropFirst() }
        while let first = lines.first, let (field, value) = TextHeader.parse(first) {
            TextHeader.apply(field, value, to: &article)
            lines = lines.dropFirst()
        }

        var builder = ParagraphBuilder()
        var inFence: Substring?
        var previous: Substring = ""
        for raw in lines {
            let trimmed = raw.trimmingSpaces()
            if let fence = inFence {
                if trimmed.hasPrefix(fence) { inFence = nil }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                inFence = Substring(trimmed.prefix(3))
                builder.endBlock()
                continue
            }
            // Setext underlines and rules.
            if !trimmed.isEmpty, trimmed.allSatisfy({ $0 == "=" || $0 == "-" || $0 == "*" || $0 == "_" || $0 == " " }),
                trimmed.filter({ $0 != " " }).count >= 3
            {
                if trimmed.first == "=", article.title == nil, !previous.isEmpty {
                    article.title = Self.inline(previous)
                }
                builder.endBlock()
                previous = ""
                continue
            }
            // Reference definitions ("[1]: https://…") are not text.
            if trimmed.hasPrefix("["), let close = trimmed.firstIndex(of: "]"), trimmed[close...].hasPrefix("]:") {
                continue
            }
            var line = Substring(trimmed)
            var heading = 0
            while line.hasPrefix("#") {
                heading += 1
                line = line.dropFirst()
            }
            if heading > 0 {
                guard line.isEmpty || line.hasPrefix(" ") else {
                    builder.add(line: Substring(Self.inline(Substring(trimmed))))
                    continue  // "#hashtag", not a heading
                }
                let text = Self.inline(Substring(line.trimmingSpaces().trimmingCharacters(suffix: "#")))
                builder.endBlock()
                if heading == 1 && article.title == nil {
                    article.title = text
                } else {
                    builder.add(line: Substring(text))
                    builder.endBlock()
                }
                previous = ""
                continue
            }
            while line.hasPrefix(">") { line = line.dropFirst().drop(while: { $0 == " " }) }
            if let marker = Self.listMarkerLength(line) {
                builder.endBlock()
                line = line.dropFirst(marker)
            }
            if line.hasPrefix("|") {
                // A table row: drop the separator row, keep the cells' text.
                if line.allSatisfy({ "|-: ".contains($0) }) { continue }
                line = Substring(
                    line.split(separator: "|").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }.joined(
                        separator: " | "))
            }
            let text = Self.inline(line)
            builder.add(line: Substring(text))
            previous = Substring(text)
        }
        article.text = builder.take()
        guard !article.text.isEmpty else {
            throw ReaderError(problems.first ?? "no text after the markup")
        }
        return ReaderResult(
            documents: [SourceDocument(file: file, metadata: article, mayHoldSeveral: true)], problems: problems)
    }

    /// "- ", "* ", "+ ", "1. ", "2) " at the start of a line.
    static func listMarkerLength(_ line: Substring) -> Int? {
        let u = Array(line.utf8.prefix(6))
        guard !u.isEmpty else { return nil }
        if u[0] == UInt8(ascii: "-") || u[0] == UInt8(ascii: "*") || u[0] == UInt8(ascii: "+"), u.count > 1,
            u[1] == 0x20
        {
            return 2
        }
        var i = 0
        while i < u.count, u[i] >= 0x30, u[i] <= 0x39 { i += 1 }
        if i > 0, i + 1 < u.count, u[i] == UInt8(ascii: ".") || u[i] == UInt8(ascii: ")"), u[i + 1] == 0x20 {
            return i + 2
        }
        return nil
    }

    /// A line without inline markup: images dropped, links to their text, emphasis and code marks
    /// and inline tags removed. Underscores inside words (snake_case) stay.
    static func inline(_ line: Substring) -> String {
        let chars = Array(line)
        var out = ""
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "\\", i + 1 < chars.count, "\\`*_{}[]()#+-.!<>|".contains(chars[i + 1]) {
                out.append(chars[i + 1])
                i += 2
                continue
            }
            if c == "!" && i + 1 < chars.count && chars[i + 1] == "[", let (_, next) = bracketed(chars, from: i + 1) {
                i = next  // an image: its alt text is not prose
                continue
            }
            if c == "[", let (text, next) = bracketed(chars, from: i) {
                out += inline(Substring(String(text)))
                i = next
                continue
            }
            if c == "<", let close = chars[i...].firstIndex(of: ">"), close - i < 200 {
                let inside = String(chars[(i + 1)..<close])
                if inside.hasPrefix("http://") || inside.hasPrefix("https://") { out += inside }
                i = close + 1
                continue
            }
            if c == "*" || c == "`" || c == "~" && i + 1 < chars.count && chars[i + 1] == "~" {
                i += c == "~" ? 2 : 1
                continue
            }
            if c == "_" {
                let before = i > 0 ? chars[i - 1] : " "
                let after = i + 1 < chars.count ? chars[i + 1] : " "
                if !(before.isLetter || before.isNumber) || !(after.isLetter || after.isNumber) {
                    i += 1
                    continue
                }
            }
            out.append(c)
            i += 1
        }
        // Two trailing spaces or a backslash mark a hard break in Markdown.
        if out.hasSuffix("\\") { out.removeLast() }
        return out
    }

    /// At "[": the link text and the index after "](url)", "][ref]" or "]".
    private static func bracketed(_ chars: [Character], from i: Int) -> ([Character], Int)? {
        var depth = 0
        var j = i
        while j < chars.count {
            if chars[j] == "[" { depth += 1 }
            if chars[j] == "]" {
                depth -= 1
                if depth == 0 { break }
            }
            j += 1
        }
        guard j < chars.count else { return nil }
        let text = Array(chars[(i + 1)..<j])
        var next = j + 1
        if next < chars.count, chars[next] == "(" || chars[next] == "[" {
            let close: Character = chars[next] == "(" ? ")" : "]"
            if let end = chars[next...].firstIndex(of: close) {
                next = end + 1
            }
        } else if text.first == "^" {
            return ([], next)  // a footnote mark
        }
        return (text, next)
    }

    /// Simple "key: value" front matter: flat keys, quoted or not, lists inline or as "- item".
    static func frontMatter(_ lines: ArraySlice<Substring>, toml: Bool, into article: inout Article) {
        var currentList: TextHeader.Field?
        for line in lines {
            let trimmed = line.trimmingSpaces()
            if trimmed.hasPrefix("- "), let field = currentList {
                TextHeader.apply(field, String(trimmed.dropFirst(2)), to: &article)
                continue
            }
            let sep: Character = toml ? "=" : ":"
            guard let i = trimmed.firstIndex(of: sep) else { continue }
            let key = trimmed[..<i].trimmingSpaces().lowercased()
            var value = trimmed[trimmed.index(after: i)...].trimmingSpaces()
            guard let field = TextHeader.keys[key] else {
                currentList = nil
                continue
            }
            if value.isEmpty {
                currentList = field
                continue
            }
            currentList = nil
            if value.hasPrefix("[") && value.hasSuffix("]") {
                value = String(value.dropFirst().dropLast())
                for item in value.split(separator: ",") { TextHeader.apply(field, String(item), to: &article) }
            } else {
                TextHeader.apply(field, value, to: &article)
            }
        }
    }
}

extension String {
    fileprivate func trimmingCharacters(suffix c: Character) -> String {
        var s = self
        while s.last == c { s.removeLast() }
        return s.trimmingSpaces()
    }
}
