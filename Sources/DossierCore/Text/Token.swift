/// A token as a byte range of the article's UTF-8 text, with the hash of its case-folded form so
/// that lexicon and gazetteer lookups never need a String.
public struct Token: Sendable, Hashable {
    public enum Kind: UInt8, Sendable {
        case word, number, punct, openQuote, closeQuote, openSingle, closeSingle, dash, possessive, ellipsis
    }

    public struct Flags: OptionSet, Sendable, Hashable {
        public let rawValue: UInt16
        public init(rawValue: UInt16) { self.rawValue = rawValue }
        /// The first letter is a capital.
        public static let capitalized = Flags(rawValue: 1 << 0)
        /// Two or more letters, all capitals ("DPRK", "U.S.").
        public static let allCaps = Flags(rawValue: 1 << 1)
        /// Holds a hyphen between letters ("Jae-in", "Moon-Putin").
        public static let hyphenated = Flags(rawValue: 1 << 2)
        /// A hyphen is followed by a small letter ("Jong-un"): a romanised Korean given name or a
        /// compound such as "face-to-face".
        public static let lowerAfterHyphen = Flags(rawValue: 1 << 3)
        /// Ends in a period that belongs to it ("Gen.", "U.S.", "F.").
        public static let period = Flags(rawValue: 1 << 4)
        /// A single capital and its period ("F." of "John F. Kennedy").
        public static let initial = Flags(rawValue: 1 << 5)
        public static let hasDigit = Flags(rawValue: 1 << 6)
        /// White space separates it from the token before.
        public static let spaceBefore = Flags(rawValue: 1 << 7)
        /// A line break separates it from the token before.
        public static let lineBefore = Flags(rawValue: 1 << 8)
        /// The first token of a sentence (set by the sentence splitter).
        public static let sentenceStart = Flags(rawValue: 1 << 9)
        /// Letters separated by periods ("U.S.", "D.C.", "a.m.").
        public static let initialism = Flags(rawValue: 1 << 10)
    }

    public var start: Int32
    public var end: Int32
    /// FNV-1a of the case-folded bytes (curly apostrophes folded to ', Unicode hyphens to -).
    public var hash: UInt64
    public var kind: Kind
    public var flags: Flags

    @inlinable public var length: Int { Int(end - start) }
    @inlinable public var isWord: Bool { kind == .word }
    @inlinable public var isCapitalized: Bool { flags.contains(.capitalized) }
    @inlinable public func has(_ f: Flags) -> Bool { flags.contains(f) }
}

/// FNV-1a over case-folded UTF-8, the one hash every lexicon in the pipeline is keyed by.
public enum TextHash {
    public static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    public static let prime: UInt64 = 0x100_0000_01b3

    @inlinable
    public static func step(_ h: UInt64, _ b: UInt8) -> UInt64 { (h ^ UInt64(b)) &* prime }

    /// Hash of a phrase from the hashes of its tokens.
    @inlinable
    public static func combine(_ h: UInt64, _ token: UInt64) -> UInt64 {
        (h ^ (token &+ 0x9e37_79b9_7f4a_7c15)) &* 0xff51_afd7_ed55_8ccd ^ (h >> 29)
    }

    /// Case-folded hash of bytes `[s, e)`: ASCII lowered, ’ and ‘ as ', U+2010/2011 as -, Latin-1
    /// capitals lowered; other bytes as they are.
    @inlinable
    public static func folded(_ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> UInt64 {
        var h = seed
        var i = s
        while i < e {
            let b = p[i]
            if b < 0x80 {
                h = step(h, b.asciiLowered)
                i += 1
            } else if b == 0xE2, i + 2 < e, p[i + 1] == 0x80, p[i + 2] == 0x98 || p[i + 2] == 0x99 {
                h = step(h, UInt8(ascii: "'"))
                i += 3
            } else if b == 0xE2, i + 2 < e, p[i + 1] == 0x80, p[i + 2] == 0x90 || p[i + 2] == 0x91 {
                h = step(h, UInt8(ascii: "-"))
                i += 3
            } else if b == 0xC3, i + 1 < e, p[i + 1] >= 0x80, p[i + 1] <= 0x9E, p[i + 1] != 0x97 {
                h = step(step(h, b), p[i + 1] | 0x20)
                i += 2
            } else {
                h = step(h, b)
                i += 1
            }
        }
        return h
    }

    /// Case-folded hash of a String, for building lexicons.
    public static func folded(_ s: String) -> UInt64 {
        var s = s
        return s.withUTF8 { folded($0, 0, $0.count) }
    }
}
