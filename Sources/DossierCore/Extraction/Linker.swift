/// An entity of one article while it is being assembled from mentions.
struct EntityDraft: Sendable {
    var name: String
    var kind: EntityKind
    var gaz: Int32 = -1
    var isMedia = false
    var forms: [String] = []
    /// Gazetteer entry of its country (a person's or organization's country, or where a place lies).
    var country: Int32 = -1
    var title: String?
    var titleCategory: TitleCategory = .none
    var role: String?
    var mentions: [Int32] = []
    /// Folded hashes of the name's words, for surname linking.
    var words: [UInt64] = []
    /// First and last word of a person's name as written, folded.
    var firstWord: UInt64 = 0
    var lastWord: UInt64 = 0
    var eastAsian = false
}

/// Links the mentions of one article into entities: gazetteer names by entry, people by full name
/// and then surnames, titles and descriptors to the person they qualify or stand for.
struct Linker {
    let doc: TextDocument
    let gaz = Gazetteer.shared
    var mentions: [Mention]
    var titles: [TitleSpan]
    var entities: [EntityDraft] = []
    private var byGaz: [Int32: Int] = [:]
    private var byName: [String: Int] = [:]

    init(doc: TextDocument, mentions: [Mention], titles: [TitleSpan]) {
        self.doc = doc
        self.mentions = mentions
        self.titles = titles
    }

    mutating func link() {
        linkGazetteer()
        let decided = decideKinds()
        linkFullNames(decided)
        linkShortNames(decided)
        linkAcronyms()
        linkRelated()
        assignTitles()
        linkDescriptors()
        finish()
    }

    // MARK: gazetteer names

    mutating func entityForGaz(_ g: Int32) -> Int {
        let entry = gaz.entries[Int(g)]
        // A country named by an adjective is the country itself.
        if let k = byGaz[g] { return k }
        var d = EntityDraft(name: entry.name, kind: entry.kind)
        d.gaz = g
        d.isMedia = entry.isMedia
        d.country = entry.kind == .country ? g : entry.country
        entities.append(d)
        byGaz[g] = entities.count - 1
        return entities.count - 1
    }

    mutating func linkGazetteer() {
        for k in mentions.indices where mentions[k].gaz >= 0 {
            let e = entityForGaz(mentions[k].gaz)
            attach(k, to: e)
        }
    }

    mutating func attach(_ k: Int, to e: Int) {
        mentions[k].entity = Int32(e)
        entities[e].mentions.append(Int32(k))
    }

    // MARK: kinds of names found from context

    enum Decision { case person, organization, media, place, pending, drop }

    func decide(_ m: Mention) -> Decision {
        let ev = m.evidence
        if ev.contains(.eventShape) { return .drop }
        // A lone letter ("P", "A") is never a name.
        if m.tokenCount == 1 && m.form == .name && doc.tokens[Int(m.start)].length == 1 { return .drop }
        // A lone word of the language ("the Bank said", "Treasury said", "Proceeds will …") is
        // not a name by itself.
        if m.tokenCount == 1 && m.form == .name && !ev.contains(.sourceTag) && !ev.contains(.titleBefore),
            let w = gaz.word(doc.tokens[Int(m.start)].hash),
            w.flags.contains(.vocabulary) || w.flags.contains(.common) || w.shape != .none && w.shape != .particle,
            !w.flags.contains(.givenName) && !w.flags.contains(.eastAsianSurname)
        {
            return .pending
        }
        if ev.contains(.sourceTag) || ev.contains(.mediaShape) || ev.contains(.mediaContext) {
            return ev.contains(.titleBefore) && !ev.contains(.mediaShape) ? .person : .media
        }
        // "Russia adviser Fiona Hill", "Hill said": a given name with a title or a verb of saying
        // is a person, whatever the surname looks like.
        if ev.contains(.givenName) && m.tokenCount <= 3
            && (ev.contains(.titleBefore) || ev.contains(.speaker) || ev.contains(.apposition))
        {
            return .person
        }
        if ev.contains(.orgShape) { return .organization }
        if ev.contains(.placeShape) { return .place }
        let n = m.tokenCount
        if m.form == .part { return .pending }
        // A capitalised word opening a sentence before "will" is as likely a plural noun
        // ("Proceeds will …") as a name.
        let weakContext =
            ev.contains(.personContext) || ev.contains(.modalAfter) && !(n == 1 && ev.contains(.sentenceInitial))
        if ev.contains(.titleBefore) || ev.contains(.givenName) || ev.contains(.eastAsian)
            || ev.contains(.caption) || weakContext
        {
            return .person
        }
        if ev.contains(.acronym) {
            return ev.contains(.speaker) && !ev.contains(.sentenceInitial) ? .organization : .pending
        }
        if ev.contains(.apposition) { return .person }
        if n >= 2 {
            if ev.contains(.placeContext) { return .place }
            if ev.contains(.headline) { return .pending }
            return namelike(m) ? .person : .drop
        }
        return .pending
    }

