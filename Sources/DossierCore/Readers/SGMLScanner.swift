#if canImport(Glibc)
    import Glibc
#endif

/// Byte-level helpers for newswire SGML (Reuters-21578, TREC, Gigaword). SGML is not XML: no
/// single root, bare ">" and "&" in text, control-character references; so it is scanned by hand,
/// which is also several times faster than any parser would be.
struct SGMLRecord {
    let bytes: UnsafeBufferPointer<UInt8>

    /// An element's place: the opening tag's attributes and the content between the tags.
    struct Element {
        var attributes: Range<Int>
        var content: Range<Int>
    }

    /// The first `<name …>…</name>` inside `range` (names compared without case).
    func element(_ name: String, in range: Range<Int>? = nil) -> Element? {
        let r = range ?? 0..<bytes.count
        let n = Array(name.utf8)
        var i = r.lowerBound
        while let lt = find(0x3C, from: i, to: r.upperBound) {
            i = lt + 1
            guard matchesName(n, at: lt + 1, end: r.upperBound) else { continue }
            guard let gt = find(0x3E, from: lt + 1 + n.count, to: r.upperBound) else { return nil }
            let contentStart = gt + 1
            var j = contentStart
            while let close = find(0x3C, from: j, to: r.upperBound) {
                j = close + 1
                if close + 1 < r.upperBound, bytes[close + 1] == 0x2F, matchesName(n, at: close + 2, end: r.upperBound)
                {
                    return Element(attributes: (lt + 1 + n.count)..<gt, content: contentStart..<close)
                }
            }
            // An unclosed element runs to the end of the range (SGML may omit end tags).
            return Element(attributes: (lt + 1 + n.count)..<gt, content: contentStart..<r.upperBound)
        }
        return nil
    }

    /// True when `name` starts at `i` and ends there as a tag name ("DOC" is not "DOCNO").
    func matchesName(_ name: [UInt8], at i: Int, end: Int) -> Bool {
        guard i + name.count <= end else { return false }
        for k in 0..<name.count where bytes[i + k] | 0x20 != name[k] | 0x20 { return false }
        let after = i + name.count
        guard after < end else { return true }
        let c = bytes[after]
        return c == 0x3E || c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x2F
    }

    @inline(__always)
    func find(_ byte: UInt8, from: Int, to: Int) -> Int? {
        guard from < to, let base = bytes.baseAddress else { return nil }
        guard let p = memchr(base + from, Int32(byte), to - from) else { return nil }
        return UnsafeRawPointer(p) - UnsafeRawPointer(base)
    }

    /// An attribute's value in a tag's attribute bytes: NAME="v", NAME='v' or NAME=v.
    func attribute(_ name: String, in range: Range<Int>) -> String? {
        let n = Array(name.utf8)
        var i = range.lowerBound
        while i + n.count < range.upperBound {
            let startsWord =
                i == range.lowerBound || bytes[i - 1] == 0x20 || bytes[i - 1] == 0x09 || bytes[i - 1] == 0x0A
            if startsWord, (0..<n.count).allSatisfy({ bytes[i + $0] | 0x20 == n[$0] | 0x20 }) {
                var j = i + n.count
                while j < range.upperBound, bytes[j] == 0x20 { j += 1 }
                if j < range.upperBound, bytes[j] == UInt8(ascii: "=") {
                    j += 1
                    while j < range.upperBound, bytes[j] == 0x20 { j += 1 }
                    guard j < range.upperBound else { return "" }
                    let quote = bytes[j]
                    if quote == 0x22 || quote == 0x27 {
                        let end = find(quote, from: j + 1, to: range.upperBound) ?? range.upperBound
                        return String(decoding: UnsafeBufferPointer(rebasing: bytes[(j + 1)..<end]), as: UTF8.self)
                    }
                    var end = j
                    while end < range.upperBound, bytes[end] != 0x20, bytes[end] != 0x09, bytes[end] != 0x0A {
                        end += 1
                    }
                    return String(decoding: UnsafeBufferPointer(rebasing: bytes[j..<end]), as: UTF8.self)
                }
            }
            i += 1
        }
        return nil
    }

