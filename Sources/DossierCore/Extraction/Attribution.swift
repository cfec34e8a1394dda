/// Who says what: pronouns resolved to people, and the speaker of a reporting verb ("Peskov
/// said", "said the Kremlin", "according to TASS"). Shared by the quote and event rules.
struct Attribution {
    let ctx: ArticleContext
    /// The person each he/she/his/her/him token stands for.
    let pronouns: [Int: Int32]
    /// Whether each token lies inside a direct quote.
    let insideQuote: [Bool]
    /// The direct quotes: the opening mark, the closing mark (or where the paragraph ends), and
    /// whether it closed.
    let spans: [QuoteSpan]

    init(_ ctx: ArticleContext) {
        self.ctx = ctx
        spans = Self.quoteSpans(ctx.doc)
        var mask = [Bool](repeating: false, count: ctx.doc.tokens.count)
        for s in spans where s.close > s.open + 1 {
            for i in (s.open + 1)..<s.close { mask[i] = true }
        }
        insideQuote = mask
        pronouns = Self.resolvePronouns(ctx, insideQuote)
    }

    struct QuoteSpan {
        var open: Int
        var close: Int
        var closed: Bool
    }

    /// Quotes between double marks in one paragraph, and between single marks where a paper uses
    /// them (‘…,’ she wrote): a single mark opens a quote before a word and closes after at least
    /// three words in the same paragraph, or opens a paragraph that the quote runs to the end of.
    static func quoteSpans(_ doc: TextDocument) -> [QuoteSpan] {
        let toks = doc.tokens
        let n = toks.count
        var out: [QuoteSpan] = []
        var i = 0
        @inline(__always) func para(_ k: Int) -> Int { doc.sentences[Int(doc.sentenceOf[k])].paragraph }
        while i < n {
            let kind = toks[i].kind
            guard kind == .openQuote || kind == .openSingle && i + 1 < n && toks[i + 1].kind == .word else {
                i += 1
                continue
            }
            let p = para(i)
            var j = i + 1
            var closed = false
            var words = 0
            while j < n, para(j) == p {
                let k = toks[j].kind
                if kind == .openQuote {
                    if k == .closeQuote {
                        closed = true
                        break
                    }
                    if k == .openQuote { break }
                } else {
                    if k == .closeSingle {
                        closed = true
                        break
                    }
                    if k == .openQuote || k == .closeQuote || k == .openSingle { break }
                    if k == .word { words += 1 }
                }
                j += 1
            }
            if kind == .openSingle {
                let startsParagraph = i == 0 || para(i - 1) != p
                guard words >= 3, closed || startsParagraph && (j >= n || para(j) != p) else {
                    i += 1
                    continue
                }
            }
            out.append(QuoteSpan(open: i, close: j, closed: closed))
            i = closed ? j + 1 : j
        }
        return out
    }

    static let personal = WordSet("he she his her him")

    /// Each personal pronoun outside quotes refers to the first person named (or referred to) in
    /// the nearest sentence before it that names one: the subject, most often.
    static func resolvePronouns(_ ctx: ArticleContext, _ inside: [Bool]) -> [Int: Int32] {
        var out: [Int: Int32] = [:]
        let doc = ctx.doc
        // Person references in order: linked mentions and resolved pronouns.
        var refs: [(token: Int, sentence: Int, entity: Int32)] = []
        var mk = 0
        let ordered = ctx.mentions.indices.filter { ctx.mentions[$0].entity >= 0 }.sorted {
            ctx.mentions[$0].start < ctx.mentions[$1].start
        }
        for i in doc.tokens.indices {
            while mk < ordered.count && Int(ctx.mentions[ordered[mk]].start) <= i {
                let m = ctx.mentions[ordered[mk]]
                if ctx.entities[Int(m.entity)].kind == .person && !inside[Int(m.start)] {
                    refs.append((Int(m.start), Int(m.sentence), m.entity))
                }
                mk += 1
            }
            let t = doc.tokens[i]
            guard t.kind == .word, personal.contains(t.hash), !inside[i] else { continue }
            let s = Int(doc.sentenceOf[i])
            // Nearest sentence (this one first) with a person before the pronoun.
            var target: Int32? = nil
            var k = refs.count - 1
            var sentence = -1
            while k >= 0 {
                let r = refs[k]
                if r.token >= i {
                    k -= 1
                    continue
                }
                if s - r.sentence > 3 { break }
                if sentence < 0 { sentence = r.sentence }
                if r.sentence != sentence { break }
                target = r.entity
                k -= 1
            }
            if let target {
                out[i] = target
                refs.append((i, s, target))
            }
        }
        return out
    }

