/// Byte-level character classes for news text in UTF-8. The pipeline never builds Characters in
/// its hot loop: ASCII is classified by table, and the few non-ASCII code points that matter to
/// tokenization (curly quotes, dashes, no-break and typographic spaces, the ellipsis) are
/// recognised by their byte sequences. Every other non-ASCII scalar counts as a letter, which is
/// right for names such as "Müller", "Łukaszenka" or "Пескова".
@usableFromInline
enum ByteClass {
    static let upper: UInt8 = 1
    static let lower: UInt8 = 2
    static let digit: UInt8 = 4
    static let space: UInt8 = 8
    static let newline: UInt8 = 16
    static let letter: UInt8 = upper | lower

    @usableFromInline
    static let table: [UInt8] = {
        var t = [UInt8](repeating: 0, count: 256)
        for b in UInt8(ascii: "A")...UInt8(ascii: "Z") { t[Int(b)] = upper }
        for b in UInt8(ascii: "a")...UInt8(ascii: "z") { t[Int(b)] = lower }
        for b in UInt8(ascii: "0")...UInt8(ascii: "9") { t[Int(b)] = digit }
        for b: UInt8 in [9, 11, 12, 13, 32] { t[Int(b)] = space }
        t[10] = space | newline
        // Lead and continuation bytes of non-ASCII scalars: letters unless `special` says otherwise.
        for b in 0x80...0xFF { t[b] = lower }
        return t
    }()
}

/// What a non-ASCII sequence at a position is, when it is not a letter.
@usableFromInline
enum Special: UInt8 {
    case none = 0
    case space  // U+00A0, U+2000–U+200B, U+202F, U+3000, U+FEFF
    case openDouble  // “ „
    case closeDouble  // ”
    case openSingle  // ‘
    case apostrophe  // ’ (closing single quote or apostrophe)
    case dash  // – — ― −
    case hyphen  // U+2010, U+2011 (hyphens inside words)
    case ellipsis  // …
    case otherPunct  // « » • · and similar marks that are not part of words
}

extension Special {
    /// Classifies the scalar starting at `i` (a byte ≥ 0x80) and gives its length in bytes.
    @inlinable
    static func at(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Special, Int) {
        let b0 = p[i]
        let n = p.count
        if b0 == 0xC2, i + 1 < n {
            let b1 = p[i + 1]
            if b1 == 0xA0 { return (.space, 2) }
            if b1 == 0xAB || b1 == 0xBB { return (.otherPunct, 2) }  // « »
            if b1 == 0xB7 || b1 == 0xA9 || b1 == 0xAE { return (.otherPunct, 2) }  // · © ®
            return (.none, 2)
        }
        if b0 == 0xE2, i + 2 < n, p[i + 1] == 0x80 {
            let b2 = p[i + 2]
            switch b2 {
            case 0x80...0x8B, 0xAF: return (.space, 3)
            case 0x90, 0x91: return (.hyphen, 3)
            case 0x92, 0x93, 0x94, 0x95: return (.dash, 3)
            case 0x98, 0x9B: return (.openSingle, 3)
            case 0x99: return (.apostrophe, 3)
            case 0x9C, 0x9E, 0x9F: return (.openDouble, 3)
            case 0x9D: return (.closeDouble, 3)
            case 0xA6: return (.ellipsis, 3)
            case 0xA2, 0xA8, 0xA9: return (.otherPunct, 3)  // • and line/paragraph separators
            default: return (.otherPunct, 3)
            }
        }
        if b0 == 0xE2, i + 2 < n, p[i + 1] == 0x88, p[i + 2] == 0x92 { return (.dash, 3) }  // − minus
        if b0 == 0xE3, i + 2 < n, p[i + 1] == 0x80, p[i + 2] == 0x80 { return (.space, 3) }
        if b0 == 0xEF, i + 2 < n, p[i + 1] == 0xBB, p[i + 2] == 0xBF { return (.space, 3) }
        return (.none, scalarLength(b0))
    }

    @inlinable
    static func scalarLength(_ b0: UInt8) -> Int {
        if b0 < 0xC0 { return 1 }
        if b0 < 0xE0 { return 2 }
        if b0 < 0xF0 { return 3 }
        return 4
    }
}

extension UInt8 {
    @inlinable var isASCIIUpper: Bool { self >= 65 && self <= 90 }
    @inlinable var isASCIILower: Bool { self >= 97 && self <= 122 }
    @inlinable var isASCIIDigit: Bool { self >= 48 && self <= 57 }
    @inlinable var isASCIILetter: Bool { (self | 0x20) >= 97 && (self | 0x20) <= 122 }
    @inlinable var asciiLowered: UInt8 { isASCIIUpper ? self | 0x20 : self }
}

/// Whether the scalar at `i` is an uppercase letter: ASCII A–Z, Latin-1 À–Þ (except ×), Latin
/// Extended-A's even code points (Ā Ă Ą …), Greek and Cyrillic capitals.
@inlinable
func isUpperScalar(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
    let b0 = p[i]
    if b0 < 0x80 { return b0.isASCIIUpper }
    guard i + 1 < p.count else { return false }
    let b1 = p[i + 1]
    switch b0 {
    case 0xC3: return b1 >= 0x80 && b1 <= 0x9E && b1 != 0x97
    case 0xC4, 0xC5: return b1 & 1 == 0  // Latin Extended-A alternates upper/lower (close enough)
    case 0xCE: return b1 >= 0x91 && b1 <= 0xAB  // Greek capitals
    case 0xD0: return b1 >= 0x80 && b1 <= 0xAF  // Cyrillic Ѐ–Я
    default: return false
    }
}
