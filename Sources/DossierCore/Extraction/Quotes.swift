/// A direct quote found in an article.
struct FoundQuote: Sendable {
    /// Tokens inside the quote marks.
    var start: Int
    var end: Int
    var sentence: Int
    var speaker: Int32?
    var text: String
}

/// Finds direct quotes and their speakers. A quote is what stands between quote marks in one
/// paragraph; a paragraph that ends inside a quote and a next one that opens one continue it (the
/// news convention). The speaker is the subject of the reporting verb next to it ("…," Putin
/// said / said Putin / Putin said: "…"), of the sentence's reporting verb for a quote inside a
/// sentence, or the previous quote's speaker for an unattributed quote paragraph right after it.
struct QuoteFinder {
    let ctx: ArticleContext
    let attribution: Attribution

    init(_ ctx: ArticleContext) {
        self.ctx = ctx
        self.attribution = Attribution(ctx)
    }

    func find() -> [FoundQuote] {
        let doc = ctx.doc
        let toks = doc.tokens
        var spans: [(open: Int, close: Int, continues: Bool)] = []
        var pendingContinuation = false
        for q in attribution.spans {
            let i = q.open
            let j = q.close
            let para = doc.sentences[Int(doc.sentenceOf[i])].paragraph
            let startsParagraph = i == 0 || doc.sentences[Int(doc.sentenceOf[i - 1])].paragraph != para
            spans.append((i, j, pendingContinuation && startsParagraph))
            // An unclosed quote running to the end of its paragraph continues in the next one.
            pendingContinuation = !q.closed && (j >= toks.count || toks[j].kind != .openQuote)
        }
        var out: [FoundQuote] = []
        var lastSpeaker: Int32? = nil
        var lastEndParagraph = -10
        var lastSpeakerParagraph = -10
        for span in spans {
            let a = span.open + 1
            let b = span.close
            guard b > a else { continue }
            let sentence = Int(doc.sentenceOf[span.open])
            let para = doc.sentences[sentence].paragraph
            var speaker = speakerAfter(b) ?? speakerBefore(span.open) ?? speakerInSentence(sentence, a, b)
            if speaker == nil && !span.continues && startsParagraphAlone(span.open, b), para > 0,
                let reported = reportedSpeaker(inParagraph: para - 1), lastSpeakerParagraph < para - 1
            {
                // "Erekat said it was only the latest move …" ¶ "They wanted us on our knees …"
                speaker = reported
            }
            if speaker == nil && (span.continues || startsParagraphAlone(span.open, b)) && para - lastEndParagraph <= 1
            {
                speaker = lastSpeaker
            }
            // A further quote in the paragraph of an attributed one, with no attribution of its own.
            if speaker == nil && para == lastEndParagraph && lastSpeakerParagraph == para { speaker = lastSpeaker }
            let text = doc.cleanString(a, b)
            if text.utf8.count < 3 { continue }
            out.append(FoundQuote(start: a, end: b, sentence: sentence, speaker: speaker, text: text))
            if speaker != nil {
                lastSpeaker = speaker
                lastSpeakerParagraph = para
            }
            lastEndParagraph = doc.sentences[Int(doc.sentenceOf[max(a, b - 1)])].paragraph
        }
        return out
    }

    /// The speaker of the last reporting verb outside quotes in paragraph `p`.
    func reportedSpeaker(inParagraph p: Int) -> Int32? {
        let doc = ctx.doc
        guard let last = doc.sentences.lastIndex(where: { $0.paragraph == p }) else { return nil }
        var s = last
        while s >= 0, doc.sentences[s].paragraph == p {
            let r = doc.range(ofSentence: s)
            for k in r.reversed() where !attribution.insideQuote[k] && doc.tokens[k].kind == .word {
                if Vocab.reporting.contains(doc.tokens[k].hash), let e = attribution.speaker(ofVerb: k) { return e }
            }
            s -= 1
        }
        return nil
    }

    /// A paragraph that is only a quote (nothing outside the marks but punctuation).
    func startsParagraphAlone(_ open: Int, _ close: Int) -> Bool {
        let doc = ctx.doc
        let para = doc.sentences[Int(doc.sentenceOf[open])].paragraph
        if open > 0 && doc.sentences[Int(doc.sentenceOf[open - 1])].paragraph == para { return false }
        var k = close + 1
        while k < doc.tokens.count, doc.sentences[Int(doc.sentenceOf[k])].paragraph == para {
            if doc.tokens[k].kind == .word { return false }
            k += 1
        }
        return true
    }

