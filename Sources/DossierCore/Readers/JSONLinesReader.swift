/// JSON Lines (.jsonl, .ndjson): one record per line, read as a stream so a file of any size
/// takes bounded memory, and a bad line costs that line only.
public struct JSONLinesReader: StreamingDocumentReader {
    public var format: String { "jsonl" }

    public init() {}

    public func makeStream(file: String, options: ReaderOptions) -> any DocumentStream {
        JSONLinesStream(
            mapper: JSONRecordMapper(
                file: file, fieldMap: options.fieldMap, maxDocumentBytes: options.maxDocumentBytes),
            maxLine: options.maxRecordBytes)
    }
}

struct JSONLinesStream: DocumentStream {
    let mapper: JSONRecordMapper
    let maxLine: Int
    private var buffer: [UInt8] = []
    /// Where the search for the next newline resumes in `buffer`.
    private var scanFrom = 0
    private var line = 1
    private var ordinal = 0
    /// True while dropping the rest of a line that was too long to keep.
    private var skipping = false

    init(mapper: JSONRecordMapper, maxLine: Int) {
        self.mapper = mapper
        self.maxLine = maxLine
    }

    mutating func feed(_ bytes: ArraySlice<UInt8>, into result: inout ReaderResult) {
        var input = bytes
        if skipping {
            guard let nl = input.firstIndex(of: 0x0A) else { return }
            input = input[(nl + 1)...]
            skipping = false
            line += 1
        }
        buffer.append(contentsOf: input)
        var start = 0
        while let nl = buffer[scanFrom...].firstIndex(of: 0x0A) {
            if nl - start > maxLine {
                result.problems.append("line \(line): longer than \(formatBytes(maxLine)) with no line break; skipped")
            } else {
                handle(buffer[start..<nl], into: &result)
            }
            start = nl + 1
            scanFrom = start
            line += 1
        }
        buffer.removeFirst(start)
        scanFrom = buffer.count
        if buffer.count > maxLine {
            result.problems.append("line \(line): longer than \(formatBytes(maxLine)) with no line break; skipped")
            buffer = []
            scanFrom = 0
            skipping = true
        }
    }

    mutating func finish(into result: inout ReaderResult) {
        if !skipping && !buffer.isEmpty { handle(buffer[...], into: &result) }
        buffer = []
    }

    private mutating func handle(_ raw: ArraySlice<UInt8>, into result: inout ReaderResult) {
        var bytes = raw
        while let last = bytes.last, last == 0x0D || last == 0x20 || last == 0x09 { bytes = bytes.dropLast() }
        while let first = bytes.first, first == 0x20 || first == 0x09 { bytes = bytes.dropFirst() }
        if bytes.isEmpty { return }
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes)
        } catch {
            let column = bytes.startIndex - raw.startIndex + error.offset + 1
            result.problems.append("line \(line): not JSON: \(error.message) at column \(column)")
            return
        }
        let mapped = mapper.document(from: value, ordinal: ordinal)
        if let problem = mapped.problem { result.problems.append("line \(line): \(problem)") }
        if let doc = mapped.document {
            result.documents.append(doc)
            ordinal += 1
        }
    }
}
