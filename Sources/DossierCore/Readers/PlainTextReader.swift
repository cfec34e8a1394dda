/// Plain text (.txt and files without an extension). A file may hold several articles (a blog
/// collage of excerpts), so documents are marked for segmentation. Read as a stream: a text over
/// `maxDocumentBytes` is handed on in parts split at paragraph breaks, and a single line longer
/// than that keeps its first `maxDocumentBytes` (the rest is dropped and reported).
public struct PlainTextReader: StreamingDocumentReader {
    public var format: String { "text" }

    public init() {}

    public func makeStream(file: String, options: ReaderOptions) -> any DocumentStream {
        PlainTextStream(file: file, maxDocumentBytes: options.maxDocumentBytes)
    }
}

struct PlainTextStream: DocumentStream {
    let file: String
    let maxDocumentBytes: Int
    private var pending: [UInt8] = []
    private var line = 0
    private enum HeaderState { case start, inHeader, done }
    private var header = HeaderState.start
    private var metadata: Article
    private var builder = ParagraphBuilder()
    private var parts = 0
    private var reportedSplit = false
    /// Set while dropping the rest of an over-long line: its number and its length so far.
    private var skipping: (line: Int, bytes: Int)?

    init(file: String, maxDocumentBytes: Int) {
        self.file = file
        self.maxDocumentBytes = maxDocumentBytes
        self.metadata = Article(file: file, text: "")
    }

    mutating func feed(_ bytes: ArraySlice<UInt8>, into result: inout ReaderResult) {
        var input = bytes
        if let skip = skipping {
            guard let nl = input.firstIndex(of: 0x0A) else {
                skipping!.bytes += input.count
                return
            }
            let total = skip.bytes + (nl - input.startIndex)
            result.problems.append(
                "line \(skip.line): \(formatBytes(total)) with no line break; kept the first \(formatBytes(maxDocumentBytes))"
            )
            skipping = nil
            input = input[(nl + 1)...]
        }
        // Lines are cut out of the piece directly; only a line split between pieces is copied.
        var start = input.startIndex
        while let nl = input[start...].firstIndex(of: 0x0A) {
            if pending.isEmpty {
                handle(line: input[start..<nl], into: &result)
            } else {
                pending.append(contentsOf: input[start..<nl])
                let whole = pending
                pending = []
                handle(line: whole[...], into: &result)
            }
            start = nl + 1
        }
        pending.append(contentsOf: input[start...])
        if pending.count > maxDocumentBytes {
            let kept = pending
            pending = []
            handle(line: kept[...], into: &result, cut: true)
            skipping = (line, kept.count)
        }
    }

    mutating func finish(into result: inout ReaderResult) {
        if let skip = skipping {
            result.problems.append(
                "line \(skip.line): \(formatBytes(skip.bytes)) with no line break; kept the first \(formatBytes(maxDocumentBytes))"
            )
            skipping = nil
        } else if !pending.isEmpty {
            let last = pending
            pending = []
            handle(line: last[...], into: &result)
        }
        emit(into: &result)
    }

    private mutating func handle(line raw: ArraySlice<UInt8>, into result: inout ReaderResult, cut: Bool = false) {
        line += 1
        var bytes = raw
        if bytes.last == 0x0D { bytes = bytes.dropLast() }
        if cut { bytes = Array(cutText(String(decoding: bytes, as: UTF8.self), to: maxDocumentBytes).utf8)[...] }
        // Form feeds and other stray controls separate pages in old text files; they are not text.
        if bytes.contains(where: { $0 < 0x20 && $0 != 0x09 }) { bytes = bytes.filter { $0 >= 0x20 || $0 == 0x09 }[...] }
        let blank = bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 }
        if header != .done {
            if blank {
                if header == .inHeader { header = .done }
                return
            }
            if let (field, value) = TextHeader.parse(Substring(String(decoding: bytes, as: UTF8.self))) {
                TextHeader.apply(field, value, to: &metadata)
                header = .inHeader
                return
            }
            header = .done
        }
        builder.add(line: bytes)
        // Split only where a paragraph ends, unless a paragraph alone outgrows the limit.
        if builder.byteCount >= maxDocumentBytes && (blank || builder.byteCount >= 2 * maxDocumentBytes || cut) {
            if !reportedSplit {
                result.problems.append(
                    "text over \(formatBytes(maxDocumentBytes)) at line \(line): handed on in parts of up to that size, split at paragraph breaks"
                )
                reportedSplit = true
            }
            emit(into: &result)
        }
    }

    private mutating func emit(into result: inout ReaderResult) {
        let text = builder.take()
        guard !text.isEmpty else { return }
        var article = metadata
        article.ordinal = parts
        article.text = text
        result.documents.append(SourceDocument(file: file, metadata: article, mayHoldSeveral: true))
        parts += 1
    }
}