    /// Every word capitalised, no digits, not all capitals: the shape of a personal name.
    func namelike(_ m: Mention) -> Bool {
        guard m.tokenCount <= 4 else { return false }
        for i in Int(m.start)..<Int(m.end) {
            let t = doc.tokens[i]
            if t.kind != .word { return false }
            if t.flags.contains(.hasDigit) || t.flags.contains(.allCaps) && t.length > 2 { return false }
            // "MPs", "CEOs", "NGOs": a plural of an acronym is a common noun.
            if t.length >= 3, doc.bytes[Int(t.end) - 1] == UInt8(ascii: "s"), doc.bytes[Int(t.end) - 2].isASCIIUpper {
                return false
            }
            let w = gaz.word(t.hash)
            if !t.flags.contains(.capitalized) && w?.shape != .particle { return false }
            // "Human Rights", "Energy Efficiency": ordinary words, not a person's name.
            if let w, w.flags.contains(.vocabulary) || w.flags.contains(.common), !w.flags.contains(.givenName) {
                return false
            }
        }
        return true
    }

    mutating func decideKinds() -> [Decision] {
        var out = [Decision](repeating: .drop, count: mentions.count)
        for k in mentions.indices where mentions[k].gaz < 0 && (mentions[k].form == .name || mentions[k].form == .part)
        {
            out[k] = decide(mentions[k])
        }
        // "the pass of Cirith Ungol … at Cirith Ungol": a name taken for a person by its shape alone
        // is a place when another mention of it stands where places do.
        let personal: Mention.Evidence = [
            .titleBefore, .givenName, .eastAsian, .caption, .personContext, .modalAfter, .apposition, .speaker,
        ]
        var placed = Set<UInt64>()
        for k in mentions.indices
        where out[k] == .place && mentions[k].tokenCount >= 2
            && (mentions[k].evidence.contains(.placeContext) || mentions[k].evidence.contains(.destination))
        {
            placed.insert(mentions[k].nameHash)
        }
        if !placed.isEmpty {
            for k in mentions.indices
            where out[k] == .person && placed.contains(mentions[k].nameHash)
                && mentions[k].evidence.intersection(personal).isEmpty
            {
                out[k] = .place
            }
        }
        // "investments by Amazon, Delta Air Lines, PepsiCo, Apple and Boeing": unknown names in a list
        // of organizations are organizations.
        var k = 0
        while k < mentions.count {
            var list = [k]
            var j = k
            while j + 1 < mentions.count, mentions[j + 1].sentence == mentions[j].sentence,
                mentions[j + 1].form == .name,
                joinedByListWords(Int(mentions[j].end), Int(mentions[j + 1].start))
            {
                j += 1
                list.append(j)
            }
            if list.count >= 3 {
                let known = list.filter { mentions[$0].gaz >= 0 || out[$0] == .organization }
                let orgs = known.filter { mentions[$0].kind == .organization || out[$0] == .organization }
                if !orgs.isEmpty && orgs.count == known.count {
                    for x in list where mentions[x].gaz < 0 && mentions[x].evidence.intersection(personal).isEmpty {
                        out[x] = .organization
                    }
                }
            }
            k = j + 1
        }
        return out
    }

