/// Turns the bytes of one file (already decompressed) into documents for the pipeline.
public protocol DocumentReader: Sendable {
    /// The format's short name, as `--format` and messages spell it ("text", "html", "jsonl", …).
    var format: String { get }
    /// The documents in `bytes`; throws `ReaderError` when the file cannot be read at all. A
    /// container with some bad records returns the good ones and reports the rest in `problems`.
    func read(_ bytes: [UInt8], file: String, options: ReaderOptions) throws -> ReaderResult
}

public struct ReaderResult: Sendable {
    public var documents: [SourceDocument]
    /// Records skipped, with the reason ("line 12: not JSON").
    public var problems: [String]

    public init(documents: [SourceDocument], problems: [String] = []) {
        self.documents = documents
        self.problems = problems
    }
}

public struct ReaderOptions: Sendable {
    /// Field names for JSON records: "text" → "body", "date" → "published", … (`--map`).
    public var fieldMap: [String: String]
    /// A format to use instead of detecting one ("text", "jsonl", …; `--format`).
    public var format: String?
    /// The most a file may hold, after gunzip, for a reader that needs all of it at once (feeds,
    /// JSON arrays, Markdown, HTML). Streaming readers (text, JSON Lines, SGML) have no such limit.
    public var maxInMemoryBytes: Int
    /// The longest text one document may have; a longer one is cut or split, and the cut reported.
    /// The text pipeline is built for articles, not for a 200 MB line.
    public var maxDocumentBytes: Int
    /// The longest single record (a JSON line, an SGML record) a streaming reader will buffer.
    public var maxRecordBytes: Int
    /// The most a gzip stream may inflate to before it is taken for a decompression bomb.
    public var maxInflatedBytes: Int
    /// Problems listed per file; the rest are counted in one last line.
    public var maxProblems: Int

    public init(fieldMap: [String: String] = [:], format: String? = nil) {
        self.fieldMap = fieldMap
        self.format = format
        self.maxInMemoryBytes = 256 << 20
        self.maxDocumentBytes = 4 << 20
        self.maxRecordBytes = 32 << 20
        self.maxInflatedBytes = 8 << 30
        self.maxProblems = 20
    }

    /// The fields a `--map` may name, in the order messages list them.
    public static let mappableFields = ["title", "text", "date", "url", "source", "authors", "language"]

    /// Parses `--map text=body,date=published` (record keys may be dotted paths: `source=meta.outlet`).
    public static func fieldMap(parsing spec: String) throws(ReaderError) -> [String: String] {
        var map: [String: String] = [:]
        for part in spec.split(separator: ",") {
            let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingSpaces() }
            guard pair.count == 2, !pair[0].isEmpty, !pair[1].isEmpty else {
                throw ReaderError("--map: '\(part)' is not FIELD=KEY (for example text=body)")
            }
            let field = pair[0].lowercased() == "author" ? "authors" : pair[0].lowercased()
            guard mappableFields.contains(field) else {
                throw ReaderError(
                    "--map: unknown field '\(pair[0])' (fields: \(mappableFields.joined(separator: ", ")))")
            }
            map[field] = pair[1]
        }
        return map
    }
}

/// Why a file gave no documents, in words a user can act on.
public struct ReaderError: Error, CustomStringConvertible, Sendable {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}

extension String {
    /// The text without leading and trailing spaces, tabs and line breaks (no Foundation needed).
    func trimmingSpaces() -> String { self[...].trimmingSpaces() }
}

extension Substring {
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        var a = scalars.startIndex
        var b = scalars.endIndex
        while a < b, scalars[a].isReaderSpace { a = scalars.index(after: a) }
        while a < b {
            let p = scalars.index(before: b)
            guard scalars[p].isReaderSpace else { break }
            b = p
        }
        return String(scalars[a..<b])
    }
}

extension Unicode.Scalar {
    /// Spaces a reader trims or collapses: ASCII white space and the no-break and ideographic spaces.
    var isReaderSpace: Bool {
        switch value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x2007, 0x202F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }
}
