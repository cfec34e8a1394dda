/// A JSON value from a small byte parser of its own, rather than Foundation's: a bad record must
/// say what is wrong and where ("line 12: not JSON: expected ',' or '}' at column 40"), and a
/// JSON Lines file is parsed line by line at wire speed.
enum JSONValue {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    /// Members in file order; lookups are by name, so order only matters for duplicates.
    case object([JSONMember])

    var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    var kindName: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }

    subscript(key: String) -> JSONValue? {
        guard case let .object(members) = self else { return nil }
        return members.first(where: { $0.key == key })?.value
    }
}

/// One member of an object. A struct rather than a tuple: a tuple payload in this recursive enum
/// sends Swift 6.3's type checker into a "circular reference" error.
struct JSONMember {
    var key: String
    var value: JSONValue
}

struct JSONParseError: Error {
    var message: String
    /// Byte offset in the parsed text.
    var offset: Int
}

struct JSONParser {
    private let bytes: UnsafeBufferPointer<UInt8>
    private(set) var position = 0
    private var depth = 0
    private static let maxDepth = 256

    /// Parses `bytes` as exactly one value.
    static func parse(_ bytes: ArraySlice<UInt8>) throws(JSONParseError) -> JSONValue {
        var result: Result<JSONValue, JSONParseError> = .success(.null)
        bytes.withUnsafeBufferPointer { buf in
            var parser = JSONParser(bytes: buf)
            do throws(JSONParseError) {
                parser.skipSpace()
                let value = try parser.value()
                parser.skipSpace()
                if parser.position < buf.count {
                    throw parser.error("unexpected \(parser.describe(parser.position)) after the value")
                }
                result = .success(value)
            } catch {
                result = .failure(error)
            }
        }
        return try result.get()
    }

    /// Parses the elements of a top-level array one by one, handing each to `body` with its
    /// starting offset, so a bad element can be reported and the others kept. Returns an error
    /// that stopped the scan (the array itself is broken), if any.
    static func forEachElement(
        _ bytes: ArraySlice<UInt8>, _ body: (Result<JSONValue, JSONParseError>, Int) -> Void
    ) -> JSONParseError? {
        var stop: JSONParseError?
        bytes.withUnsafeBufferPointer { buf in
            var parser = JSONParser(bytes: buf)
            parser.skipSpace()
            guard parser.peek == UInt8(ascii: "[") else {
                stop = parser.error("expected '[' at the start")
                return
            }
            parser.position += 1
            parser.skipSpace()
            if parser.peek == UInt8(ascii: "]") { return }
            while true {
                parser.skipSpace()
                let start = parser.position
                do throws(JSONParseError) {
                    body(.success(try parser.value()), start)
                } catch {
                    body(.failure(error), start)
                    // Resynchronize at the next element that starts an object on a new line,
                    // the shape of pretty-printed arrays of records.
                    guard parser.skipToNextRecord() else {
                        stop = nil
                        return
                    }
                    continue
                }
                parser.skipSpace()
                if parser.peek == UInt8(ascii: ",") {
                    parser.position += 1
                    continue
                }
                if parser.peek == UInt8(ascii: "]") { return }
                stop = parser.error(
                    parser.position >= buf.count
                        ? "the array is not closed (file cut short?)"
                        : "expected ',' or ']' but found \(parser.describe(parser.position))")
                return
            }
        }
        return stop
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    private var peek: UInt8? { position < bytes.count ? bytes[position] : nil }

    private func error(_ message: String) -> JSONParseError { JSONParseError(message: message, offset: position) }

    private func describe(_ i: Int) -> String {
        guard i < bytes.count else { return "the end" }
        let b = bytes[i]
        if b >= 0x20 && b < 0x7F { return "'\(Character(Unicode.Scalar(b)))'" }
        let hex = String(b, radix: 16, uppercase: true)
        return "byte 0x" + (hex.count == 1 ? "0" + hex : hex)
    }

    private mutating func skipSpace() {
        while position < bytes.count {
            let b = bytes[position]
            guard b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 else { return }
            position += 1
        }
    }

    /// After a bad element: moves to a "{" that begins a line, past a ",", and returns true.
    private mutating func skipToNextRecord() -> Bool {
        while position < bytes.count {
            if bytes[position] == 0x0A {
                var j = position + 1
                while j < bytes.count, bytes[j] == 0x20 || bytes[j] == 0x09 || bytes[j] == 0x0D { j += 1 }
                if j < bytes.count, bytes[j] == UInt8(ascii: "{") {
                    position = j
                    return true
                }
            }
            position += 1
        }
        return false
    }

    private mutating func value() throws(JSONParseError) -> JSONValue {
        guard let b = peek else { throw error("unexpected end of input") }
        switch b {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): return try literal("true", .bool(true))
        case UInt8(ascii: "f"): return try literal("false", .bool(false))
        case UInt8(ascii: "n"): return try literal("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw error("unexpected \(describe(position))")
        }
    }

    private mutating func literal(_ word: StaticString, _ v: JSONValue) throws(JSONParseError) -> JSONValue {
        let w = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        guard position + w.count <= bytes.count, zip(w, bytes[position..<position + w.count]).allSatisfy({ $0 == $1 })
        else {
            throw error("unexpected \(describe(position))")
        }
        position += w.count
        return v
    }

    private mutating func number() throws(JSONParseError) -> JSONValue {
        let start = position
        while position < bytes.count {
            let b = bytes[position]
            guard
                (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "-") || b == UInt8(ascii: "+") || b == UInt8(ascii: ".")
                    || b == UInt8(ascii: "e") || b == UInt8(ascii: "E")
            else { break }
            position += 1
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        guard let v = Double(text) else {
            position = start
            throw error("bad number '\(text)'")
        }
        return .number(v)
    }

    private mutating func enter() throws(JSONParseError) {
        depth += 1
        if depth > Self.maxDepth { throw error("nested more than \(Self.maxDepth) deep") }
    }

    private mutating func array() throws(JSONParseError) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        position += 1
        var items: [JSONValue] = []
        skipSpace()
        if peek == UInt8(ascii: "]") {
            position += 1
            return .array(items)
        }
        while true {
            skipSpace()
            items.append(try value())
            skipSpace()
            switch peek {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "]"):
                position += 1
                return .array(items)
            default: throw error("expected ',' or ']' but found \(describe(position))")
            }
        }
    }

