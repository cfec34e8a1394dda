/// Reuters-21578's SGML: `<REUTERS … NEWID="n">` records with DATE, TEXT (TITLE, AUTHOR, DATELINE,
/// BODY). A record without BODY keeps its title as its text (TYPE="BRIEF") or its unstructured
/// text (TYPE="UNPROC"); one with no text at all is reported and skipped.
public struct ReutersReader: StreamingDocumentReader {
    public var format: String { "reuters" }

    public init() {}

    public func makeStream(file: String, options: ReaderOptions) -> any DocumentStream {
        SGMLRecordStream(
            parser: ReutersRecordParser(file: file, maxDocumentBytes: options.maxDocumentBytes),
            maxRecord: options.maxRecordBytes)
    }
}

struct ReutersRecordParser: SGMLRecordParser {
    let file: String
    let maxDocumentBytes: Int
    var tag: String { "REUTERS" }
    private var ordinal = 0

    init(file: String, maxDocumentBytes: Int) {
        self.file = file
        self.maxDocumentBytes = maxDocumentBytes
    }

    mutating func parse(_ record: SGMLRecord, offset: Int, into result: inout ReaderResult) {
        let whole = 0..<record.bytes.count
        let openTagEnd = record.find(0x3E, from: 0, to: record.bytes.count) ?? 0
        let newID = record.attribute("NEWID", in: 0..<openTagEnd)
        let name = newID.map { "record NEWID=\($0)" } ?? "record at byte \(offset)"

        var article = Article(file: file, ordinal: ordinal, source: "Reuters", text: "")
        if let date = record.element("DATE", in: whole) {
            article.date = DateParsing.parse(record.line(date.content))
        }
        guard let textElement = record.element("TEXT", in: whole) else {
            result.problems.append("\(name): no <TEXT>; skipped")
            return
        }
        let inner = textElement.content
        if let title = record.element("TITLE", in: inner) {
            let t = record.line(title.content)
            if !t.isEmpty { article.title = t }
        }
        if let author = record.element("AUTHOR", in: inner) {
            article.authors = Bylines.split(record.line(author.content), source: "Reuters")
        }
        var dateline = record.element("DATELINE", in: inner).map { record.line($0.content) } ?? ""

        var builder = ParagraphBuilder()
        if let body = record.element("BODY", in: inner) {
            builder.add(text: stripSignOff(record.textBytes(body.content)))
        } else if record.attribute("TYPE", in: textElement.attributes)?.uppercased() == "UNPROC" {
            builder.add(text: stripSignOff(record.textBytes(inner)))
            dateline = ""
        }
        var text = builder.take()
        if text.isEmpty, let title = article.title {
            text = title  // TYPE="BRIEF": the headline is the whole story
            dateline = ""
        }
        guard !text.isEmpty else {
            result.problems.append("\(name): no text; skipped")
            return
        }
        // The dateline ("SALVADOR, Feb 26 - ") opens the story as the wire ran it; the pipeline
        // reads place and date from it.
        if !dateline.isEmpty {
            text = dateline.hasSuffix("-") ? "\(dateline) \(text)" : "\(dateline) - \(text)"
        }
        if text.utf8.count > maxDocumentBytes {
            text = cutText(text, to: maxDocumentBytes)
            result.problems.append("\(name): text cut to \(formatBytes(maxDocumentBytes))")
        }
        article.text = text
        result.documents.append(SourceDocument(file: file, metadata: article, mayHoldSeveral: false))
        ordinal += 1
    }
}

/// Drops the closing " Reuter" / "REUTER" wire sign-off, which is not part of the story.
func stripSignOff(_ text: [UInt8]) -> ArraySlice<UInt8> {
    var t = text[...]
    while let last = t.last, last == 0x20 || last == 0x0A || last == 0x09 || last == 0x0D { t = t.dropLast() }
    for word in ["REUTERS", "REUTER"] {
        let w = Array(word.utf8)
        guard t.count >= w.count else { continue }
        let tail = t.suffix(w.count)
        // Letters compared without case: "Reuter" and "REUTER" both occur.
        guard zip(tail, w).allSatisfy({ $0 | 0x20 == $1 | 0x20 }) else { continue }
        let before = t.dropLast(w.count)
        if before.isEmpty || before.last == 0x20 || before.last == 0x0A || before.last == 0x09 {
            return before
        }
    }
    return t
}