    /// Only ",", "and", ", and", "&" between two tokens.
    func joinedByListWords(_ a: Int, _ b: Int) -> Bool {
        guard b > a, b - a <= 2 else { return false }
        for i in a..<b {
            let t = doc.tokens[i]
            if !(t.kind == .punct && t.hash == W.comma || t.kind == .word && t.hash == W.and) { return false }
        }
        return true
    }

    /// The name of a mention as written, without a trailing possessive.
    func surface(_ m: Mention) -> String {
        doc.string(bytes: Int(m.byteStart), Int(m.byteEnd))
    }

    /// Case-folded, hyphen-blind key of a name: "Kim Jong-un" and "Kim Jong Un" agree.
    static func key(_ s: String) -> String { CorpusLinking.normalize(s) }

    func wordHashes(_ m: Mention) -> [UInt64] {
        var out: [UInt64] = []
        doc.bytes.withUnsafeBufferPointer { p in
            var s = Int(m.byteStart)
            var i = s
            let e = Int(m.byteEnd)
            while i <= e {
                if i == e || p[i] == 32 || p[i] == UInt8(ascii: "-") || p[i] == 10 {
                    if i > s { out.append(TextHash.folded(p, s, i)) }
                    s = i + 1
                }
                i += 1
            }
        }
        return out
    }

    // MARK: people and other names

    mutating func newEntity(_ k: Int, kind: EntityKind, media: Bool = false) -> Int {
        let m = mentions[k]
        var d = EntityDraft(name: surface(m), kind: kind)
        d.isMedia = media
        d.words = wordHashes(m)
        d.firstWord = d.words.first ?? 0
        d.lastWord = d.words.last ?? 0
        d.eastAsian = m.evidence.contains(.eastAsian)
        entities.append(d)
        byName[Self.key(d.name) + "|" + kind.rawValue] = entities.count - 1
        return entities.count - 1
    }

    mutating func linkFullNames(_ decided: [Decision]) {
        for k in mentions.indices {
            let m = mentions[k]
            guard m.entity < 0, m.form == .name else { continue }
            let kind: EntityKind
            var media = false
            switch decided[k] {
            case .person:
                if m.tokenCount < 2 && !hasInnerSpace(m) { continue }
                kind = .person
            case .organization: kind = .organization
            case .media:
                kind = .organization
                media = true
            case .place: kind = .place
            case .pending, .drop: continue
            }
            let key = Self.key(surface(m)) + "|" + kind.rawValue
            if let e = byName[key] {
                attach(k, to: e)
                continue
            }
            // The same person under a fuller or shorter full name ("Vladimir Vladimirovich Putin").
            if kind == .person {
                let words = wordHashes(m)
                if let e = entities.indices.first(where: {
                    entities[$0].kind == .person && entities[$0].words.count >= 2 && words.count >= 2
                        && entities[$0].firstWord == words.first && entities[$0].lastWord == words.last
                }) {
                    attach(k, to: e)
                    continue
                }
            }
            let e = newEntity(k, kind: kind, media: media)
            attach(k, to: e)
        }
    }

    func hasInnerSpace(_ m: Mention) -> Bool { m.tokenCount >= 2 }

    /// Whether a one-word name (or part of a pair) can stand for person `e`: it is the surname
    /// (the last word, or the first of an East Asian name) or, for a two-word name, the first.
    func isShortForm(_ h: UInt64, of e: EntityDraft) -> Bool {
        guard e.kind == .person, e.words.count >= 2 else { return false }
        if e.lastWord == h && !e.eastAsian { return true }
        if e.firstWord == h && (e.eastAsian || gaz.word(h)?.flags.contains(.eastAsianSurname) == true) { return true }
        // A middle name used alone: "Lula" of "Luiz Lula da Silva", "Lopez" of "Andres Manuel Lopez Obrador".
        if e.words.count >= 3 && e.words.dropFirst().dropLast().contains(h) && !e.eastAsian,
            let w = gaz.word(h), w.shape == .particle || w.flags.contains(.common)
        {
            return false
        } else if e.words.count >= 3 && e.words.dropFirst().dropLast().contains(h) && !e.eastAsian {
            return true
        }
        if e.lastWord == h && e.eastAsian && e.words.count == 2 {
            // "Xi Jinping" read as "Jinping": rare, but a Western name misread as East Asian is not.
            return gaz.word(e.firstWord)?.flags.contains(.eastAsianSurname) != true
        }
        return false
    }

