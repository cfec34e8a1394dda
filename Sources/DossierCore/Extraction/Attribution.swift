/// Who says what: pronouns resolved to people, and the speaker of a reporting verb ("Peskov
/// said", "said the Kremlin", "according to TASS"). Shared by the quote and event rules.
struct Attribution {
    let ctx: ArticleContext
    /// The person each he/she/his/her/him token stands for.
    let pronouns: [Int: Int32]
    /// Whether each token lies inside a direct quote.
    let insideQuote: [Bool]

    init(_ ctx: ArticleContext) {
        self.ctx = ctx
        insideQuote = Self.quoteMask(ctx.doc)
        pronouns = Self.resolvePronouns(ctx, insideQuote)
    }

    static let personal = WordSet("he she his her him")

    /// Marks tokens between an opening and a closing double quote (within a paragraph).
    static func quoteMask(_ doc: TextDocument) -> [Bool] {
        var mask = [Bool](repeating: false, count: doc.tokens.count)
        var open = false
        var para = -1
        for i in doc.tokens.indices {
            let p = doc.sentences[Int(doc.sentenceOf[i])].paragraph
            if p != para {
                para = p
                open = false
            }
            switch doc.tokens[i].kind {
            case .openQuote: open = true
            case .closeQuote: open = false
            default: mask[i] = open
            }
        }
        return mask
    }

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
        // "Harold Sells, chairman and chief executive of Woolworth, said": over the apposition.
        if b > sentence.lowerBound, doc.tokens[b].kind == .punct, doc.tokens[b].hash == W.comma {
            var k = b - 1
            while k > sentence.lowerBound, k > b - 14, !(doc.tokens[k].kind == .punct && doc.tokens[k].hash == W.comma) { k -= 1 }
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
        while b < r.upperBound, b < a + 6, ctx.doc.tokens[b].kind == .word || ctx.doc.tokens[b].kind == .possessive { b += 1 }
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
            while s > a, doc.tokens[s - 1].kind == .word, doc.tokens[s - 1].hash != W.the, doc.tokens[s - 1].hash != W.to {
                s -= 1
            }
            return doc.cleanString(s, i + 1)
        }
        return nil
    }
}
