/// The character encodings a file may come in. Everything is turned into UTF-8 before a reader
/// sees it, so readers never deal with encodings.
public enum TextEncoding: String, Sendable {
    case utf8 = "UTF-8"
    case utf16LE = "UTF-16LE"
    case utf16BE = "UTF-16BE"
    case windows1252 = "Windows-1252"
}

/// What the first part of a file says about how to decode it.
struct EncodingGuess: Equatable {
    var encoding: TextEncoding
    /// Bytes of byte-order mark to skip.
    var bomLength: Int
    /// Set when the bytes are not text at all: "binary file, skipped", "binary file (PDF), skipped".
    var binary: String?
    /// Set when the guess is a fallback the user should know about.
    var note: String?
}

enum EncodingSniffer {
    /// Guesses the encoding from `sample` (the start of the file, or all of it). `declared` is a
    /// charset the file names itself (an XML declaration, an HTML meta tag).
    static func guess(_ sample: ArraySlice<UInt8>, declared: String? = nil, sampleIsWhole: Bool) -> EncodingGuess {
        let b = Array(sample.prefix(4))
        if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { return .init(encoding: .utf8, bomLength: 3) }
        if b.count >= 4,
            (b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0)
                || (b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF)
        {
            return .init(encoding: .utf8, bomLength: 0, binary: "UTF-32 text is not supported; skipped")
        }
        if b.count >= 2, b[0] == 0xFF, b[1] == 0xFE { return .init(encoding: .utf16LE, bomLength: 2) }
        if b.count >= 2, b[0] == 0xFE, b[1] == 0xFF { return .init(encoding: .utf16BE, bomLength: 2) }
        if let utf16 = utf16WithoutBOM(sample) { return .init(encoding: utf16, bomLength: 0) }
        if let kind = binaryKind(sample) {
            return .init(
                encoding: .utf8, bomLength: 0,
                binary: kind.isEmpty ? "binary file, skipped" : "binary file (\(kind)), skipped")
        }
        let stats = UTF8Validator.survey(sample, isWhole: sampleIsWhole)
        let declaredSingleByte =
            declared.map {
                ["iso-8859-1", "latin1", "latin-1", "windows-1252", "cp1252", "iso-8859-15", "us-ascii", "ascii"]
                    .contains($0.lowercased())
            } ?? false
        // A file that is valid UTF-8 is read as UTF-8 whatever it declares: mislabelled pages are
        // common, and valid multi-byte UTF-8 almost never happens by chance in a single-byte text.
        if stats.invalid == 0 { return .init(encoding: .utf8, bomLength: 0) }
        // One stray byte in a UTF-8 file is corruption (reut2-017.sgm has one amid control-character
        // noise): replace and report it. Several bad bytes and few good sequences, or a declared
        // single-byte charset, mean the file is in another encoding.
        if declaredSingleByte || (stats.invalid >= 2 && stats.validMultiByte < stats.invalid) {
            let why = declaredSingleByte ? "declared \(declared!)" : "not UTF-8"
            return .init(
                encoding: .windows1252, bomLength: 0,
                note:
                    "\(why): read as Windows-1252 (\(stats.invalid) byte\(stats.invalid == 1 ? "" : "s") outside UTF-8, "
                    + "first at byte \(stats.firstInvalidOffset!), line \(stats.firstInvalidLine!))")
        }
        return .init(encoding: .utf8, bomLength: 0)
    }

    /// UTF-16 without a byte-order mark shows as ASCII letters alternating with zero bytes; without
    /// this check it would be taken for binary because of the zeros.
    private static func utf16WithoutBOM(_ sample: ArraySlice<UInt8>) -> TextEncoding? {
        let s = sample.prefix(4096)
        let pairs = s.count / 2
        guard pairs >= 8 else { return nil }
        var zeroEven = 0
        var zeroOdd = 0
        var i = s.startIndex
        while i + 1 < s.endIndex {
            if s[i] == 0 && s[i + 1] != 0 { zeroEven += 1 }
            if s[i] != 0 && s[i + 1] == 0 { zeroOdd += 1 }
            i += 2
        }
        if zeroOdd * 10 >= pairs * 7 && zeroEven == 0 { return .utf16LE }
        if zeroEven * 10 >= pairs * 7 && zeroOdd == 0 { return .utf16BE }
        return nil
    }