    mutating func linkShortNames(_ decided: [Decision]) {
        for k in mentions.indices {
            let m = mentions[k]
            guard m.entity < 0, m.form == .name || m.form == .part, decided[k] != .drop else { continue }
            // Multi-word names were linked already unless pending (headlines).
            let h: UInt64
            if m.form == .part || m.tokenCount == 1 {
                h = doc.bytes.withUnsafeBufferPointer { TextHash.folded($0, Int(m.byteStart), Int(m.byteEnd)) }
            } else {
                // A pending multi-word name links when it is a known full name.
                let key = Self.key(surface(m)) + "|person"
                if let e = byName[key] { attach(k, to: e) }
                continue
            }
            var candidates = entities.indices.filter {
                isShortForm(h, of: entities[$0]) && titlesAgree(m, entities[$0]) && !introducedAfter(m, entities[$0])
            }
            // "President Reagan … Reagan and Nancy Reagan": a person known by the surname alone
            // (introduced with a title) keeps the bare surname.
            if let alone = entities.indices.first(where: {
                entities[$0].kind == .person && entities[$0].words.count == 1 && entities[$0].words[0] == h
                    && entities[$0].gaz < 0
            }), m.form == .name {
                candidates = [alone]
            }
            if let e = pick(candidates, near: Int(m.start)) {
                attach(k, to: e)
                continue
            }
            // "Ivanka and Jared" after "Ivanka Trump … Jared Kushner": a given name alone stands for
            // the one person named in full with it.
            let wordInfo = gaz.word(h)
            if m.form == .name, m.tokenCount == 1,
                wordInfo?.flags.contains(.givenName) == true
                    || wordInfo == nil && !m.evidence.contains(.acronym)
            {
                let firsts = entities.indices.filter {
                    entities[$0].kind == .person && !entities[$0].eastAsian && entities[$0].words.count >= 2
                        && entities[$0].firstWord == h
                }
                if firsts.count == 1 {
                    attach(k, to: firsts[0])
                    continue
                }
            }
            // "Ford" after "Ford Motor Co": the first word of an organization named before.
            if m.form == .name,
                let e = entities.indices.first(where: {
                    entities[$0].kind == .organization && entities[$0].gaz < 0 && entities[$0].words.count >= 2
                        && entities[$0].firstWord == h
                })
            {
                attach(k, to: e)
                continue
            }
            // Not a known person's name: an entity of its own when its context says what it is.
            switch decided[k] {
            case .person:
                let e = newEntity(k, kind: .person)
                attach(k, to: e)
            case .organization:
                let e = newEntity(k, kind: .organization)
                attach(k, to: e)
            case .media:
                let e = newEntity(k, kind: .organization, media: true)
                attach(k, to: e)
            case .place:
                let e = newEntity(k, kind: .place)
                attach(k, to: e)
            case .pending:
                let ordinary =
                    m.tokenCount == 1
                    && gaz.word(doc.tokens[Int(m.start)].hash).map {
                        ($0.flags.contains(.vocabulary) || $0.flags.contains(.common) || $0.shape != .none)
                            && !$0.flags.contains(.givenName) && !$0.flags.contains(.eastAsianSurname)
                    } == true
                if ordinary { break }
                if m.form == .name, m.evidence.contains(.apposition) {
                    let e = newEntity(k, kind: .person)
                    attach(k, to: e)
                } else if m.form == .name, m.evidence.contains(.speaker), !m.evidence.contains(.sentenceInitial) {
                    // A one-word speaker never named in full: news introduces people by their full
                    // name first, so this is an organization ("Citibank said", "Qantas said").
                    let e = newEntity(k, kind: .organization)
                    attach(k, to: e)
                } else if m.form == .name, m.tokenCount == 1, !m.evidence.contains(.sentenceInitial),
                    !m.evidence.contains(.acronym),
                    nextIsRegion(m)
                {
                    let e = newEntity(k, kind: .place)
                    attach(k, to: e)
                } else if m.form == .name, m.evidence.contains(.placeContext) || m.evidence.contains(.destination),
                    !m.evidence.contains(.sentenceInitial), !m.evidence.contains(.headline),
                    !m.evidence.contains(.acronym),
                    nextIsCountry(m) || m.evidence.contains(.destination)
                {
                    // "Xiamen, China"; "a brief private visit to Eriador", "arrived in Gondor".
                    let e = newEntity(k, kind: .place)
                    attach(k, to: e)
                }
            case .drop:
                break
            }
        }
        // A second pass: one-word names seen before their full name was known ("Putin" in a
        // headline, "Vladimir Putin" in the body) are linked now.
        for k in mentions.indices
        where mentions[k].entity < 0 && (mentions[k].form == .name || mentions[k].form == .part) {
            let m = mentions[k]
            guard m.tokenCount == 1 || m.form == .part else { continue }
            let h = doc.bytes.withUnsafeBufferPointer { TextHash.folded($0, Int(m.byteStart), Int(m.byteEnd)) }
            var candidates = entities.indices.filter { isShortForm(h, of: entities[$0]) }
            if m.form == .name,
                let alone = entities.indices.first(where: {
                    entities[$0].kind == .person && entities[$0].words.count == 1 && entities[$0].words[0] == h
                        && entities[$0].gaz < 0
                })
            {
                candidates = [alone]
            }
            if let e = pick(candidates, near: Int(m.start)) { attach(k, to: e) }
        }
    }