    /// The text of `range`: entities decoded, control characters dropped, tags removed; a <P> or
    /// </P> becomes a blank line so paragraph structure survives.
    func text(_ range: Range<Int>) -> String { String(decoding: textBytes(range), as: UTF8.self) }

    /// The text of `range` on one line, white space runs as single spaces (titles, datelines).
    func line(_ range: Range<Int>) -> String {
        var out: [UInt8] = []
        var space = false
        for b in textBytes(range) {
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D {
                space = !out.isEmpty
            } else {
                if space { out.append(0x20) }
                space = false
                out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    func textBytes(_ range: Range<Int>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var i = range.lowerBound
        while i < range.upperBound {
            let b = bytes[i]
            if b == 0x3C {
                // A tag: skip it. Only a name letter or "/" or "!" after "<" makes one; a bare "<"
                // in text stays.
                let next = i + 1 < range.upperBound ? bytes[i + 1] : 0
                let isTag = (next | 0x20 >= 0x61 && next | 0x20 <= 0x7A) || next == 0x2F || next == 0x21
                if isTag, let gt = find(0x3E, from: i + 1, to: range.upperBound) {
                    let nameStart = next == 0x2F ? i + 2 : i + 1
                    if nameStart < gt, bytes[nameStart] | 0x20 == 0x70,
                        nameStart + 1 == gt || bytes[nameStart + 1] == 0x20
                    {
                        out.append(contentsOf: [0x0A, 0x0A])  // <P> or </P>
                    }
                    i = gt + 1
                    continue
                }
            } else if b == 0x26 {
                if let (decoded, next) = entity(at: i, end: range.upperBound) {
                    out.append(contentsOf: decoded)
                    i = next
                    continue
                }
            } else if b < 0x20 && b != 0x0A && b != 0x09 || b == 0x7F {
                i += 1
                continue
            }
            // Plain text up to the next markup or control byte is copied in one piece.
            var j = i + 1
            while j < range.upperBound {
                let c = bytes[j]
                if c == 0x3C || c == 0x26 || (c < 0x20 && c != 0x0A && c != 0x09) || c == 0x7F { break }
                j += 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<j]))
            i = j
        }
        return out
    }

    private static let named: [String: String] = [
        "lt": "<", "gt": ">", "amp": "&", "quot": "\"", "apos": "'", "nbsp": " ", "hyph": "-", "blank": " ",
        "mdash": "—", "ndash": "–", "bull": "•", "cent": "¢", "deg": "°", "para": "¶", "sect": "§", "times": "×",
        "frac12": "½", "frac14": "¼", "frac34": "¾", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”",
        "pound": "£", "yen": "¥", "eacute": "é", "egrave": "è", "uuml": "ü", "ouml": "ö", "auml": "ä", "ccedil": "ç",
    ]

    /// At "&": the decoded bytes (empty for a control character) and the index after the ";".
    private func entity(at i: Int, end: Int) -> ([UInt8], Int)? {
        var j = i + 1
        let limit = min(end, i + 12)
        while j < limit, bytes[j] != 0x3B, bytes[j] != 0x20, bytes[j] != 0x26 { j += 1 }
        guard j < limit, bytes[j] == 0x3B, j > i + 1 else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[(i + 1)..<j]), as: UTF8.self)
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value =
                digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let value else { return nil }
            // &#3; ends a Reuters story, &#5;&#30; are wire routing codes: not text.
            if value < 0x20 && value != 0x0A && value != 0x09 || value == 0x7F || (0x80..<0xA0).contains(value) {
                return ([], j + 1)
            }
            guard let scalar = Unicode.Scalar(value) else { return ([0xEF, 0xBF, 0xBD], j + 1) }
            var out: [UInt8] = []
            appendUTF8(scalar.value, to: &out)
            return (out, j + 1)
        }
        guard let text = Self.named[name] ?? Self.named[name.lowercased()] else { return nil }
        return (Array(text.utf8), j + 1)
    }
}

