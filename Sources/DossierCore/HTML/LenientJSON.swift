/// A small, forgiving JSON reader for the JSON-LD that pages embed: publishers' JSON often has
/// raw newlines in strings, trailing commas, or an HTML comment / CDATA wrapper around it.
enum LenientJSON: Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([LenientJSON])
    case object([(key: String, value: LenientJSON)])

    subscript(key: String) -> LenientJSON? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    var string: String? {
        switch self {
        case .string(let s): return s
        case .number(let n): return n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n)
        default: return nil
        }
    }

    var array: [LenientJSON] {
        if case .array(let a) = self { return a }
        return [self]
    }

    /// The value of a whole text, or nil when it does not start with JSON after any wrapper.
    static func parse(_ bytes: [UInt8]) -> LenientJSON? {
        var reader = Reader(bytes: bytes)
        reader.skipWrapper()
        return reader.value(depth: 0)
    }

    private struct Reader {
        let bytes: [UInt8]
        var i = 0

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func skipWrapper() {
            skipSpace()
            for wrapper in ["<!--", "//<![CDATA[", "/*<![CDATA[*/", "<![CDATA["] {
                let w = Array(wrapper.utf8)
                if bytes.count >= i + w.count && Array(bytes[i..<(i + w.count)]) == w {
                    i += w.count
                    skipSpace()
                }
            }
        }

        mutating func skipSpace() {
            while i < bytes.count, TextBytes.isSpace(bytes[i]) { i += 1 }
        }

        mutating func value(depth: Int) -> LenientJSON? {
            skipSpace()
            guard i < bytes.count, depth < 200 else { return nil }
            switch bytes[i] {
            case UInt8(ascii: "{"):
                i += 1
                var members: [(key: String, value: LenientJSON)] = []
                while true {
                    skipSpace()
                    guard i < bytes.count else { return .object(members) }
                    if bytes[i] == UInt8(ascii: "}") {
                        i += 1
                        return .object(members)
                    }
                    if bytes[i] == UInt8(ascii: ",") {
                        i += 1
                        continue
                    }
                    guard bytes[i] == UInt8(ascii: "\""), let key = string() else { return .object(members) }
                    skipSpace()
                    guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return .object(members) }
                    i += 1
                    guard let v = value(depth: depth + 1) else { return .object(members) }
                    members.append((key, v))
                }
            case UInt8(ascii: "["):
                i += 1
                var items: [LenientJSON] = []
                while true {
                    skipSpace()
                    guard i < bytes.count else { return .array(items) }
                    if bytes[i] == UInt8(ascii: "]") {
                        i += 1
                        return .array(items)
                    }
                    if bytes[i] == UInt8(ascii: ",") {
                        i += 1
                        continue
                    }
                    guard let v = value(depth: depth + 1) else { return .array(items) }
                    items.append(v)
                }
            case UInt8(ascii: "\""):
                return string().map { .string($0) }
            case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
                let start = i
                while i < bytes.count, bytes[i] >= 97 && bytes[i] <= 122 { i += 1 }
                switch String(decoding: bytes[start..<i], as: UTF8.self) {
                case "true": return .bool(true)
                case "false": return .bool(false)
                case "null": return .null
                default: return nil
                }
            default:
                let start = i
                while i < bytes.count, isNumberByte(bytes[i]) { i += 1 }
                guard i > start, let d = Double(String(decoding: bytes[start..<i], as: UTF8.self)) else { return nil }
                return .number(d)
            }
        }

        private func isNumberByte(_ c: UInt8) -> Bool {
            (c >= 48 && c <= 57) || c == 45 || c == 43 || c == 46 || c == 101 || c == 69
        }

        /// A string at `i` (which holds the opening quote); raw control characters are kept.
        mutating func string() -> String? {
            i += 1
            var out: [UInt8] = []
            while i < bytes.count {
                let c = bytes[i]
                if c == UInt8(ascii: "\"") {
                    i += 1
                    return String(decoding: out, as: UTF8.self)
                }
                if c == UInt8(ascii: "\\"), i + 1 < bytes.count {
                    i += 1
                    switch bytes[i] {
                    case UInt8(ascii: "n"): out.append(10)
                    case UInt8(ascii: "t"): out.append(9)
                    case UInt8(ascii: "r"): out.append(13)
                    case UInt8(ascii: "b"), UInt8(ascii: "f"): out.append(32)
                    case UInt8(ascii: "u"):
                        guard var scalar = hex4(i + 1) else { return nil }
                        i += 4
                        // A surrogate pair spells one scalar in two escapes.
                        if scalar >= 0xD800 && scalar < 0xDC00, i + 6 < bytes.count, bytes[i + 1] == 92,
                            bytes[i + 2] == UInt8(ascii: "u"), let low = hex4(i + 3), low >= 0xDC00 && low < 0xE000
                        {
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                            i += 6
                        }
                        out.append(contentsOf: Array(String(Unicode.Scalar(scalar).map(Character.init) ?? " ").utf8))
                    default: out.append(bytes[i])
                    }
                    i += 1
                    continue
                }
                out.append(c)
                i += 1
            }
            return String(decoding: out, as: UTF8.self)
        }

        private func hex4(_ at: Int) -> UInt32? {
            guard at + 4 <= bytes.count else { return nil }
            var v: UInt32 = 0
            for k in at..<(at + 4) {
                let c = bytes[k]
                let d: UInt8
                switch c {
                case 48...57: d = c - 48
                case 97...102: d = c - 87
                case 65...70: d = c - 55
                default: return nil
                }
                v = v << 4 | UInt32(d)
            }
            return v
        }
    }
}