    /// "President Reagan …" before any mention of "Nancy Reagan", who is never given a title: a
    /// surname introduced with a public title before the full name it would shorten, which never
    /// bears one, is someone else.
    func introducedAfter(_ m: Mention, _ e: EntityDraft) -> Bool {
        guard m.titleStart >= 0, m.title != .none, m.title != .honorific, m.title != .family, m.title != .person else {
            return false
        }
        var first = Int32.max
        for k in e.mentions {
            let o = mentions[Int(k)]
            if o.form == .descriptor { continue }
            if o.titleStart >= 0 { return false }
            first = min(first, o.start)
        }
        return first > m.start
    }

    /// "President Reagan" is not "Nancy Reagan, his wife": a title on the short form must fit a
    /// title the person was given.
    func titlesAgree(_ m: Mention, _ e: EntityDraft) -> Bool {
        guard m.title != .none, m.title != .honorific else { return true }
        var titled = false
        for k in e.mentions {
            let t = mentions[Int(k)].title
            guard t != .none && t != .honorific else { continue }
            titled = true
            if t == m.title || (t == .head && m.title == .head) { return true }
            if (t == .minister || t == .deputy) && (m.title == .minister || m.title == .deputy) { return true }
        }
        return !titled || m.title != .family && !e.mentions.contains { mentions[Int($0)].title == .family }
    }