    /// The entity a token refers to: a linked mention covering it, or a resolved pronoun.
    func entity(at i: Int) -> Int32? {
        if let p = pronouns[i] { return p }
        if let m = ctx.mention(at: i) { return ctx.mentions[m].entity }
        return nil
    }

    static let saying = Vocab.reporting
    static let skippable = WordSet(
        """
        also later then further again earlier separately recently previously reportedly repeatedly has have had \
        on monday tuesday wednesday thursday friday saturday sunday today yesterday last week month on in \
        publicly privately once
        """)

    /// The speaker of the reporting verb at `v`: the name or pronoun just before it ("Peskov
    /// said", "the Kremlin stated", "he added"), else the name just after it ("said Peskov").
    func speaker(ofVerb v: Int) -> Int32? {
        let doc = ctx.doc
        let sentence = doc.range(ofSentence: Int(doc.sentenceOf[v]))
        // Before: skip adverbs and auxiliaries ("has also said").
        var b = v - 1
        while b >= sentence.lowerBound, doc.tokens[b].kind == .word, Self.skippable.contains(doc.tokens[b].hash),
            entity(at: b) == nil
        {
            b -= 1
        }
        if b >= sentence.lowerBound, let e = entity(at: b) { return e }
        // "X was quoted by the daily al-Qabas as saying": X, not the paper.
        if doc.tokens[v].hash == Self.sayingWord, v >= 1, doc.tokens[v - 1].hash == Self.asWord,
            (max(sentence.lowerBound, v - 12)..<v).contains(where: { doc.tokens[$0].hash == Self.quotedWord }),
            let e = firstActor(in: sentence.lowerBound..<v)
        {
            return e
        }
        // "…, telling the couple, '…'", "…, saying …": a participle's speaker is its clause's subject.
        // (The comma may close a quote: "… the words 'Kfar Aza is my home,' telling …".)
        let c =
            b >= sentence.lowerBound && (doc.tokens[b].kind == .closeSingle || doc.tokens[b].kind == .closeQuote)
            ? b - 1 : b
        if c >= sentence.lowerBound, doc.tokens[c].kind == .punct, doc.tokens[c].hash == W.comma,
            Self.endsInIng(doc, v),
            let e = firstActor(in: sentence.lowerBound..<c)
        {
            return e
        }
        if b >= sentence.lowerBound, doc.tokens[b].kind == .word {
            let h = doc.tokens[b].hash
            // "An ADB spokesman declined to comment. "We have no comment," he said.": the unnamed
            // spokesman's body, when no person was named since.
            if Self.personal.contains(h), pronouns[b] == nil, let e = unnamedSpeakerBody(before: b) { return e }
            // "it said", "it added": the organization the story was last about.
            if h == Self.it, let e = lastOrganization(before: b) { return e }
            // "… met Brazilian officials and told reporters that": the clause's subject.
            if h == W.and, let e = firstActor(in: sentence.lowerBound..<b) { return e }
            // "a Treasury spokesman said", "one U.S. official said", "an ADB spokesman": whom the
            // unnamed speaker speaks for.
            if Self.unnamed.contains(h) || Self.speakerNouns.contains(h) {
                var k = b - 1
                while k >= sentence.lowerBound, k >= b - 4,
                    doc.tokens[k].kind == .word || doc.tokens[k].kind == .possessive
                {
                    if let e = entity(at: k), ctx.entities[Int(e)].kind != .person { return e }
                    k -= 1
                }
                // "Officials said President Joe Biden will …": unnamed, not whom they speak of.
                return nil
            }
        }
        // "Harold Sells, chairman and chief executive of Woolworth, said": over the apposition.
        if b > sentence.lowerBound, doc.tokens[b].kind == .punct, doc.tokens[b].hash == W.comma {
            var k = b - 1
            while k > sentence.lowerBound, k > b - 14, !(doc.tokens[k].kind == .punct && doc.tokens[k].hash == W.comma)
            { k -= 1 }
            if k > sentence.lowerBound, doc.tokens[k].hash == W.comma, let e = entity(at: k - 1) { return e }
        }
        // After: "said Peskov", "said Kremlin spokesman Dmitry Peskov", "said the Kremlin".
        var a = v + 1
        var steps = 0
        while a < sentence.upperBound, steps < 5 {
            if let e = entity(at: a) { return e }
            let t = doc.tokens[a]
            if t.kind != .word { break }
            a += 1
            steps += 1
        }
        return nil
    }

    static let according = TextHash.folded("according")

