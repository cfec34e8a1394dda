/// A JSON file holding records: an array of objects, an object wrapping such an array (NewsAPI's
/// {"articles": […]}, {"items": …}, {"response": {"docs": …}}), or a single article object.
/// A file of several objects one after another is JSON Lines in disguise and read as that.
public struct JSONDocumentReader: DocumentReader {
    public var format: String { "json" }

    public init() {}

    /// Keys under which exporters put the list of records.
    static let containerKeys = [
        "articles", "items", "data", "results", "posts", "entries", "docs", "documents", "stories", "news", "records",
        "response",
    ]

    public func read(_ bytes: [UInt8], file: String, options: ReaderOptions) throws -> ReaderResult {
        let mapper = JSONRecordMapper(
            file: file, fieldMap: options.fieldMap, maxDocumentBytes: options.maxDocumentBytes)
        let lines = LineIndex(bytes)
        guard let first = bytes.firstIndex(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) else {
            throw ReaderError("empty file")
        }
        var result = ReaderResult(documents: [])
        func add(_ mapped: JSONRecordMapper.Mapped, record: Int?, offset: Int?) {
            if let problem = mapped.problem {
                var place = record.map { "record \($0 + 1)" } ?? ""
                if let offset { place += " (\(lines.describe(offset)))" }
                result.problems.append(place.isEmpty ? problem : "\(place): \(problem)")
            }
            if let doc = mapped.document { result.documents.append(doc) }
        }
        if bytes[first] == UInt8(ascii: "[") {
            var index = 0
            let stop = JSONParser.forEachElement(bytes[...]) { element, offset in
                defer { index += 1 }
                switch element {
                case let .success(value):
                    add(mapper.document(from: value, ordinal: result.documents.count), record: index, offset: offset)
                case let .failure(error):
                    result.problems.append(
                        "record \(index + 1) (\(lines.describe(error.offset))): not JSON: \(error.message)")
                }
            }
            if let stop {
                result.problems.append("\(lines.describe(stop.offset)): \(stop.message); records after it are lost")
            }
            return result
        }

        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes[...])
        } catch {
            if error.message.hasPrefix("unexpected '{' after the value")
                || error.message.hasPrefix("unexpected '[' after the value")
            {
                return try JSONLinesReader().read(bytes, file: file, options: options)
            }
            throw ReaderError("not JSON: \(error.message) at \(lines.describe(error.offset))")
        }
        if let records = Self.records(in: value) {
            for (i, record) in records.enumerated() {
                add(mapper.document(from: record, ordinal: result.documents.count), record: i, offset: nil)
            }
        } else {
            add(mapper.document(from: value, ordinal: 0), record: nil, offset: nil)
        }
        return result
    }

    /// The array of records inside a wrapping object, one or two levels down.
    static func records(in value: JSONValue) -> [JSONValue]? {
        guard case let .object(members) = value else {
            if case let .array(items) = value { return items }
            return nil
        }
        for member in members where containerKeys.contains(member.key.lowercased()) {
            let v = member.value
            if case let .array(items) = v,
                items.contains(where: { if case .object = $0 { return true } else { return false } })
            {
                return items
            }
            if case .object = v, let inner = records(in: v) { return inner }
        }
        return nil
    }
}

/// Line and column of a byte offset, for messages about a file read whole.
struct LineIndex {
    private var starts: [Int] = [0]

    init(_ bytes: [UInt8]) {
        for (i, b) in bytes.enumerated() where b == 0x0A { starts.append(i + 1) }
    }

    func describe(_ offset: Int) -> String {
        var lo = 0
        var hi = starts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return "line \(lo + 1), column \(offset - starts[lo] + 1)"
    }
}
