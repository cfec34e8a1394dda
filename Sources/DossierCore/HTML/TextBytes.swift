/// Byte-level text helpers shared by the passes.
enum TextBytes {
    static func isSpace(_ c: UInt8) -> Bool { c == 32 || c == 9 || c == 10 || c == 13 || c == 12 }

    /// Collapses runs of white space to one space and trims the ends.
    static func collapse(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        for c in bytes {
            if isSpace(c) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(32) }
                pendingSpace = false
                out.append(c)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func collapse(_ s: String) -> String { collapse(Array(s.utf8)) }
}

extension Array where Element == UInt8 {
    func contains(subsequence needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= count else { return needle.isEmpty }
        for i in 0...(count - needle.count) where self[i] == needle[0] {
            if self[i..<(i + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}

extension String {
    var htmlTrimmed: String {
        let u = Array(utf8)
        var a = 0
        var b = u.count
        while a < b, TextBytes.isSpace(u[a]) { a += 1 }
        while b > a, TextBytes.isSpace(u[b - 1]) { b -= 1 }
        return a == 0 && b == u.count ? self : String(decoding: u[a..<b], as: UTF8.self)
    }
}

extension StringProtocol {
    /// Trims any of the given characters (and white space) from both ends.
    func htmlTrimming(_ set: String) -> String {
        let chars = Set(set)
        var a = startIndex
        var b = endIndex
        while a < b, chars.contains(self[a]) || self[a].isWhitespace { a = index(after: a) }
        while b > a, chars.contains(self[index(before: b)]) || self[index(before: b)].isWhitespace {
            b = index(before: b)
        }
        return String(self[a..<b])
    }
}