/// What turns one SGML record into a document.
protocol SGMLRecordParser {
    /// The record's tag name ("REUTERS", "DOC").
    var tag: String { get }
    /// Adds the record's document or a problem to `result`; `offset` is its byte offset in the file.
    mutating func parse(_ record: SGMLRecord, offset: Int, into result: inout ReaderResult)
}

/// Cuts a stream of SGML into records between `<TAG …>` and `</TAG>`, whatever the pieces' sizes,
/// and hands each to its parser. What lies between records (a DOCTYPE, blank lines) is skipped.
struct SGMLRecordStream<Parser: SGMLRecordParser>: DocumentStream {
    private var parser: Parser
    private let open: [UInt8]
    private let close: [UInt8]
    private let maxRecord: Int
    private var buffer: [UInt8] = []
    /// File offset of `buffer[0]`.
    private var bufferOffset = 0
    /// Set while skipping an over-long record until its end tag.
    private var skippingFrom: Int?

    init(parser: Parser, maxRecord: Int) {
        self.parser = parser
        self.open = Array("<\(parser.tag)".utf8)
        self.close = Array("</\(parser.tag)>".utf8)
        self.maxRecord = maxRecord
    }

    mutating func feed(_ bytes: ArraySlice<UInt8>, into result: inout ReaderResult) {
        buffer.append(contentsOf: bytes)
        var consumed = 0
        buffer.withUnsafeBufferPointer { buf in
            let scan = SGMLRecord(bytes: buf)
            while true {
                if skippingFrom != nil {
                    guard let end = findClose(scan, from: consumed) else {
                        consumed = max(consumed, buf.count - close.count)
                        return
                    }
                    consumed = end
                    skippingFrom = nil
                    continue
                }
                guard let start = findOpen(scan, from: consumed) else {
                    // Keep a tail that may hold the start of a tag cut by the piece boundary.
                    consumed = max(consumed, buf.count - open.count)
                    return
                }
                guard let end = findClose(scan, from: start + open.count) else {
                    consumed = start
                    if buf.count - start > maxRecord {
                        result.problems.append(
                            "record at byte \(bufferOffset + start): no </\(parser.tag)> within \(formatBytes(maxRecord)); skipped"
                        )
                        skippingFrom = bufferOffset + start
                        consumed = start + open.count
                        continue
                    }
                    return
                }
                let record = SGMLRecord(bytes: UnsafeBufferPointer(rebasing: buf[start..<end]))
                parser.parse(record, offset: bufferOffset + start, into: &result)
                consumed = end
            }
        }
        buffer.removeFirst(consumed)
        bufferOffset += consumed
    }

    mutating func finish(into result: inout ReaderResult) {
        buffer.withUnsafeBufferPointer { buf in
            let scan = SGMLRecord(bytes: buf)
            if skippingFrom == nil, let start = findOpen(scan, from: 0) {
                result.problems.append(
                    "record at byte \(bufferOffset + start): ends without </\(parser.tag)> (file cut short?); skipped")
            }
        }
        buffer = []
    }

    private func findOpen(_ scan: SGMLRecord, from: Int) -> Int? {
        var i = from
        let name = Array(open.dropFirst())
        while let lt = scan.find(0x3C, from: i, to: scan.bytes.count) {
            if scan.matchesName(name, at: lt + 1, end: scan.bytes.count), lt + open.count < scan.bytes.count {
                return lt
            }
            i = lt + 1
        }
        return nil
    }

    /// The index just past the next end tag.
    private func findClose(_ scan: SGMLRecord, from: Int) -> Int? {
        var i = from
        let n = scan.bytes.count
        while let lt = scan.find(0x3C, from: i, to: n) {
            i = lt + 1
            guard lt + close.count <= n, scan.bytes[lt + 1] == 0x2F else { continue }
            var k = 2
            while k < close.count, scan.bytes[lt + k] | 0x20 == close[k] | 0x20 { k += 1 }
            if k == close.count { return lt + close.count }
        }
        return nil
    }
}
