/// Splits UTF-8 news text into tokens in one pass over the bytes.
///
/// News typography decides most of the rules: initialisms keep their periods ("U.S.", "D.C."),
/// known abbreviations and single initials keep theirs ("Gen.", "Nov.", "F."), the possessive is
/// its own token ("Moon" "’s", "Coats" "’"), hyphenated names stay whole ("Jae-in",
/// "Moon-Putin"), a straight double quote opens or closes by what precedes it, and text glued by
/// layout ("(CNN)Russian") falls apart at the punctuation.
public enum Tokenizer {
    /// Words whose following period is part of the word, not the end of a sentence by itself.
    static let abbreviations: Set<UInt64> = Set(
        """
        mr mrs ms dr prof gen lt col maj capt cmdr adm sgt cpl pvt brig rep reps sen sens gov atty supt \
        insp det rev fr hon amb pres sec dept univ corp inc ltd co bros jr sr st mt ft ave blvd rd \
        jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun \
        no nos vol vs etc approx est fig op ed gens messrs mme mlle sq esq \
        ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev \
        okla ore pa penn tenn tex va vt wash wis wisc wyo
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { TextHash.folded(String($0)) })

    public static func tokenize(_ text: String) -> [Token] {
        var text = text
        return text.withUTF8 { tokenize($0) }
    }

    public static func tokenize(_ p: UnsafeBufferPointer<UInt8>) -> [Token] {
        var out: [Token] = []
        out.reserveCapacity(p.count / 5 + 8)
        let n = p.count
        var i = 0
        var sawSpace = true
        var sawLine = true
        let table = ByteClass.table
        while i < n {
            let b = p[i]
            if b < 0x80 {
                let c = table[Int(b)]
                if c & ByteClass.space != 0 {
                    sawSpace = true
                    if c & ByteClass.newline != 0 { sawLine = true }
                    i += 1
                    continue
                }
                var flags: Token.Flags = []
                if sawSpace { flags.insert(.spaceBefore) }
                if sawLine { flags.insert(.lineBefore) }
                sawSpace = false
                sawLine = false
                if c & ByteClass.letter != 0 {
                    i = word(p, i, flags, &out)
                } else if c & ByteClass.digit != 0 {
                    i = number(p, i, flags, &out)
                } else {
                    i = punct(p, i, flags, &out)
                }
                continue
            }
            let (sp, len) = Special.at(p, i)
            if sp == .space {
                sawSpace = true
                i += len
                continue
            }
            var flags: Token.Flags = []
            if sawSpace { flags.insert(.spaceBefore) }
            if sawLine { flags.insert(.lineBefore) }
            sawSpace = false
            sawLine = false
            switch sp {
            case .none:
                i = word(p, i, flags, &out)
            case .openDouble:
                out.append(make(p, i, i + len, .openQuote, flags, hash: quoteHash))
                i += len
            case .closeDouble:
                out.append(make(p, i, i + len, .closeQuote, flags, hash: quoteHash))
                i += len
            case .openSingle:
                // ‘‘ typed for “ (wire copy): a double quote.
                if i + 2 * len <= n, Special.at(p, i + len).0 == .openSingle {
                    out.append(make(p, i, i + 2 * len, .openQuote, flags, hash: quoteHash))
                    i += 2 * len
                    continue
                }
                out.append(make(p, i, i + len, .openSingle, flags, hash: singleHash))
                i += len
            case .apostrophe:
                // ’’ typed for ” (“It was an attempt to mislead voters,’’ Moy said): a double quote.
                if i + 2 * len <= n, Special.at(p, i + len).0 == .apostrophe {
                    out.append(make(p, i, i + 2 * len, .closeQuote, flags, hash: quoteHash))
                    i += 2 * len
                    continue
                }
                i = apostrophe(p, i, len, flags, &out)
            case .dash, .hyphen:
                out.append(make(p, i, i + len, .dash, flags, hash: dashHash))
                i += len
            case .ellipsis:
                out.append(make(p, i, i + len, .ellipsis, flags, hash: TextHash.folded(p, i, i + len)))
                i += len
            case .otherPunct, .space:
                out.append(make(p, i, i + len, .punct, flags, hash: TextHash.folded(p, i, i + len)))
                i += len
            }
        }
        return out
    }

    static let quoteHash = TextHash.folded("\"")
    static let singleHash = TextHash.folded("'")
    static let dashHash = TextHash.folded("--")

    @inline(__always)
    static func make(
        _ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, _ kind: Token.Kind, _ flags: Token.Flags, hash: UInt64
    ) -> Token {
        Token(start: Int32(s), end: Int32(e), hash: hash, kind: kind, flags: flags)
    }

    /// Whether the scalar at `i` continues a word (a letter or digit, ASCII or not).
    @inline(__always)
    static func isWordByte(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let b = p[i]
        if b < 0x80 { return ByteClass.table[Int(b)] & (ByteClass.letter | ByteClass.digit) != 0 }
        return Special.at(p, i).0 == .none
    }

    static func word(_ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ f: Token.Flags, _ out: inout [Token]) -> Int {
        let n = p.count
        var flags = f
        var i = s
        var letters = 0
        var uppers = 0
        if isUpperScalar(p, s) { flags.insert(.capitalized) }
        // Initialisms: a letter and a period, repeated ("U.S.", "D.C.", "a.m.", "F.W.").
        if i + 1 < n, p[i] < 0x80, p[i].isASCIILetter, p[i + 1] == UInt8(ascii: ".") {
            var j = i
            var count = 0
            while j + 1 < n, p[j] < 0x80, p[j].isASCIILetter, p[j + 1] == UInt8(ascii: ".") {
                count += 1
                j += 2
            }
            if count >= 2 {
                flags.insert(.period)
                flags.insert(.initialism)
                var allUpper = true
                var k = i
                while k < j {
                    if p[k].isASCIILower { allUpper = false }
                    k += 2
                }
                if allUpper { flags.insert(.allCaps) }
                // "U.S.-Soviet", "U.S.-China": a pair of names joined by a hyphen stays one token,
                // as "Moon-Putin" does ("U.S.-led" does not: the word after is no name).
                if j + 1 < n, p[j] == UInt8(ascii: "-"), isUpperScalar(p, j + 1) {
                    var k = j + 1
                    if k + 1 < n, p[k] < 0x80, p[k].isASCIIUpper, p[k + 1] == UInt8(ascii: ".") {
                        // "U.S.-U.K.": another initialism.
                        while k + 1 < n, p[k] < 0x80, p[k].isASCIILetter, p[k + 1] == UInt8(ascii: ".") { k += 2 }
                    } else {
                        while k < n, p[k] < 0x80,
                            p[k].isASCIILetter || p[k].isASCIIDigit
                                || p[k] == UInt8(ascii: "-") && k + 1 < n && p[k + 1] < 0x80 && p[k + 1].isASCIIUpper
                        {
                            k += 1
                        }
                    }
                    flags.insert(.hyphenated)
                    flags.remove(.period)
                    flags.remove(.initialism)
                    out.append(make(p, i, k, .word, flags, hash: TextHash.folded(p, i, k)))
                    return k
                }
                out.append(make(p, i, j, .word, flags, hash: TextHash.folded(p, i, j)))
                return j
            }
        }
        while i < n {
            let b = p[i]
            if b < 0x80 {
                let c = ByteClass.table[Int(b)]
                if c & ByteClass.letter != 0 {
                    letters += 1
                    if c & ByteClass.upper != 0 { uppers += 1 }
                    i += 1
                    continue
                }
                if c & ByteClass.digit != 0 {
                    flags.insert(.hasDigit)
                    i += 1
                    continue
                }
                // An inner hyphen joins when a word character follows ("Jae-in", "G-20").
                if b == UInt8(ascii: "-"), i + 1 < n, i > s, isWordByte(p, i + 1) {
                    flags.insert(.hyphenated)
                    if p[i + 1].isASCIILower { flags.insert(.lowerAfterHyphen) }
                    i += 1
                    continue
                }
                // An inner apostrophe joins unless it starts a possessive "'s" ("don't", "O'Brien").
                if b == UInt8(ascii: "'"), i + 1 < n, i > s, isWordByte(p, i + 1), !isPossessiveS(p, i + 1) {
                    i += 1
                    continue
                }
                // A period followed by a small letter without a space joins ("news.com").
                if b == UInt8(ascii: "."), i + 1 < n, p[i + 1].isASCIILower, letters > 1 {
                    i += 1
                    continue
                }
                break
            }
            let (sp, len) = Special.at(p, i)
            if sp == .none {
                letters += 1
                if isUpperScalar(p, i) { uppers += 1 }
                i += len
                continue
            }
            if sp == .hyphen, i + len < n, isWordByte(p, i + len) {
                flags.insert(.hyphenated)
                if p[i + len].isASCIILower { flags.insert(.lowerAfterHyphen) }
                i += len
                continue
            }
            if sp == .apostrophe, i + len < n, isWordByte(p, i + len), !isPossessiveS(p, i + len) {
                i += len
                continue
            }
            break
        }
        if uppers >= 2 && uppers == letters { flags.insert(.allCaps) }
        var end = i
        var h = TextHash.folded(p, s, end)
        if end < n, p[end] == UInt8(ascii: ".") {
            if letters == 1 && uppers == 1 {
                flags.insert(.initial)
                flags.insert(.period)
                end += 1
            } else if abbreviations.contains(h) {
                flags.insert(.period)
                end += 1
            }
            if end != i { h = TextHash.folded(p, s, end) }
        }
        out.append(make(p, s, end, .word, flags, hash: h))
        return end
    }

    /// "s" or "S" not followed by a word character: the possessive ending.
    @inline(__always)
    static func isPossessiveS(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard p[i] == UInt8(ascii: "s") || p[i] == UInt8(ascii: "S") else { return false }
        return i + 1 >= p.count || !isWordByte(p, i + 1)
    }

    static let possessiveHash = TextHash.folded("'s")

    /// A ’ or ' that is not inside a word: a possessive ("’s", or the bare ’ after a plural), or a
    /// single quote mark.
    static func apostrophe(
        _ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ len: Int, _ flags: Token.Flags, _ out: inout [Token]
    ) -> Int {
        let n = p.count
        let afterWord = !flags.contains(.spaceBefore) && !out.isEmpty && out[out.count - 1].kind == .word
        if afterWord, i + len < n, isPossessiveS(p, i + len) {
            out.append(make(p, i, i + len + 1, .possessive, flags, hash: possessiveHash))
            return i + len + 1
        }
        // "Coats’", and "Shultz’ Moscow talks" (names ending in z or x take the bare mark too, before a word).
        let lastByte = out.last.map { p[Int($0.end) - 1] | 0x20 } ?? 0
        let sibilant =
            (lastByte == UInt8(ascii: "z") || lastByte == UInt8(ascii: "x")) && out.last!.flags.contains(.capitalized)
            && i + len + 1 < n && p[i + len] == 32 && isWordByte(p, i + len + 1)
        if afterWord,
            lastByte == UInt8(ascii: "s") && (i + len >= n || !isWordByte(p, i + len)) || afterWord && sibilant
        {
            out.append(make(p, i, i + len, .possessive, flags, hash: possessiveHash))
            return i + len
        }
        let kind: Token.Kind = flags.contains(.spaceBefore) || out.isEmpty ? .openSingle : .closeSingle
        out.append(make(p, i, i + len, kind, flags, hash: singleHash))
        return i + len
    }

    static func number(_ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ f: Token.Flags, _ out: inout [Token]) -> Int {
        let n = p.count
        var i = s
        var flags = f
        flags.insert(.hasDigit)
        while i < n {
            let b = p[i]
            if b.isASCIIDigit {
                i += 1
                continue
            }
            // Inner separators: 1,000  3.5  10:30  9/11
            if b == UInt8(ascii: ",") || b == UInt8(ascii: ".") || b == UInt8(ascii: ":") || b == UInt8(ascii: "/"),
                i + 1 < n, p[i + 1].isASCIIDigit
            {
                i += 2
                continue
            }
            // Suffixes and compounds: 70th, 1990s, 12-year-old, 5km
            if b.isASCIILetter {
                i += 1
                continue
            }
            if b == UInt8(ascii: "-"), i + 1 < n, p[i + 1] < 0x80, p[i + 1].isASCIILetter || p[i + 1].isASCIIDigit {
                flags.insert(.hyphenated)
                i += 1
                continue
            }
            break
        }
        out.append(make(p, s, i, .number, flags, hash: TextHash.folded(p, s, i)))
        return i
    }

    static func punct(_ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ flags: Token.Flags, _ out: inout [Token]) -> Int {
        let n = p.count
        let b = p[s]
        switch b {
        case UInt8(ascii: "\""):
            let open = flags.contains(.spaceBefore) || out.isEmpty || isOpener(out[out.count - 1])
            out.append(make(p, s, s + 1, open ? .openQuote : .closeQuote, flags, hash: quoteHash))
            return s + 1
        case UInt8(ascii: "`"):
            // TeX-style opening quote ``
            let e = s + 1 < n && p[s + 1] == b ? s + 2 : s + 1
            out.append(
                make(p, s, e, e - s == 2 ? .openQuote : .openSingle, flags, hash: e - s == 2 ? quoteHash : singleHash))
            return e
        case UInt8(ascii: "'"):
            if s + 1 < n, p[s + 1] == b {
                out.append(make(p, s, s + 2, .closeQuote, flags, hash: quoteHash))
                return s + 2
            }
            return apostrophe(p, s, 1, flags, &out)
        case UInt8(ascii: "-"):
            if s + 1 < n, p[s + 1] == b {
                var e = s + 2
                while e < n, p[e] == b { e += 1 }
                out.append(make(p, s, e, .dash, flags, hash: dashHash))
                return e
            }
            // A hyphen between spaces is a dash ("Jan 28 (Interfax) - The ...").
            if flags.contains(.spaceBefore), s + 1 >= n || ByteClass.table[Int(p[s + 1])] & ByteClass.space != 0 {
                out.append(make(p, s, s + 1, .dash, flags, hash: dashHash))
                return s + 1
            }
        case UInt8(ascii: "."):
            if s + 2 < n, p[s + 1] == b, p[s + 2] == b {
                out.append(make(p, s, s + 3, .ellipsis, flags, hash: TextHash.folded(p, s, s + 3)))
                return s + 3
            }
        default:
            break
        }
        out.append(make(p, s, s + 1, .punct, flags, hash: UInt64(b) &* TextHash.prime))
        return s + 1
    }

    @inline(__always)
    static func isOpener(_ t: Token) -> Bool {
        if t.kind == .dash || t.kind == .openQuote || t.kind == .openSingle { return true }
        if t.kind == .punct && t.length == 1 {
            return t.hash == UInt64(UInt8(ascii: "(")) &* TextHash.prime
                || t.hash == UInt64(UInt8(ascii: "[")) &* TextHash.prime
        }
        return false
    }

    /// The hash a one-byte punctuation token carries.
    @inlinable
    public static func punctHash(_ c: Unicode.Scalar) -> UInt64 { UInt64(UInt8(ascii: c)) &* TextHash.prime }
}