    /// ", Putin said" / ", said Peskov" / ", the Kremlin stated Wednesday" right after the quote.
    func speakerAfter(_ close: Int) -> Int32? {
        let doc = ctx.doc
        guard close < doc.tokens.count else { return nil }
        var s = Int(doc.sentenceOf[close])
        var r = doc.range(ofSentence: s)
        var k = close + 1
        var steps = 0
        // The attribution may start the next sentence only if the quote closed one ("…." he said).
        // ("…," Richard Gowan, U.N. Director for the International Crisis Group, told CBS News.)
        let limit = min(doc.tokens.count, k + 18)
        while k < limit, steps < 18 {
            let t = doc.tokens[k]
            if t.kind == .openQuote { return nil }
            if Int(doc.sentenceOf[k]) != s {
                // "…?” Holmes testified.": the attribution is the next sentence, if it opens with it.
                guard k == r.upperBound, t.kind == .word,
                    doc.sentences[Int(doc.sentenceOf[k])].paragraph == doc.sentences[s].paragraph
                else { return nil }
                s = Int(doc.sentenceOf[k])
                r = doc.range(ofSentence: s)
            }
            if t.kind == .word && Vocab.reporting.contains(t.hash) { return attribution.speaker(ofVerb: k) }
            if t.kind == .word && t.hash == Attribution.according && k + 1 < limit && doc.tokens[k + 1].hash == W.to {
                var a = k + 2
                while a < min(doc.tokens.count, k + 8) {
                    if let e = attribution.entity(at: a) { return e }
                    a += 1
                }
                return nil
            }
            if t.kind == .punct && t.hash != W.comma { return nil }
            k += 1
            steps += 1
        }
        return nil
    }

    /// "Putin said: "…"", "Peskov told reporters that "…"" before the quote in its sentence.
    func speakerBefore(_ open: Int) -> Int32? {
        let doc = ctx.doc
        let s = Int(doc.sentenceOf[open])
        let r = doc.range(ofSentence: s)
        var k = open - 1
        var steps = 0
        while k >= r.lowerBound, steps < 8 {
            let t = doc.tokens[k]
            if t.kind == .closeQuote { return nil }
            if t.kind == .word && Vocab.reporting.contains(t.hash) && !attribution.insideQuote[k] {
                return attribution.speaker(ofVerb: k)
            }
            k -= 1
            steps += 1
        }
        return nil
    }

    /// A quote inside a sentence ("… as it is "a closed country."", "warning against a
    /// "dead-end road""): the speaker of the sentence's reporting verb, or of its subject
    /// when the verb is one of speech ("warning", "urged").
    func speakerInSentence(_ s: Int, _ a: Int, _ b: Int) -> Int32? {
        let doc = ctx.doc
        let r = doc.range(ofSentence: s)
        // The verb of saying nearest before the quote ("The Liberal Democrats suggested …, with the
        // party's spokesman Alistair Carmichael branding it "…""), else the first after it.
        for k in stride(from: a - 2, through: r.lowerBound, by: -1) where !attribution.insideQuote[k] {
            let t = doc.tokens[k]
            guard t.kind == .word, Vocab.reporting.contains(t.hash) || Self.speechVerbSet.contains(t.hash) else {
                continue
            }
            if let e = attribution.speaker(ofVerb: k) { return e }
        }
        for k in r where k > b && !attribution.insideQuote[k] {
            let t = doc.tokens[k]
            if t.kind == .word && Vocab.reporting.contains(t.hash), let e = attribution.speaker(ofVerb: k) { return e }
        }
        // A quoted phrase in a sentence whose subject is a person ("Putin has weighed in, warning …").
        for k in r where k < a - 1 && !attribution.insideQuote[k] {
            if let e = attribution.entity(at: k) {
                let kind = ctx.entities[Int(e)].kind
                if kind == .person
                    && Self.speechVerbs.contains(where: { h in (k..<(a - 1)).contains { doc.tokens[$0].hash == h } })
                {
                    return e
                }
                return nil
            }
        }
        return nil
    }

    static let speechVerbSet = WordSet(
        "warning warned calling called urging urged describing described dubbed labeled labelled branded branding "
            + "labelling labeling pledged vowed insisting saying stated stating accusing accused")
    static let speechVerbs: [UInt64] = [
        "warning", "warned", "calling", "called", "urging", "urged", "describing", "described", "dubbed", "labeled",
        "labelled", "branded", "pledged", "vowed", "insisting", "saying", "stated", "stating",
    ].map { TextHash.folded($0) }
}
