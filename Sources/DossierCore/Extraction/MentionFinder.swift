/// A title or role phrase found in the text ("President", "Foreign Minister", "spokesman").
struct TitleSpan: Sendable {
    var start: Int32
    var end: Int32
    var category: TitleCategory
    var sentence: Int32
    /// The name mention it qualifies, or -1 (then it may be a descriptor: "the Russian leader").
    var attachedTo: Int32 = -1
}

/// Finds mentions of names, demonyms and person descriptors in one article, in one left-to-right
/// pass per sentence: gazetteer phrases by longest match, then runs of capitalised words (joined
/// by "of", "bin", "von" … where a name allows them), each classified from its own shape ("…
/// University", "Kim Jong-un") and its context (a title before it, "said" after it, "in" before
/// it, an apposition after it).
struct MentionFinder {
    let gaz = Gazetteer.shared
    let doc: TextDocument
    /// Sentences that are headlines or other lines where every word may be capitalised.
    let headlines: Set<Int>
    /// Tokens of the dateline's place ("SANTA BARBARA" of "SANTA BARBARA, Calif., April 13 -").
    let datelinePlace: Range<Int>

    init(_ doc: TextDocument, headlines: Set<Int> = [], datelinePlace: Range<Int> = 0..<0) {
        self.doc = doc
        self.headlines = headlines
        self.datelinePlace = datelinePlace
    }

    func find() -> (mentions: [Mention], titles: [TitleSpan]) {
        var mentions: [Mention] = []
        var titles: [TitleSpan] = []
        doc.tokens.withUnsafeBufferPointer { toks in
            doc.bytes.withUnsafeBufferPointer { p in
                var scan = Scan(gaz: gaz, toks: toks, p: p)
                for (si, s) in doc.sentences.enumerated() {
                    scan.sentence(si, s.tokens, headline: headlines.contains(si), &mentions, &titles)
                }
                scan.attachTitles(&mentions, &titles)
                for k in mentions.indices {
                    scan.classify(&mentions[k], mentions: mentions)
                    if datelinePlace.contains(Int(mentions[k].start)), mentions[k].gaz < 0 {
                        mentions[k].evidence.insert(.placeShape)
                    }
                }
            }
        }
        return (mentions, titles)
    }
}

/// The scanning state over one article's tokens and bytes.
private struct Scan {
    let gaz: Gazetteer
    let toks: UnsafeBufferPointer<Token>
    let p: UnsafeBufferPointer<UInt8>

    @inline(__always)
    func info(_ i: Int) -> WordInfo? { gaz.word(toks[i].hash) }

    @inline(__always)
    func isCap(_ i: Int) -> Bool {
        let t = toks[i]
        guard t.kind == .word else { return false }
        if t.flags.contains(.capitalized) || t.flags.contains(.allCaps) { return true }
        // "al-Qabas", "el-Sisi": a particle glued to a capitalised name opens a name.
        return t.flags.contains(.hyphenated) && particlePrefixed(i)
    }

    func particlePrefixed(_ i: Int) -> Bool {
        let t = toks[i]
        var k = Int(t.start)
        while k < Int(t.end), p[k] != UInt8(ascii: "-") { k += 1 }
        guard k > Int(t.start), k + 1 < Int(t.end), isUpperScalar(p, k + 1) else { return false }
        return gaz.word(TextHash.folded(p, Int(t.start), k))?.shape == .particle
    }

    /// "I’m", "Don't", "We'll": a capitalised contraction is no name ("O'Brien" is).
    func isContraction(_ i: Int) -> Bool {
        let t = toks[i]
        var k = Int(t.start) + 1
        while k < Int(t.end) - 1 {
            if p[k] == UInt8(ascii: "'") { return p[k + 1].isASCIILower }
            if p[k] == 0xE2, k + 3 < Int(t.end), p[k + 1] == 0x80, p[k + 2] == 0x99 { return p[k + 3].isASCIILower }
            k += 1
        }
        return false
    }

    @inline(__always)
    func isPunct(_ i: Int, _ h: UInt64) -> Bool { toks[i].kind == .punct && toks[i].hash == h }

