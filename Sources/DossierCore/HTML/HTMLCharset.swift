/// Picks the encoding to hand libxml2. Saved pages often lie: a page re-saved as UTF-8 keeps its
/// old `<meta charset=iso-8859-1>`. Bytes that are valid UTF-8 are read as UTF-8 whatever the page
/// declares (random Latin-1 text is almost never valid UTF-8); otherwise the declared charset wins,
/// and windows-1252 (what browsers use for undeclared Western pages) is the last resort.
enum HTMLCharset {
    /// The encoding name for libxml2.
    static func choose(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        if bytes.count >= 2 {
            if bytes[0] == 0xFF && bytes[1] == 0xFE { return "UTF-16LE" }
            if bytes[0] == 0xFE && bytes[1] == 0xFF { return "UTF-16BE" }
        }
        if isValidUTF8(bytes) { return "UTF-8" }
        if let declared = declared(in: bytes) {
            switch declared {
            // Browsers read these labels as windows-1252, a superset that also maps 0x80–0x9F.
            case "iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii", "iso8859-1", "l1", "cp1252":
                return "WINDOWS-1252"
            case "utf-8", "utf8": return "WINDOWS-1252"  // declared UTF-8 but invalid: mixed bytes
            default: return declared.uppercased()
            }
        }
        return "WINDOWS-1252"
    }

    /// Whether the bytes are well-formed UTF-8 (no overlongs, surrogates or values past U+10FFFF).
    /// A truncated final sequence is forgiven: a page cut short mid-character is still UTF-8.
    static func isValidUTF8(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = b.count
        while i < n {
            // Eight ASCII bytes at a time: most of any page is markup.
            if i + 8 <= n {
                let word = UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                    continue
                }
            }
            if b[i] < 0x80 {
                i += 1
                continue
            }
            // The readers' validator: 0 means the buffer ends inside a sequence that could still
            // be valid, which is forgiven.
            let length = UTF8Validator.sequenceLength(b, at: i)
            if length == 0 { return true }
            if length < 0 { return false }
            i += length
        }
        return true
    }

    /// The charset a `<meta charset>` or `<meta http-equiv=Content-Type content="…; charset=…">`
    /// in the first 4 KB declares, lower-cased.
    static func declared(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let head = Array(bytes.prefix(4096)).map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        let key = Array("charset".utf8)
        var i = 0
        while i + key.count < head.count {
            guard head[i] == key[0], Array(head[i..<(i + key.count)]) == key else {
                i += 1
                continue
            }
            var j = i + key.count
            while j < head.count, head[j] == 32 { j += 1 }
            guard j < head.count, head[j] == UInt8(ascii: "=") else {
                i = j
                continue
            }
            j += 1
            while j < head.count, head[j] == 32 || head[j] == 34 || head[j] == 39 { j += 1 }
            var k = j
            while k < head.count, isLabelByte(head[k]) { k += 1 }
            if k > j { return String(decoding: head[j..<k], as: UTF8.self) }
            i = k
        }
        return nil
    }

    private static func isLabelByte(_ c: UInt8) -> Bool {
        (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c == 45 || c == 95 || c == 58 || c == 46
    }
}
