/// A sentence as a range of token indices, with the paragraph it belongs to.
public struct TokenSentence: Sendable, Hashable {
    public var tokens: Range<Int>
    public var paragraph: Int
}

/// Splits tokens into sentences. A paragraph always ends one; inside a paragraph a sentence ends
/// at . ! ? or … (with the quotes and brackets that close after it) before a capital, a digit or
/// an opening quote. A period that belongs to a title ("Gen.", "Rep.") or an initial never ends a
/// sentence; one that belongs to an initialism or month ("U.S.", "Nov.") ends it only before a
/// word that typically starts sentences ("The", "He", "But").
public enum Sentences {
    static let titleAbbreviations: Set<UInt64> = hashes(
        "mr. mrs. ms. dr. prof. gen. lt. col. maj. capt. cmdr. adm. sgt. cpl. pvt. brig. rep. reps. sen. sens. "
            + "gov. atty. supt. insp. det. rev. fr. hon. amb. pres. sec. st. mt. ft. messrs. mme. mlle. no. nos. "
            + "vol. vs. fig. op. gens. sq. univ. dept.")

    /// Words that commonly open a sentence; after "U.S." or "Nov." they signal a new one.
    static let starters: Set<UInt64> = hashes(
        """
        the a an he she it they we i you but and or so yet in on at for this that these those there his her its \
        their our my as after before when while if however meanwhile also both some many most no not one two \
        what who which where why how then still since although though despite with without from by under over \
        last next earlier later today yesterday officials analysts during until once instead according asked \
        such other another each every all several few mr mrs ms president
        """)

    static func hashes(_ s: String) -> Set<UInt64> {
        Set(s.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { TextHash.folded(String($0)) })
    }

    static let dot = Tokenizer.punctHash(".")
    static let bang = Tokenizer.punctHash("!")
    static let question = Tokenizer.punctHash("?")
    static let closeParen = Tokenizer.punctHash(")")
    static let closeBracket = Tokenizer.punctHash("]")
    static let openParen = Tokenizer.punctHash("(")

    /// Splits `tokens` (of text `p`) into sentences within `paragraphs` (byte ranges, in order).
    /// Marks each sentence's first token with `.sentenceStart`.
    public static func split(
        _ tokens: inout [Token], paragraphs: [Range<Int>], _ p: UnsafeBufferPointer<UInt8>
    ) -> [TokenSentence] {
        var out: [TokenSentence] = []
        let n = tokens.count
        guard n > 0 else { return out }
        var para = 0
        var start = 0
        var i = 0
        func close(_ end: Int) {
            if end > start {
                tokens[start].flags.insert(.sentenceStart)
                out.append(TokenSentence(tokens: start..<end, paragraph: para))
            }
            start = end
        }
        while i < n {
            // Paragraph boundary before token i.
            while para + 1 < paragraphs.count, Int(tokens[i].start) >= paragraphs[para + 1].lowerBound {
                close(i)
                para += 1
            }
            let t = tokens[i]
            var terminator = false
            var weak = false
            switch t.kind {
            case .punct:
                terminator = t.hash == dot || t.hash == bang || t.hash == question
            case .ellipsis:
                terminator = true
                weak = true
            case .word where t.flags.contains(.period):
                if t.flags.contains(.initial) || titleAbbreviations.contains(t.hash) {
                    terminator = false
                } else {
                    terminator = true
                    weak = true
                }
            default:
                break
            }
            if !terminator {
                i += 1
                continue
            }
            // Closing quotes and brackets after the terminator stay with this sentence.
            var j = i + 1
            while j < n, !tokens[j].flags.contains(.spaceBefore),
                tokens[j].kind == .closeQuote || tokens[j].kind == .closeSingle
                    || (tokens[j].kind == .punct && (tokens[j].hash == closeParen || tokens[j].hash == closeBracket))
            {
                j += 1
            }
            guard j < n else { break }
            let next = tokens[j]
            if para + 1 < paragraphs.count, Int(next.start) >= paragraphs[para + 1].lowerBound {
                i = j
                continue
            }
            var breaks: Bool
            switch next.kind {
            case .word:
                if weak {
                    breaks = next.flags.contains(.capitalized) && starters.contains(next.hash)
                } else {
                    breaks = next.flags.contains(.capitalized)
                }
            case .number:
                breaks = !weak
            case .openQuote, .openSingle:
                breaks = !weak || next.flags.contains(.spaceBefore)
            case .punct:
                breaks = !weak && next.hash == openParen
            default:
                breaks = false
            }
            // "end.Next", glued by layout: a capital still starts a sentence, but "news.com" does not.
            if next.kind == .word && !next.flags.contains(.spaceBefore) && t.kind == .punct {
                breaks = next.flags.contains(.capitalized)
            }
            if breaks { close(j) }
            i = j
        }
        close(n)
        return out
    }
}