    private mutating func object() throws(JSONParseError) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        position += 1
        var members: [JSONMember] = []
        skipSpace()
        if peek == UInt8(ascii: "}") {
            position += 1
            return .object(members)
        }
        while true {
            skipSpace()
            guard peek == UInt8(ascii: "\"") else {
                throw error("expected a member name in quotes but found \(describe(position))")
            }
            let key = try string()
            skipSpace()
            guard peek == UInt8(ascii: ":") else { throw error("expected ':' but found \(describe(position))") }
            position += 1
            skipSpace()
            members.append(JSONMember(key: key, value: try value()))
            skipSpace()
            switch peek {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "}"):
                position += 1
                return .object(members)
            default: throw error("expected ',' or '}' but found \(describe(position))")
            }
        }
    }

    private mutating func string() throws(JSONParseError) -> String {
        let open = position
        position += 1
        let start = position
        // Most strings have no escapes: find the closing quote and decode the bytes in one go.
        while position < bytes.count {
            let b = bytes[position]
            if b == UInt8(ascii: "\"") {
                let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
                position += 1
                return s
            }
            if b == UInt8(ascii: "\\") { break }
            position += 1
        }
        var out = Array(bytes[start..<position])
        while position < bytes.count {
            let b = bytes[position]
            if b == UInt8(ascii: "\"") {
                position += 1
                return String(decoding: out, as: UTF8.self)
            }
            if b != UInt8(ascii: "\\") {
                out.append(b)
                position += 1
                continue
            }
            position += 1
            guard let e = peek else { break }
            position += 1
            switch e {
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "u"):
                var scalar = try hex4()
                if (0xD800...0xDBFF).contains(scalar), position + 1 < bytes.count,
                    bytes[position] == UInt8(ascii: "\\"),
                    bytes[position + 1] == UInt8(ascii: "u")
                {
                    position += 2
                    let low = try hex4()
                    scalar =
                        (0xDC00...0xDFFF).contains(low) ? 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00) : 0xFFFD
                } else if (0xD800...0xDFFF).contains(scalar) {
                    scalar = 0xFFFD  // a lone surrogate cannot be text
                }
                appendUTF8(scalar, to: &out)
            default: out.append(e)  // \" \\ \/ and, leniently, any other escaped character
            }
        }
        position = open
        throw error("a string is not closed")
    }

    private mutating func hex4() throws(JSONParseError) -> UInt32 {
        guard position + 4 <= bytes.count else { throw error("bad \\u escape") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[position]
            let d: UInt8
            switch b {
            case 0x30...0x39: d = b - 0x30
            case 0x41...0x46: d = b - 0x41 + 10
            case 0x61...0x66: d = b - 0x61 + 10
            default: throw error("bad \\u escape")
            }
            v = v << 4 | UInt32(d)
            position += 1
        }
        return v
    }
}