    /// "International Coffee Organization (ICO)": the acronym in parentheses after a name is that
    /// name, there and wherever else the article uses it.
    mutating func linkAcronyms() {
        var defined: [UInt64: Int] = [:]
        for k in mentions.indices where mentions[k].form == .name && mentions[k].evidence.contains(.acronym) {
            let m = mentions[k]
            let s = Int(m.start)
            let h = doc.tokens[s].hash
            if m.evidence.contains(.inParens), s >= 2 {
                // The name right before "(": an organization or place of this article.
                if let owner = mentions.indices.first(where: {
                    Int(mentions[$0].end) == s - 1 && mentions[$0].entity >= 0
                        && entities[Int(mentions[$0].entity)].kind != .person
                }) {
                    let e = Int(mentions[owner].entity)
                    if mentions[k].entity >= 0 && mentions[k].entity != Int32(e) {
                        // It was taken for a name of its own: move it.
                        let old = Int(mentions[k].entity)
                        entities[old].mentions.removeAll { $0 == Int32(k) }
                    }
                    if mentions[k].entity != Int32(e) { attach(k, to: e) }
                    defined[h] = e
                    continue
                }
            }
            if let e = defined[h], mentions[k].entity < 0 || entities[Int(mentions[k].entity)].mentions.count == 1 {
                if mentions[k].entity >= 0 { entities[Int(mentions[k].entity)].mentions.removeAll { $0 == Int32(k) } }
                mentions[k].entity = -1
                attach(k, to: e)
            }
        }
        // Entities left without mentions by the moves are dropped at output.
    }

    /// "Xiamen, China": a name followed by a comma and a country.
    func nextIsCountry(_ m: Mention) -> Bool {
        let e = Int(m.end)
        guard e + 1 < doc.tokens.count, doc.tokens[e].kind == .punct, doc.tokens[e].hash == W.comma else {
            return false
        }
        return mentions.contains { $0.start == Int32(e + 1) && $0.kind == .country }
    }

    /// "Bethesda, Maryland", "Dunedin, Florida": a name followed by a comma and a known region or
    /// country that ends its phrase.
    func nextIsRegion(_ m: Mention) -> Bool {
        let e = Int(m.end)
        guard e + 1 < doc.tokens.count, doc.tokens[e].kind == .punct, doc.tokens[e].hash == W.comma,
            let r = mentions.first(where: {
                $0.start == Int32(e + 1) && $0.gaz >= 0 && ($0.kind == .country || $0.kind == .place)
                    && $0.form == .name
            })
        else { return false }
        let after = Int(r.end)
        return after >= doc.tokens.count || doc.tokens[after].kind == .punct || doc.tokens[after].kind == .dash
    }

    /// Among candidate entities, the one mentioned last before token `at`, else the most mentioned.
    func pick(_ candidates: [Int], near at: Int) -> Int? {
        if candidates.count <= 1 { return candidates.first }
        var best: Int? = nil
        var bestPos = -1
        for c in candidates {
            for mk in entities[c].mentions {
                let s = Int(mentions[Int(mk)].start)
                if s < at && s > bestPos {
                    bestPos = s
                    best = c
                }
            }
        }
        if let best { return best }
        return candidates.max { entities[$0].mentions.count < entities[$1].mentions.count }
    }

    // MARK: relations and descriptors

    /// "his wife Kim Jung-sook": the owner is the person "his" refers to.
    mutating func linkRelated() {
        for k in mentions.indices where mentions[k].relatedTo <= -2 {
            let pronounToken = Int(-2 - mentions[k].relatedTo)
            mentions[k].relatedTo =
                subjectMention(before: pronounToken, excluding: mentions[k].entity).map(Int32.init) ?? -1
        }
    }

    /// What a possessive pronoun at `at` refers to: the first person named in the nearest sentence
    /// (this one first) that names one before it — the subject, most often.
    func subjectMention(before at: Int, excluding: Int32) -> Int? {
        var best: Int? = nil
        var bestSentence = -1
        for (k, m) in mentions.enumerated() where m.entity >= 0 && Int(m.start) < at && m.entity != excluding {
            guard entities[Int(m.entity)].kind == .person, m.form != .part else { continue }
            let s = Int(m.sentence)
            if s > bestSentence || (s == bestSentence && Int(m.start) < Int(mentions[best!].start)) {
                best = k
                bestSentence = s
            }
        }
        return best
    }

    /// The person mentioned last before token `at` (by mention start), other than `excluding`.
    func lastPerson(before at: Int, excluding: Int32 = -1, sameSentenceOnly: Bool = false) -> Int? {
        var best = -1
        var bestPos = -1
        for (k, m) in mentions.enumerated() where m.entity >= 0 && Int(m.start) < at && m.entity != excluding {
            _ = k
            guard entities[Int(m.entity)].kind == .person else { continue }
            if Int(m.start) > bestPos {
                bestPos = Int(m.start)
                best = Int(m.entity)
            }
        }
        return best >= 0 ? best : nil
    }

