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

    public init(fieldMap: [String: String] = [:]) {
        self.fieldMap = fieldMap
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
