/// The <DOC> layout of TREC (AP, WSJ, LA Times, FT, FBIS) and of the LDC Gigaword corpora: a
/// DOCNO or an id attribute, a headline (HEADLINE, HEAD, HL, TI), a date (DATE_TIME, DATE, DD, or
/// the date inside the id), a DATELINE, a BYLINE, and TEXT, with or without <P> paragraphs.
public struct TRECReader: StreamingDocumentReader {
    public var format: String { "trec" }

    public init() {}

    public func makeStream(file: String, options: ReaderOptions) -> any DocumentStream {
        SGMLRecordStream(
            parser: TRECRecordParser(file: file, maxDocumentBytes: options.maxDocumentBytes),
            maxRecord: options.maxRecordBytes)
    }
}

struct TRECRecordParser: SGMLRecordParser {
    let file: String
    let maxDocumentBytes: Int
    var tag: String { "DOC" }
    private var ordinal = 0

    init(file: String, maxDocumentBytes: Int) {
        self.file = file
        self.maxDocumentBytes = maxDocumentBytes
    }

    /// Collections by the prefix of their document ids.
    static let outlets: [(String, String)] = [
        ("AFP", "Agence France-Presse"), ("APW", "Associated Press"), ("AP", "Associated Press"),
        ("NYT", "New York Times"), ("XIN", "Xinhua"), ("LTW", "Los Angeles Times/Washington Post"),
        ("CNA", "Central News Agency"), ("WPB", "Washington Post/Bloomberg"), ("WSJ", "Wall Street Journal"),
        ("LA", "Los Angeles Times"), ("FT", "Financial Times"), ("SJMN", "San Jose Mercury News"),
        ("FBIS", "Foreign Broadcast Information Service"), ("ZF", "Ziff-Davis"),
    ]

    mutating func parse(_ record: SGMLRecord, offset: Int, into result: inout ReaderResult) {
        let whole = 0..<record.bytes.count
        let openTagEnd = record.find(0x3E, from: 0, to: record.bytes.count) ?? 0
        let id =
            record.attribute("id", in: 4..<max(4, openTagEnd)).flatMap { Int($0) == nil ? $0 : nil }
            ?? record.element("DOCNO", in: whole).map { record.line($0.content) }
        let name = id.map { "DOC \($0)" } ?? "DOC at byte \(offset)"
        var article = Article(file: file, ordinal: ordinal, text: "")
        // WikiExtractor writes <doc id=… url=… title=…> with the text directly inside.
        let attributes = 4..<max(4, openTagEnd)
        article.title = record.attribute("title", in: attributes)
        article.url = record.attribute("url", in: attributes)

        if let id {
            let upper = id.uppercased()
            article.source = Self.outlets.first { upper.hasPrefix($0.0) }?.1
            article.date = Self.date(inID: upper)
        }
        for tag in ["HEADLINE", "HEAD", "HL", "TI", "TITLE"] {
            if let e = record.element(tag, in: whole) {
                let t = record.line(e.content)
                if !t.isEmpty {
                    article.title = t
                    break
                }
            }
        }
        for tag in ["DATE_TIME", "DATE", "DD", "PUBDATE"] {
            if let e = record.element(tag, in: whole), let d = DateParsing.parse(record.line(e.content)) {
                article.date = d
                break
            }
        }
        for tag in ["BYLINE", "AUTHOR"] {
            if let e = record.element(tag, in: whole) {
                article.authors = Bylines.split(record.line(e.content), source: article.source)
                if !article.authors.isEmpty { break }
            }
        }
        let dateline = record.element("DATELINE", in: whole).map { record.line($0.content) } ?? ""

        var builder = ParagraphBuilder()
        // WSJ and others put a lead paragraph in <LP> before <TEXT>.
        var sawText = false
        for tag in ["LP", "TEXT"] {
            if let e = record.element(tag, in: whole) {
                builder.add(text: record.textBytes(e.content)[...])
                builder.endBlock()
                sawText = true
            }
        }
        if !sawText && article.url != nil {
            builder.add(text: record.textBytes((openTagEnd + 1)..<record.bytes.count)[...])
        }
        var text = builder.take()
        if text.isEmpty, let title = article.title { text = title }
        guard !text.isEmpty else {
            result.problems.append("\(name): no text; skipped")
            return
        }
        if !dateline.isEmpty && !text.hasPrefix(dateline) {
            text = dateline.hasSuffix("-") || dateline.hasSuffix("—") ? "\(dateline) \(text)" : "\(dateline) - \(text)"
        }
        if text.utf8.count > maxDocumentBytes {
            text = cutText(text, to: maxDocumentBytes)
            result.problems.append("\(name): text cut to \(formatBytes(maxDocumentBytes))")
        }
        article.text = text
        result.documents.append(SourceDocument(file: file, metadata: article, mayHoldSeveral: false))
        ordinal += 1
    }

    /// "AFP_ENG_19940512.0001" → 1994-05-12; "AP880212-0001" → 1988-02-12; "LA010189-0001"
    /// (month, day, year) → 1989-01-01.
    static func date(inID id: String) -> PartialDate? {
        let u = Array(id.utf8)
        var i = 0
        while i < u.count {
            guard u[i] >= 0x30 && u[i] <= 0x39 else {
                i += 1
                continue
            }
            var j = i
            while j < u.count, u[j] >= 0x30, u[j] <= 0x39 { j += 1 }
            let run = u[i..<j]
            if run.count == 8, let d = DateParsing.compactDate(run) { return d }
            if run.count == 6 {
                let v = run.map { Int($0) - 48 }
                let a = v[0] * 10 + v[1]
                let b = v[2] * 10 + v[3]
                let c = v[4] * 10 + v[5]
                if id.hasPrefix("LA") { return PartialDate(year: 1900 + c, month: a, day: b) }
                return PartialDate(year: a < 50 ? 2000 + a : 1900 + a, month: b, day: c)
            }
            i = j
        }
        return nil
    }
}