    /// Titles not attached to a name, after "the" or a possessive: descriptors of a person
    /// mentioned before ("the Russian leader", "the minister", "the Japanese analyst").
    mutating func linkDescriptors() {
        // "The prime minister said …" ¶ … ¶ "the prime minister insisted": the same words name the
        // same person again.
        var chain: [UInt64: Int] = [:]
        for t in titles where t.attachedTo < 0 {
            let s = Int(t.start)
            guard t.category != .honorific, t.category != .family, t.category != .none else { continue }
            // What stands before the title: "the", an adjective after "the", a possessive.
            var b = s - 1
            var country: Int32 = -1
            while b >= 0, doc.tokens[b].kind == .word {
                if let mk = mentions.firstIndex(where: { Int($0.end) == b + 1 && $0.form == .adjective }) {
                    country = mentions[mk].gaz
                    b = Int(mentions[mk].start) - 1
                    continue
                }
                if Self.descriptorModifiers.contains(doc.tokens[b].hash) {
                    b -= 1
                    continue
                }
                break
            }
            guard b >= 0 else { continue }
            let det = doc.tokens[b]
            let definite = det.kind == .word && (det.hash == W.the)
            let possessive = det.kind == .possessive
            guard definite || possessive else { continue }
            // Plural ("the two leaders") and generic uses are left to the event rules.
            if b >= 1 && doc.tokens[b + 1].hash == W.two { continue }
            let e = Int(t.end)
            if e < doc.tokens.count, doc.tokens[e].kind == .word, doc.tokens[e].flags.contains(.capitalized) {
                continue
            }
            var key = TextHash.combine(TextHash.seed, UInt64(bitPattern: Int64(country)))
            for k in Int(t.start)..<Int(t.end) { key = TextHash.combine(key, doc.tokens[k].hash) }
            guard let target = chain[key] ?? resolveDescriptor(country: country, category: t.category, before: s) else {
                continue
            }
            chain[key] = target
            var m = Mention(
                start: Int32(b + 1), end: t.end, byteStart: doc.tokens[b + 1].start, byteEnd: doc.tokens[e - 1].end,
                sentence: t.sentence, form: .descriptor)
            m.kind = .person
            m.title = t.category
            m.country = country
            mentions.append(m)
            attach(mentions.count - 1, to: target)
        }
    }

    static let descriptorModifiers = WordSet(
        "former current new top chief senior veteran outgoing incoming late then young reclusive embattled regime's "
            + "two country's nation's")

    /// The person a descriptor stands for: the last one named before it whose title is of the same
    /// kind, else the last one whose title fits.
    func resolveDescriptor(country: Int32, category: TitleCategory, before: Int) -> Int? {
        var best = -1
        var bestPos = -1
        var exact = -1
        var exactPos = -1
        for m in mentions where m.entity >= 0 && Int(m.start) < before && m.form != .descriptor {
            let d = entities[Int(m.entity)]
            guard d.kind == .person else { continue }
            if country >= 0 && d.country >= 0 && d.country != country { continue }
            if country >= 0 && d.country < 0 { continue }
            if !compatible(category, d.titleCategory) { continue }
            if Int(m.start) > bestPos {
                bestPos = Int(m.start)
                best = Int(m.entity)
            }
            if d.titleCategory == category && Int(m.start) > exactPos {
                exactPos = Int(m.start)
                exact = Int(m.entity)
            }
        }
        if exact >= 0 { return exact }
        return best >= 0 ? best : nil
    }