    /// The longest gazetteer phrase starting at `i` (not beyond `end`): its best hit and length.
    /// Names beat adjectives and titles of the same length.
    func longest(_ i: Int, _ end: Int, _ maxLen: Int) -> (PhraseHit, Int)? {
        var h = TextHash.seed
        var best: (PhraseHit, Int)? = nil
        let limit = min(maxLen, end - i)
        var n = 0
        while n < limit {
            h = TextHash.combine(h, toks[i + n].hash)
            n += 1
            var found: PhraseHit? = nil
            // "French" is the people in "the French said" but an adjective in "the French
            // government": a word after it makes it the adjective.
            let nounFollows =
                i + n < toks.count && toks[i + n].kind == .word && !Vocab.reporting.contains(toks[i + n].hash)
            gaz.hits(phrase: h, count: n, tokens: toks, at: i, text: p) { hit in
                if found == nil || rank(hit.role, nounFollows) < rank(found!.role, nounFollows) { found = hit }
            }
            if let f = found { best = (f, n) }
        }
        return best
    }

    @inline(__always)
    func rank(_ r: PhraseRole, _ nounFollows: Bool = false) -> Int {
        switch r {
        case .name: return 0
        case .people: return nounFollows ? 2 : 1
        case .adjective: return nounFollows ? 1 : 2
        case .title: return 3
        }
    }

