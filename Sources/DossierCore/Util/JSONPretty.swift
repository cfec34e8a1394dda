extension JSON {
    /// Indented serialization (two spaces), for files people diff and read: reports. Arrays of
    /// scalars (and of lists of scalars) stay on one line, so a row of a table reads as a row,
    /// and so do short objects of scalars (a bar, a network edge).
    public var pretty: String {
        var out = ""
        writePretty(to: &out, indent: 0)
        return out + "\n"
    }

    private var isListOfScalars: Bool {
        if case .array(let items) = self { return items.allSatisfy(\.isScalar) }
        return false
    }

    private var isScalar: Bool {
        switch self {
        case .array, .object: return false
        default: return true
        }
    }

    /// Scalars, and arrays and objects of scalars short enough for one line, with a space after
    /// each comma and colon.
    private func inline(maxLength: Int) -> String? {
        switch self {
        case .array(let items):
            // A row of a table stays on one line however long, lists in its cells included.
            guard items.allSatisfy({ $0.isScalar || $0.isListOfScalars }) else { return nil }
            return "[" + items.map { $0.inline(maxLength: .max)! }.joined(separator: ", ") + "]"
        case .object(let members):
            guard members.allSatisfy(\.value.isScalar) else { return nil }
            var parts: [String] = []
            for m in members {
                var k = ""
                JSON.quote(m.key, into: &k)
                parts.append(k + ": " + m.value.serialized)
            }
            let s = "{" + parts.joined(separator: ", ") + "}"
            return s.count <= maxLength ? s : nil
        default:
            return serialized
        }
    }

    private func writePretty(to out: inout String, indent: Int) {
        if let s = inline(maxLength: 100) {
            out += s
            return
        }
        let pad = String(repeating: "  ", count: indent + 1)
        let end = String(repeating: "  ", count: indent)
        switch self {
        case .array(let items):
            out += "[\n"
            for (i, item) in items.enumerated() {
                out += pad
                item.writePretty(to: &out, indent: indent + 1)
                out += i == items.count - 1 ? "\n" : ",\n"
            }
            out += end + "]"
        case .object(let members):
            out += "{\n"
            for (i, m) in members.enumerated() {
                out += pad
                JSON.quote(m.key, into: &out)
                out += ": "
                m.value.writePretty(to: &out, indent: indent + 1)
                out += i == members.count - 1 ? "\n" : ",\n"
            }
            out += end + "}"
        default:
            write(to: &out)
        }
    }
}