    /// Non-nil when `sample` is not text: a known kind's name, or "" for other binary data.
    static func binaryKind(_ sample: ArraySlice<UInt8>) -> String? {
        let magic: [([UInt8], String)] = [
            (Array("%PDF-".utf8), "PDF"), ([0x50, 0x4B, 0x03, 0x04], "zip archive"),
            ([0x89, 0x50, 0x4E, 0x47], "PNG image"),
            ([0xFF, 0xD8, 0xFF], "JPEG image"), (Array("GIF8".utf8), "GIF image"), (Array("BZh".utf8), "bzip2 data"),
            ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz data"), ([0x28, 0xB5, 0x2F, 0xFD], "zstd data"),
            ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "7-zip archive"), ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
            (Array("SQLite format 3".utf8), "SQLite database"), ([0xD0, 0xCF, 0x11, 0xE0], "Office document"),
        ]
        for (prefix, name) in magic where sample.starts(with: prefix) { return name }
        if sample.count > 262, sample.dropFirst(257).starts(with: Array("ustar".utf8)) { return "tar archive" }
        // Text has no NUL bytes and hardly any control characters; 10% is far above what wire copy
        // with stray control codes shows, and far below what binary data shows.
        let head = sample.prefix(64 << 10)
        var controls = 0
        for byte in head {
            if byte == 0 { return "" }
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C && byte != 0x1B {
                controls += 1
            }
        }
        return controls * 10 > head.count ? "" : nil
    }

    /// The charset an XML declaration or an HTML meta tag in `head` names, lowercased.
    static func declaredCharset(_ head: ArraySlice<UInt8>) -> String? {
        let text = String(decoding: head.prefix(2048), as: UTF8.self).lowercased()
        for key in ["encoding=", "charset="] {
            guard let r = text.firstRange(of: key) else { continue }
            var rest = text[r.upperBound...].drop(while: { $0 == "\"" || $0 == "'" || $0 == " " })
            rest = rest.prefix(while: { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
            if !rest.isEmpty { return String(rest) }
        }
        return nil
    }
}

/// A quick pass over bytes counting valid multi-byte UTF-8 sequences and invalid ones.
enum UTF8Validator {
    struct Survey {
        var invalid = 0
        var validMultiByte = 0
        var firstInvalidOffset: Int?
        var firstInvalidLine: Int?
    }

    static func survey(_ bytes: ArraySlice<UInt8>, isWhole: Bool) -> Survey {
        var survey = Survey()
        bytes.withUnsafeBufferPointer { buf in
            var i = 0
            var line = 1
            let n = buf.count
            while i < n {
                let b = buf[i]
                if b < 0x80 {
                    if b == 0x0A { line += 1 }
                    i += 1
                    continue
                }
                let len = sequenceLength(buf, at: i)
                if len > 0 {
                    survey.validMultiByte += 1
                    i += len
                } else if len == 0 && !isWhole {
                    break  // a sequence cut off by the end of the sample
                } else {
                    if survey.firstInvalidOffset == nil {
                        survey.firstInvalidOffset = i
                        survey.firstInvalidLine = line
                    }
                    survey.invalid += 1
                    i += max(1, -len)
                }
            }
        }
        return survey
    }

    /// At a non-ASCII byte: the length of the valid sequence starting there; 0 when the buffer ends
    /// inside a sequence that could still be valid; minus the length of the maximal invalid subpart
    /// (Unicode's recommended unit for one U+FFFD) otherwise.
    @inline(__always)
    static func sequenceLength(_ buf: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let b = buf[i]
        let need: Int
        var lo: UInt8 = 0x80
        var hi: UInt8 = 0xBF
        switch b {
        case 0xC2...0xDF: need = 1
        case 0xE0:
            need = 2
            lo = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: need = 2
        case 0xED:
            need = 2
            hi = 0x9F
        case 0xF0:
            need = 3
            lo = 0x90
        case 0xF1...0xF3: need = 3
        case 0xF4:
            need = 3
            hi = 0x8F
        default: return -1
        }
        for k in 1...need {
            guard i + k < buf.count else { return 0 }
            let c = buf[i + k]
            let (l, h) = k == 1 ? (lo, hi) : (UInt8(0x80), UInt8(0xBF))
            if c < l || c > h { return -k }
        }
        return need + 1
    }
}

/// Turns bytes in a `TextEncoding` into UTF-8, piece by piece, replacing what cannot be decoded
/// with U+FFFD and remembering where the first bad byte was, for the report.
struct StreamingTextDecoder {
    let encoding: TextEncoding
    /// Bytes still to skip at the start (a byte-order mark).
    private var skip: Int
    /// The end of the previous piece when it stopped inside a sequence.
    private var carry: [UInt8] = []
    /// Offset in the input of the next byte to decode, and its line, for messages.
    private(set) var offset = 0
    private var line = 1
    private(set) var replaced = 0
    private(set) var firstBad: (offset: Int, line: Int)?
    /// A UTF-16 high surrogate waiting for its partner.
    private var pendingHigh: UInt16?

    init(encoding: TextEncoding, bomLength: Int) {
        self.encoding = encoding
        self.skip = bomLength
    }

    /// Decodes the next piece; `final` when no more input follows.
    mutating func decode(_ piece: ArraySlice<UInt8>, final: Bool = false) -> [UInt8] {
        var input = piece
        if skip > 0 {
            let n = min(skip, input.count)
            input = input.dropFirst(n)
            skip -= n
            offset += n
        }
        if !carry.isEmpty {
            // `offset` already stands at the carried bytes: they were not counted when kept back.
            let joined = carry + input
            carry = []
            return decodeJoined(joined[...], final: final)
        }
        return decodeJoined(input, final: final)
    }

    private mutating func decodeJoined(_ input: ArraySlice<UInt8>, final: Bool) -> [UInt8] {
        switch encoding {
        case .utf8: return decodeUTF8(input, final: final)
        case .windows1252: return decodeWindows1252(input)
        case .utf16LE, .utf16BE: return decodeUTF16(input, final: final)
        }
    }

    /// The message for the replaced bytes, if any.
    var problem: String? {
        guard let firstBad else { return nil }
        let what = encoding == .utf8 ? "UTF-8" : encoding.rawValue
        var message = "invalid \(what) at byte \(firstBad.offset) (line \(firstBad.line)), replaced"
        if replaced > 1 { message += "; \(replaced - 1) more replaced after it" }
        return message
    }

    private mutating func noteBad(at position: Int, lineHere: Int) {
        replaced += 1
        if firstBad == nil { firstBad = (position, lineHere) }
    }

    private mutating func decodeUTF8(_ input: ArraySlice<UInt8>, final: Bool) -> [UInt8] {
        var out: [UInt8]? = nil
        var cutAt = input.count
        input.withUnsafeBufferPointer { buf in
            var i = 0
            var linesHere = 0
            let n = buf.count
            // Copy-free fast path: valid input is handed back as it is; `out` is built only from
            // the first bad byte on.
            var cleanUpTo = 0
            while i < n {
                let b = buf[i]
                if b < 0x80 {
                    if b == 0x0A { linesHere += 1 }
                    i += 1
                    continue
                }
                let len = UTF8Validator.sequenceLength(buf, at: i)
                if len > 0 {
                    i += len
                    continue
                }
                if len == 0 && !final {
                    cutAt = i
                    break
                }
                if out == nil {
                    out = []
                    out!.reserveCapacity(n + 16)
                }
                out!.append(contentsOf: UnsafeBufferPointer(rebasing: buf[cleanUpTo..<i]))
                out!.append(contentsOf: [0xEF, 0xBF, 0xBD])
                noteBad(at: offset + i, lineHere: line + linesHere)
                i += max(1, -len)
                cleanUpTo = i
            }
            if out != nil { out!.append(contentsOf: UnsafeBufferPointer(rebasing: buf[cleanUpTo..<min(i, cutAt)])) }
            line += linesHere
        }
        if cutAt < input.count { carry = Array(input.dropFirst(cutAt)) }
        offset += cutAt
        if let out { return out }
        return Array(input.prefix(cutAt))
    }

    /// Windows-1252 is Latin-1 with printable characters where Latin-1 has C1 controls; the five
    /// bytes it leaves undefined map to the C1 code points, as the WHATWG encoding standard does.
    private static let high1252: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
        0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,
        0x017E, 0x0178,
    ]

    private mutating func decodeWindows1252(_ input: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(input.count + input.count / 8)
        for b in input {
            if b < 0x80 {
                out.append(b)
            } else {
                let scalar = b < 0xA0 ? Self.high1252[Int(b - 0x80)] : UInt32(b)
                appendUTF8(scalar, to: &out)
            }
        }
        offset += input.count
        return out
    }

    private mutating func decodeUTF16(_ input: ArraySlice<UInt8>, final: Bool) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(input.count)
        var i = input.startIndex
        let big = encoding == .utf16BE
        while i + 1 < input.endIndex {
            let unit = big ? UInt16(input[i]) << 8 | UInt16(input[i + 1]) : UInt16(input[i + 1]) << 8 | UInt16(input[i])
            let at = offset + (i - input.startIndex)
            i += 2
            if let high = pendingHigh {
                pendingHigh = nil
                if (0xDC00...0xDFFF).contains(unit) {
                    appendUTF8(0x10000 + (UInt32(high - 0xD800) << 10) + UInt32(unit - 0xDC00), to: &out)
                    continue
                }
                out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                noteBad(at: at - 2, lineHere: line)
            }
            switch unit {
            case 0xD800...0xDBFF: pendingHigh = unit
            case 0xDC00...0xDFFF:
                out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                noteBad(at: at, lineHere: line)
            default:
                if unit == 0x0A { line += 1 }
                appendUTF8(UInt32(unit), to: &out)
            }
        }
        let used = i - input.startIndex
        offset += used
        if used < input.count { carry = Array(input[i...]) }
        if final && (pendingHigh != nil || !carry.isEmpty) {
            out.append(contentsOf: [0xEF, 0xBF, 0xBD])
            noteBad(at: offset, lineHere: line)
            pendingHigh = nil
            carry = []
        }
        return out
    }
}

@inline(__always)
func appendUTF8(_ scalar: UInt32, to out: inout [UInt8]) {
    switch scalar {
    case 0..<0x80: out.append(UInt8(scalar))
    case 0x80..<0x800: out.append(contentsOf: [UInt8(0xC0 | scalar >> 6), UInt8(0x80 | scalar & 0x3F)])
    case 0x800..<0x10000:
        out.append(contentsOf: [
            UInt8(0xE0 | scalar >> 12), UInt8(0x80 | scalar >> 6 & 0x3F), UInt8(0x80 | scalar & 0x3F),
        ])
    default:
        out.append(contentsOf: [
            UInt8(0xF0 | scalar >> 18), UInt8(0x80 | scalar >> 12 & 0x3F), UInt8(0x80 | scalar >> 6 & 0x3F),
            UInt8(0x80 | scalar & 0x3F),
        ])
    }
}