    func compatible(_ descriptor: TitleCategory, _ title: TitleCategory) -> Bool {
        // "Mr Sunak" is "the prime minister" as much as "Sunak" is.
        let title = title == .honorific ? TitleCategory.none : title
        switch descriptor {
        case .head: return title == .head || title == .none
        case .minister, .deputy: return title == .minister || title == .deputy
        case .spokes: return title == .spokes
        case .expert: return title == .expert || title == .none
        case .diplomat: return title == .diplomat || title == .minister
        case .military: return title == .military
        case .official: return title != .head && title != .family
        default: return title == descriptor
        }
    }

    // MARK: attributes

    /// Titles, roles and countries of people from their mentions; descriptors are matched on them.
    mutating func assignTitles() {
        var byStart: [Int32: Int] = [:]
        for (k, m) in mentions.enumerated() where m.form == .name && m.gaz >= 0 { byStart[m.start] = k }
        for e in entities.indices where entities[e].kind == .person {
            var country: Int32 = -1
            var bestTitle: (Int32, Int32, Int32, TitleCategory)? = nil
            for mk in entities[e].mentions {
                let m = mentions[Int(mk)]
                if m.form == .descriptor { continue }
                if country < 0 && m.country >= 0 { country = m.country }
                // "King Fahd of Saudi Arabia", "Representative Richard Gephardt of Missouri".
                if country < 0, m.form == .name, Int(m.end) + 1 < doc.tokens.count, doc.tokens[Int(m.end)].hash == W.of,
                    let o = byStart[m.end + 1], mentions[o].kind == .country || mentions[o].kind == .place
                {
                    country = mentions[o].country
                }
                if m.titleStart >= 0 {
                    let better = bestTitle == nil || (m.titleEnd - m.roleStart) > (bestTitle!.2 - bestTitle!.0)
                    if better { bestTitle = (m.roleStart, m.titleStart, m.titleEnd, m.title) }
                }
            }
            if let (r, ts, te, cat) = bestTitle {
                entities[e].title = doc.cleanString(Int(ts), Int(te))
                entities[e].role = doc.cleanString(Int(r), Int(te))
                entities[e].titleCategory = cat
            }
            entities[e].country = country
        }
    }

    /// Countries through relations, names and aliases.
    mutating func finish() {
        // Relations: a spouse or a spokesman takes the country of whom they relate to.
        for e in entities.indices where entities[e].kind == .person && entities[e].country < 0 {
            for mk in entities[e].mentions {
                let r = mentions[Int(mk)].relatedTo
                if r >= 0, Int(r) < mentions.count {
                    let owner = mentions[Int(r)]
                    if owner.entity >= 0 && owner.entity != Int32(e) {
                        let c = entities[Int(owner.entity)].country
                        if c >= 0 {
                            entities[e].country = c
                            break
                        }
                    }
                }
            }
        }
        // Names: the fullest form; aliases: the other forms.
        for e in entities.indices {
            var forms: [String] = []
            var fullest = entities[e].name
            for mk in entities[e].mentions {
                let m = mentions[Int(mk)]
                if m.form == .descriptor || m.form == .adjective { continue }
                let s = surface(m)
                if !forms.contains(s) { forms.append(s) }
                if entities[e].gaz < 0 && entities[e].kind == .person && s.utf8.count > fullest.utf8.count
                    && m.tokenCount >= 2
                {
                    fullest = s
                }
            }
            entities[e].name = fullest
            if entities[e].gaz >= 0 {
                for a in gaz.entries[Int(entities[e].gaz)].aliases where !forms.contains(a) { forms.append(a) }
            }
            entities[e].forms = forms.filter { $0 != fullest }
        }
        // Places and organizations found by context: the country given after a comma.
        for e in entities.indices where entities[e].gaz < 0 && entities[e].country < 0 {
            for mk in entities[e].mentions {
                let m = mentions[Int(mk)]
                if m.country >= 0 {
                    entities[e].country = m.country
                    break
                }
                let end = Int(m.end)
                if entities[e].kind == .place, end + 1 < doc.tokens.count, doc.tokens[end].hash == W.comma,
                    let c = mentions.first(where: { $0.start == Int32(end + 1) && $0.kind == .country })
                {
                    entities[e].country = c.gaz
                    break
                }
            }
        }
    }
}
