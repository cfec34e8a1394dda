/// One article's text laid out for analysis: its bytes, paragraphs, tokens and sentences. Every
/// later stage refers to tokens by index and reads bytes from here; Strings are made only for the
/// names, quotes and sentences that end up in the analysis.
public struct TextDocument: Sendable {
    public let text: String
    public let bytes: [UInt8]
    public let paragraphs: [Range<Int>]
    public var tokens: [Token]
    public let sentences: [TokenSentence]
    /// The sentence of each token.
    public let sentenceOf: [Int32]

    public init(_ text: String) {
        self.text = text
        let bytes = Array(text.utf8)
        self.bytes = bytes
        var tokens: [Token] = []
        var paragraphs: [Range<Int>] = []
        var sentences: [TokenSentence] = []
        bytes.withUnsafeBufferPointer { p in
            paragraphs = Paragraphs.ranges(p)
            tokens = Tokenizer.tokenize(p)
            sentences = Sentences.split(&tokens, paragraphs: paragraphs, p)
        }
        var sentenceOf = [Int32](repeating: 0, count: tokens.count)
        for (k, s) in sentences.enumerated() {
            for i in s.tokens { sentenceOf[i] = Int32(k) }
        }
        self.paragraphs = paragraphs
        self.tokens = tokens
        self.sentences = sentences
        self.sentenceOf = sentenceOf
    }

    /// The text of tokens `[a, b)` as written, spaces included.
    public func string(_ a: Int, _ b: Int) -> String {
        guard a < b, a >= 0, b <= tokens.count else { return "" }
        return string(bytes: Int(tokens[a].start), Int(tokens[b - 1].end))
    }

    public func string(bytes s: Int, _ e: Int) -> String {
        String(decoding: bytes[s..<e], as: UTF8.self)
    }

    /// The text of tokens `[a, b)` with line breaks and runs of spaces made single spaces.
    public func cleanString(_ a: Int, _ b: Int) -> String {
        var out = ""
        for i in a..<b {
            let t = tokens[i]
            if i > a && t.flags.contains(.spaceBefore) { out += " " }
            out += String(decoding: bytes[Int(t.start)..<Int(t.end)], as: UTF8.self)
        }
        return out
    }

    /// The bytes of token `i` equal `s` exactly.
    public func tokenIs(_ i: Int, _ s: StaticString) -> Bool {
        let t = tokens[i]
        guard t.length == s.utf8CodeUnitCount else { return false }
        let base = s.utf8Start
        for k in 0..<t.length where bytes[Int(t.start) + k] != base[k] { return false }
        return true
    }

    /// The first byte of token `i`.
    @inline(__always)
    public func firstByte(_ i: Int) -> UInt8 { bytes[Int(tokens[i].start)] }

    /// The sentence range of tokens for sentence `s`.
    @inline(__always)
    public func range(ofSentence s: Int) -> Range<Int> { sentences[s].tokens }
}