    static func endsInIng(_ doc: TextDocument, _ i: Int) -> Bool {
        let t = doc.tokens[i]
        guard t.length > 4 else { return false }
        let e = Int(t.end)
        return doc.bytes[e - 3] == UInt8(ascii: "i") && doc.bytes[e - 2] == UInt8(ascii: "n")
            && doc.bytes[e - 1] == UInt8(ascii: "g")
    }
    static let it = TextHash.folded("it")
    static let sayingWord = TextHash.folded("saying")
    static let asWord = TextHash.folded("as")
    static let quotedWord = TextHash.folded("quoted")
    static let speakerNouns = WordSet(
        "spokesperson spokespeople spokesmen spokesman spokeswoman aide aides adviser advisers representative statement"
    )

    /// The organization or country last named before token `at` (within three sentences), the
    /// subject of its sentence first.
    func lastOrganization(before at: Int) -> Int32? {
        let s = Int(ctx.doc.sentenceOf[at])
        for t in stride(from: s, through: max(0, s - 3), by: -1) {
            var found: Int32? = nil
            for k in ctx.bySentence[t] {
                let m = ctx.mentions[Int(k)]
                guard Int(m.start) < at, m.form == .name else { continue }
                let kind = ctx.entities[Int(m.entity)].kind
                if kind == .organization || kind == .country {
                    found = m.entity
                    break
                }
            }
            if let found { return found }
        }
        return nil
    }

    /// The body of an unnamed spokesman or official in this or the two sentences before token `at`
    /// ("an ADB spokesman", "a Treasury official").
    func unnamedSpeakerBody(before at: Int) -> Int32? {
        let doc = ctx.doc
        let s = Int(doc.sentenceOf[at])
        let from = doc.range(ofSentence: max(0, s - 2)).lowerBound
        var k = at - 1
        while k > from {
            let h = doc.tokens[k].hash
            if doc.tokens[k].kind == .word, !insideQuote[k], Self.speakerNouns.contains(h) || Self.unnamed.contains(h),
                let e = entity(at: k - 1), ctx.entities[Int(e)].kind != .person
            {
                return e
            }
            k -= 1
        }
        return nil
    }

    /// The first person, organization or country named in `r`.
    func firstActor(in r: Range<Int>) -> Int32? {
        for i in r where !insideQuote[i] {
            if let e = entity(at: i), ctx.entities[Int(e)].kind != .place { return e }
        }
        return nil
    }

    /// Who the sentence says stands behind it: the speaker of its first reporting verb outside
    /// quotes, or the name after "according to". Text for unnamed sources ("officials").
    func claimant(ofSentence s: Int, excludingRange: Range<Int>? = nil) -> (entity: Int32?, text: String?)? {
        let doc = ctx.doc
        let r = doc.range(ofSentence: s)
        for i in r {
            let t = doc.tokens[i]
            guard t.kind == .word, !insideQuote[i] else { continue }
            if t.hash == Self.according, i + 2 < r.upperBound, doc.tokens[i + 1].hash == W.to {
                var a = i + 2
                while a < min(r.upperBound, i + 8) {
                    // "according to his office": the office, not him.
                    if Self.possessives.contains(doc.tokens[a].hash) { break }
                    if let e = entity(at: a) { return (e, nil) }
                    if doc.tokens[a].kind != .word { break }
                    a += 1
                }
                return (nil, unnamedSource(i + 2, r.upperBound) ?? phrase(after: i + 2, r))
            }
            if Self.saying.contains(t.hash) {
                if let e = speaker(ofVerb: i) { return (e, nil) }
                if let text = unnamedSource(max(r.lowerBound, i - 4), i) { return (nil, text) }
            }
        }
        return nil
    }

    static let possessives = WordSet("his her their its")

    /// The words after "according to" up to a comma or the sentence end (at most six).
    func phrase(after a: Int, _ r: Range<Int>) -> String? {
        var b = a
        while b < r.upperBound, b < a + 6, ctx.doc.tokens[b].kind == .word || ctx.doc.tokens[b].kind == .possessive {
            b += 1
        }
        return b > a ? ctx.doc.cleanString(a, b) : nil
    }

    static let unnamed = WordSet(
        "officials sources source diplomats analysts experts observers government ministry authorities spokesman "
            + "spokeswoman official reports report media")

    /// "officials", "diplomatic sources", "Russian officials": a source without a name.
    func unnamedSource(_ a: Int, _ b: Int) -> String? {
        let doc = ctx.doc
        for i in a..<b where doc.tokens[i].kind == .word && Self.unnamed.contains(doc.tokens[i].hash) {
            var s = i
            while s > a, doc.tokens[s - 1].kind == .word, doc.tokens[s - 1].hash != W.the,
                doc.tokens[s - 1].hash != W.to
            {
                s -= 1
            }
            return doc.cleanString(s, i + 1)
        }
        return nil
    }
}