    mutating func sentence(
        _ si: Int, _ range: Range<Int>, headline: Bool, _ mentions: inout [Mention], _ titles: inout [TitleSpan]
    ) {
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let t = toks[i]
            guard t.kind == .word else {
                i += 1
                continue
            }
            let wi = info(i)
            // "Knesset speaker Amir Ohana": a given name that is also a title, after a title, opens the name.
            let givenAfterTitle =
                wi?.flags.contains(.givenName) == true && titles.last.map { Int($0.end) == i } == true
                && i + 1 < end && isCap(i + 1) && isCap(i)
            if let wi, wi.flags.contains(.phraseStart), !givenAfterTitle,
                let (hit, len) = longest(i, end, Int(wi.maxPhrase))
            {
                // "Kevin King", "Grace Bishop": a title word right after a lone given name is its surname.
                if hit.role == .title, len == 1, isCap(i), let last = mentions.last, Int(last.end) == i,
                    last.tokenCount == 1,
                    last.gaz < 0, info(Int(last.start))?.flags.contains(.givenName) == true,
                    i + 1 >= end || !isCap(i + 1)
                {
                    mentions[mentions.count - 1].end = Int32(i + 1)
                    mentions[mentions.count - 1].byteEnd = t.end
                    var h = TextHash.seed
                    for k in Int(last.start)...i { h = TextHash.combine(h, toks[k].hash) }
                    mentions[mentions.count - 1].nameHash = h
                    i += 1
                    continue
                }
                if hit.role == .title {
                    // A capitalised title word inside a run of names ("Moscow State University")
                    // is still a title only when it is not the last word of an organization.
                    titles.append(
                        TitleSpan(
                            start: Int32(i), end: Int32(i + len),
                            category: TitleCategory(rawValue: UInt8(hit.entry)) ?? .person, sentence: Int32(si)))
                    i += len
                    continue
                }
                if hit.role != .people, isCap(i), let ext = shapedExtension(i, len, end), ext > i + len {
                    mentions.append(chunkMention(i, ext, si, headline: headline))
                    i = ext
                    continue
                }
                var m = Mention(
                    start: Int32(i), end: Int32(i + len), byteStart: t.start, byteEnd: toks[i + len - 1].end,
                    sentence: Int32(si),
                    form: hit.role == .adjective ? .adjective : hit.role == .people ? .people : .name)
                let e = gaz.entries[Int(hit.entry)]
                // "the Liberal Democrats", "the Free Democrats": a capitalised word before a party or
                // body's name makes another name.
                if hit.role == .name, e.kind == .organization, !e.isMedia, let last = mentions.last, Int(last.end) == i,
                    last.gaz < 0, last.form == .name, last.tokenCount == 1, Int(last.sentence) == si,
                    isCap(Int(last.start)),
                    info(Int(last.start)).map({ !$0.flags.contains(.month) && !$0.flags.contains(.weekday) }) ?? true
                {
                    var merged = chunkMention(Int(last.start), i + len, si, headline: headline)
                    merged.evidence.insert(.orgShape)
                    mentions[mentions.count - 1] = merged
                    i += len
                    continue
                }
                // "West Berlin", "East Jerusalem", "Southern Lebanon": a compass word before a place
                // is part of its name.
                if hit.role == .name, e.kind == .place || e.kind == .country, i > range.lowerBound, isCap(i - 1),
                    Self.compass.contains(toks[i - 1].hash), mentions.last.map({ Int($0.end) <= i - 1 }) ?? true
                {
                    m.start = Int32(i - 1)
                    m.byteStart = toks[i - 1].start
                }
                m.gaz = hit.entry
                m.kind = e.kind
                m.isMedia = e.isMedia
                m.country = e.country
                m.nameHash = TextHash.folded(e.name)
                // A given name before a single-word place is a person ("Michael Jordan").
                if hit.role == .name, len == 1, e.kind != .organization, let last = mentions.last,
                    Int(last.end) == i, last.gaz < 0, last.tokenCount == 1,
                    info(Int(last.start))?.flags.contains(.givenName) == true, i + 1 >= end || !isCap(i + 1)
                {
                    mentions[mentions.count - 1].end = Int32(i + 1)
                    mentions[mentions.count - 1].byteEnd = t.end
                    i += 1
                    continue
                }
                mentions.append(m)
                i += len
                continue
            }
            guard isCap(i) else {
                if t.flags.contains(.hyphenated), let (a, b) = gaz.relationPair(t.hash) {
                    for g in [a, b] {
                        var m = Mention(
                            start: Int32(i), end: Int32(i + 1), byteStart: t.start, byteEnd: t.end, sentence: Int32(si),
                            form: .part)
                        m.gaz = g
                        m.kind = .country
                        m.country = g
                        m.nameHash = TextHash.folded(gaz.entries[Int(g)].name)
                        mentions.append(m)
                    }
                }
                i += 1
                continue
            }
            if isContraction(i) {
                i += 1
                continue
            }
            var initial =
                i == range.lowerBound || toks[i - 1].kind == .openQuote || toks[i - 1].kind == .openSingle
                || (toks[i - 1].kind == .punct && toks[i - 1].hash == W.lparen && i - 1 == range.lowerBound)
            if let wi {
                if wi.flags.contains(.month) || wi.flags.contains(.weekday) {
                    i += 1
                    continue
                }
                if wi.flags.contains(.common) {
                    // A common word opens a name only mid-sentence and only when the name ends in
                    // a word that gives it a kind ("National Westminster Bank"); an article never
                    // does ("the Bank of England" is the bank's name without "the").
                    let article = t.hash == W.the || t.hash == W.a || t.hash == W.an
                    if !initial && !headline && !article, let ext = shapedExtension(i, 1, end), ext > i + 1 {
                        mentions.append(chunkMention(i, ext, si, headline: headline))
                        i = ext
                        continue
                    }
                    i += 1
                    continue
                }
            }
            // A hyphenated pair of names ("Moon-Putin", "ROK-DPRK").
            if t.flags.contains(.hyphenated) && !t.flags.contains(.lowerAfterHyphen) && !t.flags.contains(.hasDigit) {
                if pairParts(i, si, &mentions) {
                    i += 1
                    continue
                }
            }
            var e = extend(i, end)
            // "Economic Affairs Allen Wallis": a department's words run into a person's name;
            // split before the given name when everything before it is ordinary words.
            if e - i >= 3 {
                for k in (i + 1)..<(e - 1) where info(k)?.flags.contains(.givenName) == true {
                    let ordinary = (i..<k).allSatisfy { j in
                        guard let w = info(j) else { return false }
                        return (w.flags.contains(.vocabulary) || w.flags.contains(.common) || w.shape == .org)
                            && !w.flags.contains(.givenName)
                    }
                    if ordinary {
                        e = k
                        break
                    }
                }
            }
            // "Novelist Amara Obi arrived", "Villager Rosa Kima said": a sentence opens with the
            // person's role, capitalised only by its place; an agent noun is no given name.
            var nameStart = i
            if initial, !headline, e - i >= 3, isAgentNoun(i),
                info(i).map({ !$0.flags.contains(.givenName) && $0.shape == .none }) ?? true
            {
                nameStart = i + 1
                initial = false
            }
            // "southern Zabul province", "the Korean peninsula": a place noun in lower case after an
            // unknown name is part of it.
            var placeNoun = false
            if e < end, toks[e].kind == .word, !toks[e].flags.contains(.capitalized), info(e)?.shape == .place {
                e += 1
                placeNoun = true
            }
            var m = chunkMention(nameStart, e, si, headline: headline)
            if placeNoun { m.evidence.insert(.placeShape) }
            if initial { m.evidence.insert(.sentenceInitial) }
            mentions.append(m)
            i = e
        }
    }

    /// The kind the words of an unknown name give it: its last word's, or the one before "of"
    /// ("Ministry of International Trade and Industry").
    func headShape(_ m: Mention) -> NameShape {
        let s = Int(m.start)
        let e = Int(m.end)
        for k in (s + 1)..<max(s + 1, e) where toks[k].hash == W.of {
            if let sh = info(k - 1)?.shape, sh != .none { return sh }
            break
        }
        return info(e - 1)?.shape ?? .none
    }

    /// A word ending like a noun for a person's occupation ("novelist", "villager", "author").
    func isAgentNoun(_ i: Int) -> Bool {
        let t = toks[i]
        guard t.kind == .word, t.length >= 5, !t.flags.contains(.allCaps), !t.flags.contains(.hyphenated) else {
            return false
        }
        let e = Int(t.end)
        func ends(_ s: StaticString) -> Bool {
            let n = s.utf8CodeUnitCount
            guard t.length > n + 2 else { return false }
            for k in 0..<n where p[e - n + k] != s.utf8Start[k] { return false }
            return true
        }
        return ends("ist") || ends("ger") || ends("ner") || ends("ter") || ends("ker") || ends("lor") || ends("tor")
            || ends("ian")
            || ends("ant") || ends("ent")
    }

    func chunkMention(_ i: Int, _ e: Int, _ si: Int, headline: Bool) -> Mention {
        var m = Mention(
            start: Int32(i), end: Int32(e), byteStart: toks[i].start, byteEnd: toks[e - 1].end, sentence: Int32(si),
            form: .name)
        var h = TextHash.seed
        for k in i..<e { h = TextHash.combine(h, toks[k].hash) }
        m.nameHash = h
        if headline { m.evidence.insert(.headline) }
        return m
    }

    /// Splits a hyphenated token into the names it pairs; true when at least one part is a name.
    func pairParts(_ i: Int, _ si: Int, _ mentions: inout [Mention]) -> Bool {
        let t = toks[i]
        var parts: [(Int, Int)] = []
        var s = Int(t.start)
        var k = s
        let e = Int(t.end)
        while k <= e {
            if k == e || p[k] == UInt8(ascii: "-") {
                if k > s { parts.append((s, k)) }
                s = k + 1
            }
            k += 1
        }
        guard parts.count >= 2 else { return false }
        // "Al-Qassam", "El-Baradei", "Bin-Talal": a particle and a name, not a pair of names.
        if gaz.word(TextHash.folded(p, parts[0].0, parts[0].1))?.shape == .particle { return false }
        var found: [Mention] = []
        for (a, b) in parts {
            guard isUpperScalar(p, a) else { return false }
            var m = Mention(
                start: Int32(i), end: Int32(i + 1), byteStart: Int32(a), byteEnd: Int32(b), sentence: Int32(si),
                form: .part)
            let h = TextHash.folded(p, a, b)
            m.nameHash = TextHash.combine(TextHash.seed, h)
            var hitEntry: PhraseHit? = nil
            gaz.partHits(hash: m.nameHash, text: p, a, b) { hit in
                if hit.role != .title, hitEntry == nil || rank(hit.role) < rank(hitEntry!.role) { hitEntry = hit }
            }
            if let hit = hitEntry {
                let entry = gaz.entries[Int(hit.entry)]
                m.gaz = hit.entry
                m.kind = entry.kind
                m.isMedia = entry.isMedia
                m.country = entry.country
            }
            found.append(m)
        }
        mentions.append(contentsOf: found)
        return true
    }

    /// Extends a gazetteer match into a longer run of capitalised words when that run ends in a
    /// word that names a kind ("Moscow State University", "Korea Development Bank"), or follows
    /// it with "of" ("Gulf of Mexico"). Returns the end, or nil.
    func shapedExtension(_ i: Int, _ len: Int, _ end: Int) -> Int? {
        let j = i + len
        guard j < end else { return nil }
        if isCap(j) || (toks[j].hash == W.of && j + 1 < end && isCap(j + 1)) {
            let e = extend(i, end, fromGazetteer: true)
            if e > j {
                let last = info(e - 1)?.shape ?? .none
                if last == .org || last == .media || last == .place { return e }
                // "Lagos Daily Courier": a newspaper word anywhere in the run.
                for k in j..<e where info(k)?.shape == .media { return e }
                // "X of Y" where X ends in a shape word
                for k in j..<e where toks[k].hash == W.of {
                    let s = info(k - 1)?.shape ?? .none
                    if s == .org || s == .place || s == .media { return e }
                }
            }
        }
        return nil
    }

    /// The end of the run of capitalised words starting at `i`.
    func extend(_ i: Int, _ end: Int, fromGazetteer: Bool = false) -> Int {
        var j = i + 1
        var accepted = j
        var ofTail = false
        var tentative = false
        // "Banco de Portugal", "Universidad de Chile": a head that names a kind, a particle, a name.
        let headOrg = info(i)?.shape == .org
        var afterParticle = false
        while j < end {
            let u = toks[j]
            if u.kind == .word {
                let ui = info(j)
                if isCap(j) {
                    if let ui {
                        if ui.flags.contains(.month) || ui.flags.contains(.weekday) {
                            let prevGiven = info(j - 1)?.flags.contains(.givenName) == true
                            if !prevGiven || (j + 1 < end && toks[j + 1].kind == .number) { break }
                        }
                        if ui.flags.contains(.phraseStart), !fromGazetteer || j > i {
                            if let (hit, len) = longest(j, end, Int(ui.maxPhrase)) {
                                // "White House Press Secretary X": a title of two words or more
                                // starts the next name even if its first word could end one.
                                if hit.role == .title && len >= 2 && j > i { break }
                                if hit.role == .title && ui.shape == .none {
                                    // "… Party's Rep.", "Bank of France Governor Jacques …": a title
                                    // after a name starts the next one, unless the word also ends an
                                    // organization ("… Security Council").
                                    break
                                }
                                if hit.role != .title && !ofTail { tentative = true }
                            }
                        }
                        if ui.flags.contains(.common) && !ofTail && ui.shape == .none {
                            // Common words continue a name only tentatively ("Eastern Economic Forum").
                            tentative = true
                        }
                    }
                    j += 1
                    let shape = ui?.shape ?? .none
                    if !tentative || shape == .org || shape == .media || shape == .place || shape == .event
                        || headOrg && afterParticle
                    {
                        accepted = j
                        tentative = false
                    }
                    continue
                }
                // Lowercase joiners: particles of personal names, connectors of institutional ones.
                if let ui, j + 1 < end, isCap(j + 1) {
                    if ui.shape == .particle {
                        afterParticle = true
                        j += 1
                        continue
                    }
                    if ui.shape == .connector {
                        let prevShape = info(j - 1)?.shape ?? .none
                        if u.hash == W.of || u.hash == W.for || u.hash == W.on {
                            if prevShape == .org || prevShape == .place || prevShape == .media || ofTail {
                                ofTail = true
                                j += 1
                                continue
                            }
                        }
                        if u.hash == W.and && ofTail {
                            j += 1
                            continue
                        }
                        // "Savings and Loan Association", "Merrill Lynch and Co": "and" joins
                        // ordinary words or a company suffix, not two names ("Balladur and Bank
                        // of France …").
                        let prevOrdinary =
                            info(j - 1).map { $0.flags.contains(.vocabulary) || $0.shape == .org } ?? false
                        let nextSuffix = info(j + 1)?.shape == .org
                        if u.hash == W.and && (prevOrdinary || nextSuffix) {
                            tentative = true
                            j += 1
                            continue
                        }
                    }
                }
                // "al-Assad", "bin-Talal": a particle glued to a capitalised name.
                if u.flags.contains(.hyphenated), !u.flags.contains(.capitalized) {
                    var k = Int(u.start)
                    while k < Int(u.end), p[k] != UInt8(ascii: "-") { k += 1 }
                    if k + 1 < Int(u.end), isUpperScalar(p, k + 1),
                        gaz.word(TextHash.folded(p, Int(u.start), k))?.shape == .particle
                    {
                        j += 1
                        accepted = j
                        continue
                    }
                }
                break
            }
            // "National Coffee Growers' Federation", "Westminster Magistrate's Court".
            if u.kind == .possessive, j + 1 < end, isCap(j + 1), j > i, let s = info(j + 1)?.shape,
                s == .org || s == .place
            {
                j += 2
                accepted = j
                tentative = false
                continue
            }
            if u.kind == .punct && u.hash == W.amp && j + 1 < end && isCap(j + 1) {
                tentative = true
                j += 1
                continue
            }
            break
        }
        return accepted
    }

    /// Attaches each title to the name it qualifies ("President Moon", "his wife Kim Jung-sook",
    /// "Kremlin spokesman Dmitry Peskov") and records the modifiers before it.
    func attachTitles(_ mentions: inout [Mention], _ titles: inout [TitleSpan]) {
        guard !titles.isEmpty else { return }
        // Mentions by start token.
        var byStart: [Int32: Int] = [:]
        var byEnd: [Int32: Int] = [:]
        for (k, m) in mentions.enumerated() where m.form != .part {
            byStart[m.start] = k
            byEnd[m.end] = k
        }
        for ti in titles.indices {
            var t = titles[ti]
            // Merge consecutive titles: "Foreign Minister", "Deputy Prime Minister", "Supreme Leader".
            var next = Int(t.end)
            // Skip a parenthesised acronym: "Director of National Intelligence (DNI) Dan Coats".
            if next + 2 < toks.count, isPunct(next, W.lparen), toks[next + 1].flags.contains(.allCaps),
                isPunct(next + 2, W.rparen)
            {
                next += 3
            }
            // "ambassador to Moscow Salah Bassiouni", "President of the European Commission Jose
            // Manuel Barroso": a title and its complement before the name.
            var complement: Int? = nil
            if next + 1 < toks.count, toks[next].hash == W.to || toks[next].hash == W.of || toks[next].hash == W.for {
                var q = next + 1
                if q < toks.count, toks[q].hash == W.the { q += 1 }
                if let o = byStart[Int32(q)], mentions[o].form == .name, mentions[o].kind != .person,
                    let n = byStart[mentions[o].end], mentions[n].form == .name,
                    mentions[n].kind == nil || mentions[n].kind == .person
                {
                    complement = toks[next].hash == W.to ? -1 : o
                    next = Int(mentions[o].end)
                }
            }
            // "Rep." "Gen." after another title ("Senior Rep.") are joined by the attach below.
            guard next < toks.count, let k = byStart[Int32(next)], mentions[k].form == .name,
                mentions[k].kind != .country, mentions[k].kind != .place
            else { continue }
            if mentions[k].title != .none && mentions[k].titleEnd > t.end { continue }
            var m = mentions[k]
            m.titleStart = t.start
            m.titleEnd = t.end
            m.title = t.category
            m.evidence.insert(.titleBefore)
            if let o = complement, o >= 0 {
                // "President of the European Commission": related to the body.
                m.relatedTo = Int32(o)
                if mentions[o].kind == .country {
                    m.country = mentions[o].gaz
                } else if mentions[o].country >= 0 {
                    m.country = mentions[o].country
                }
            }
            // Modifiers before the title: a demonym, an organization, a possessive name, "his".
            var b = Int(t.start) - 1
            var roleStart = Int(t.start)
            // Another title right before ("Foreign Minister" after "Russian Deputy").
            while b >= 0, let tj = titles.firstIndex(where: { Int($0.end) == b + 1 }) {
                roleStart = Int(titles[tj].start)
                b = roleStart - 1
            }
            // Lowercase modifiers ("top", "chief", "former") between a modifier and the title.
            var look = b
            // "Ministry of International Trade and Industry (MITI) Vice Minister Makoto Kuroda": over
            // the acronym in parentheses to the body.
            if look >= 2, isPunct(look, W.rparen), isPunct(look - 2, W.lparen), toks[look - 1].flags.contains(.allCaps),
                byEnd[Int32(look - 2)] != nil
            {
                look -= 3
                b = look
                roleStart = look + 1
            }
            var skipped = 0
            while look >= 0, skipped < 2, toks[look].kind == .word, !isCap(look), byEnd[Int32(look + 1)] == nil,
                Vocab.determiners.contains(toks[look].hash) == false
            {
                look -= 1
                skipped += 1
            }
            if look >= 0 {
                if toks[look].kind == .possessive, let o = byEnd[Int32(look)] {
                    // "South Korea's Foreign Minister", "the Saenuri Party's Rep."
                    let owner = mentions[o]
                    m.relatedTo = Int32(o)
                    if owner.kind == .country {
                        m.country = owner.gaz
                    } else if owner.country >= 0 {
                        m.country = owner.country
                    }
                    roleStart = Int(owner.start)
                } else if let o = byEnd[Int32(look + 1)] {
                    let owner = mentions[o]
                    if owner.form == .adjective || owner.kind == .country {
                        m.country = owner.gaz
                        roleStart = Int(owner.start)
                    } else if owner.kind == .organization || owner.kind == .place
                        || (owner.gaz < 0 && [NameShape.org, .media, .place].contains(headShape(owner)))
                    {
                        m.relatedTo = Int32(o)
                        if owner.country >= 0 { m.country = owner.country }
                        roleStart = Int(owner.start)
                        // "French National Assembly president": the adjective before the body.
                        if let a = byEnd[owner.start], mentions[a].form == .adjective || mentions[a].form == .people {
                            if m.country < 0 { m.country = mentions[a].gaz }
                            roleStart = Int(mentions[a].start)
                        }
                    }
                } else if Vocab.pronounsMale.contains(toks[look].hash) || Vocab.pronounsFemale.contains(toks[look].hash)
                {
                    // "his wife Kim Jung-sook": related to the person "his" refers to (the linker resolves it).
                    m.relatedTo = -2 - Int32(look)
                    roleStart = look
                }
            }
            m.roleStart = Int32(roleStart)
            mentions[k] = m
            t.attachedTo = Int32(k)
            titles[ti] = t
        }
    }

    /// Decides the kind of a name found from its shape and context, and records the evidence.
    func classify(_ m: inout Mention, mentions: [Mention]) {
        guard m.form == .name || m.form == .part else { return }
        let s = Int(m.start)
        let e = Int(m.end)
        if m.form == .name && m.gaz < 0 {
            let first = info(s)
            if first?.flags.contains(.givenName) == true && e - s >= 2 { m.evidence.insert(.givenName) }
            if first?.flags.contains(.eastAsianSurname) == true && e - s >= 2 && e - s <= 3 {
                m.evidence.insert(.eastAsian)
            }
            if e - s >= 2 && e - s <= 3 && toks[s + 1].flags.contains(.lowerAfterHyphen) && isCap(s + 1) {
                m.evidence.insert(.eastAsian)
            }
            if e - s == 1 && toks[s].flags.contains(.allCaps) { m.evidence.insert(.acronym) }
            // The kind-giving word: the last, or the one before "of".
            var shapeWord = e - 1
            for k in s..<e where toks[k].hash == W.of && k > s {
                shapeWord = k - 1
                break
            }
            // "Banco de Portugal": the head names the kind before a particle.
            if e - s >= 3, info(s)?.shape == .org, (s + 1..<e).contains(where: { info($0)?.shape == .particle }) {
                shapeWord = s
            }
            switch info(shapeWord)?.shape ?? .none {
            case .org: m.evidence.insert(.orgShape)
            case .media: m.evidence.insert(.mediaShape)
            case .place: m.evidence.insert(.placeShape)
            case .event: m.evidence.insert(.eventShape)
            default:
                for k in s..<e where info(k)?.shape == .event { m.evidence.insert(.eventShape) }
            }
        }
        // Context after: "said", "(L)", an apposition with a role.
        if e < toks.count {
            let n = toks[e]
            if n.kind == .word && Vocab.reporting.contains(n.hash) { m.evidence.insert(.speaker) }
            // "Putin would meet …", "Zelensky visited …": the subject of a modal or an event verb.
            if n.kind == .word && (Self.modals.contains(n.hash) || Self.actorVerbs.contains(n.hash)),
                s == 0 || !Self.nonNameLeaders.contains(toks[s - 1].hash)
            {
                m.evidence.insert(Self.modals.contains(n.hash) ? .modalAfter : .personContext)
            }
            if n.kind == .possessive { m.evidence.insert(.possessive) }
            if n.kind == .punct && n.hash == W.lparen && e + 2 < toks.count && isPunct(e + 2, W.rparen)
                && toks[e + 1].length == 1 && isCap(e + 1)
            {
                m.evidence.insert(.caption)
            }
            if n.kind == .punct && n.hash == W.comma { appositionEvidence(&m, e + 1) }
            if n.kind == .punct && n.hash == W.rbracket && s > 0 && isPunct(s - 1, W.lbracket) {
                m.evidence.insert(.sourceTag)
            }
        }
        if s > 0 {
            let b = toks[s - 1]
            if b.kind == .word && Vocab.reporting.contains(b.hash) && m.form == .name { m.evidence.insert(.speaker) }
            if b.kind == .word && Vocab.placePrepositions.contains(b.hash) { m.evidence.insert(.placeContext) }
            // "visited the Gush Etzion settlement bloc", "toured Kfar Aza", "left for Minas Tirith".
            if b.kind == .word && Self.placeVerbs.contains(b.hash) { m.evidence.insert(.placeContext) }
            if s >= 2, b.kind == .word, b.hash == W.the, Self.placeVerbs.contains(toks[s - 2].hash) {
                m.evidence.insert(.placeContext)
            }
            if s >= 2, b.kind == .word, b.hash == W.for, Self.departVerbs.contains(toks[s - 2].hash) {
                m.evidence.insert(.placeContext)
                m.evidence.insert(.destination)
            }
            if s >= 2, b.kind == .word, b.hash == W.to, Self.travelWords.contains(toks[s - 2].hash) {
                m.evidence.insert(.destination)
            }
            if s >= 2, b.kind == .word, b.hash == W.in, Self.placeVerbs.contains(toks[s - 2].hash) {
                m.evidence.insert(.destination)
            }
            // "… would meet Zelensky", "… invited Netanyahu": the object of a meeting or invitation.
            if b.kind == .word && Self.objectVerbs.contains(b.hash) { m.evidence.insert(.personContext) }
            if b.kind == .punct && b.hash == W.lparen && e < toks.count && isPunct(e, W.rparen) {
                m.evidence.insert(.inParens)
            }
            // "news agency X", "newspaper X", "broadcaster X"
            if b.kind == .word && Self.mediaNouns.contains(b.hash) { m.evidence.insert(.mediaContext) }
            if b.kind == .word, b.hash == W.by, s >= 2, toks[s - 2].hash == W.photo {
                m.evidence.insert(.personContext)
            }
            if s >= 2 && b.kind == .word && b.hash == W.to && toks[s - 2].hash == W.according {
                m.evidence.insert(.speaker)
            }
        }
        // "X reported" with X a name: an outlet when it has a media shape, a speaker otherwise.
        if e + 1 < toks.count, toks[e].kind == .word, toks[e].hash == Self.reported { m.evidence.insert(.speaker) }
    }

    /// Words before which a capitalised word is not a personal name ("the two Koreas").
    static let nonNameLeaders = WordSet("the a an two three both several many some all these those")
    static let placeVerbs = WordSet("visited toured landed arrived reached")
    static let travelWords = WordSet(
        "visit visits trip trips journey tour travel travels traveled travelled traveling travelling flew fly flies went go goes headed"
    )
    static let departVerbs = WordSet("left leaves leave departed departs")
    static let compass = WordSet("west east north south northern southern eastern western central upper lower")
    static let modals = WordSet("would will could may might should can must cannot")
    static let actorVerbs = WordSet("met meets visited visits invited invites hosted hosts telephoned phoned")
    static let objectVerbs = WordSet(
        "meet met meets meeting invited invite invites inviting hosted host hosts telephoned phoned")

    static let mediaNouns = WordSet(
        "agency newspaper daily broadcaster outlet network channel paper tabloid service magazine site website")
    static let reported = TextHash.folded("reported")

    /// ", a researcher at …", ", Japan's leading … researcher": a role noun within a few words
    /// after a comma marks a person.
    func appositionEvidence(_ m: inout Mention, _ from: Int) {
        var k = from
        var steps = 0
        while k < toks.count, steps < 8 {
            let t = toks[k]
            if t.kind == .punct || t.kind == .closeQuote || t.kind == .openQuote { return }
            if t.kind == .word, t.hash == W.who && steps == 0 {
                m.evidence.insert(.apposition)
                return
            }
            if t.kind == .word, Vocab.reporting.contains(t.hash) { return }
            if t.kind == .word, let wi = info(k), wi.flags.contains(.phraseStart),
                let (hit, _) = longest(k, min(toks.count, k + 4), Int(wi.maxPhrase)), hit.role == .title
            {
                let cat = TitleCategory(rawValue: UInt8(hit.entry)) ?? .person
                if cat != .none { m.evidence.insert(.apposition) }
                return
            }
            k += 1
            steps += 1
        }
    }
}

extension Gazetteer {
    /// Phrase hits for one part of a hyphenated token, bytes `[a, b)`: single-word names only.
    func partHits(hash h: UInt64, text p: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int, _ body: (PhraseHit) -> Void) {
        var k = phraseIndex.lookup(h)
        while k >= 0 {
            let hit = hits[Int(k)]
            k = hit.next
            guard hit.tokenCount == 1 else { continue }
            if hit.exact >= 0 {
                let form = exactForms[Int(hit.exact)]
                guard form.count == b - a else { continue }
                var same = true
                for i in 0..<form.count where form[i] != p[a + i] {
                    same = false
                    break
                }
                if !same { continue }
            }
            body(hit)
        }
    }
}
