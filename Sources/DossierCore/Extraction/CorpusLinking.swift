/// Rules for linking what one article extracted to what the corpus already knows: which stored
/// entity an extracted entity is, and which stored event an extracted event reports.
///
/// People are the hard case. Spelling varies between outlets ("Kim Jong Un", "Kim Jong-un"), some
/// misspell ("Xi Jinpoing"), some give only a surname ("President Moon"), and different people share
/// name parts (Kim Jong-un, Kim Jung-sook, Kim Yo-jong). Keys therefore include each name's
/// surname candidates and a vowel-free skeleton, so that candidates are found; `isSame` then asks
/// for agreement: the same full name; or a one-letter slip in one word of an equally long name
/// whose country agrees; or a bare surname whose country or title agrees.
public enum CorpusLinking {
    /// Normalized keys under which a stored entity can be found; the store indexes every key of
    /// every entity and looks candidates up by the keys of a new one.
    public static func keys(name: String, aliases: [String], kind: EntityKind) -> [String] {
        var out: [String] = []
        func add(_ k: String) { if !k.isEmpty && !out.contains(k) { out.append(k) } }
        for n in [name] + aliases { add(normalize(n)) }
        if kind == .person {
            for n in [name] + aliases {
                let words = normalize(n).split(separator: " ")
                guard words.count >= 2 else { continue }
                // Surname candidates: the last word, and the first (East Asian order).
                add("~" + words[words.count - 1])
                add("~" + words[0])
                add("#" + skeleton(words))
            }
            let words = normalize(name).split(separator: " ")
            if words.count == 1 { add("~" + words[0]) }
        }
        return out
    }

    /// Whether `entity` (from a new article) is the stored `candidate`, found by a shared key.
    public static func isSame(_ entity: ExtractedEntity, as candidate: EntityRecord) -> Bool {
        guard entity.kind == candidate.kind else { return false }
        let a = normalize(entity.name)
        let b = normalize(candidate.name)
        if a == b { return true }
        let aForms = Set(([entity.name] + entity.aliases).map(normalize))
        let bForms = Set(([candidate.name] + candidate.aliases).map(normalize))
        if entity.kind != .person {
            // Organizations and places: any shared form ("Blue House" / "Cheong Wa Dae", "Duma").
            return !aForms.isDisjoint(with: bForms)
        }
        let countriesAgree = entity.country != nil && entity.country == candidate.country
        let countriesConflict = entity.country != nil && candidate.country != nil && entity.country != candidate.country
        if countriesConflict { return false }
        let aw = a.split(separator: " ")
        let bw = b.split(separator: " ")
        // A shared full name among the forms ("Kim Jong Un" as an alias of "Kim Jong-un"), or a
        // bare name the stored person has been called by ("Putin").
        for f in aForms.intersection(bForms) where f.split(separator: " ").count >= 2 { return true }
        if aw.count == 1 && bForms.contains(a) { return true }
        if aw.count >= 2 && bw.count >= 2 {
            // Same length, same surname, one slip of at most one letter in the other words.
            guard aw.count == bw.count, countriesAgree else { return false }
            var slips = 0
            for (x, y) in zip(aw, bw) where x != y {
                guard x.count >= 4, y.count >= 4, editDistance(x, y) <= 1 else { return false }
                slips += 1
            }
            return slips <= 1 && (aw.first == bw.first || aw.last == bw.last)
        }
        // A bare surname: the candidate's last word (or first, East Asian order), with the same
        // country or the same title.
        let (single, full) = aw.count == 1 ? (aw[0], bw) : (bw[0], aw)
        guard full.count >= 2, aw.count == 1 || bw.count == 1 else { return false }
        let isSurname = full.last == single || full.first == single
        guard isSurname else { return false }
        let titlesAgree =
            entity.title != nil && candidate.title != nil
            && normalize(entity.title!) == normalize(candidate.title!)
        return countriesAgree || titlesAgree
    }

    /// Whether a new event and a stored one are the same real-world event.
    public static func isSameEvent(
        type: EventType, participants: Set<Int64>, place: Int64?, date: PartialDate?, reported: Int? = nil,
        occurred: Bool = false,
        as stored: (
            type: EventType, participants: Set<Int64>, place: Int64?, date: PartialDate?, reported: ClosedRange<Int>?
        ),
        storedOccurred: () -> Bool = { false }
    ) -> Bool {
        guard type == stored.type, participants == stored.participants else { return false }
        if let a = date, let b = stored.date, !a.isCompatible(with: b) { return false }
        if let a = place, let b = stored.place, a != b { return false }
        // Without a date on both sides, something that happened is the same event only in reports
        // of about the same time: "Reagan said in a speech" in June is not March's speech, and
        // talks held in February are not October's. A meeting still to come (planned, denied,
        // speculated about) stays one event however long it is talked about.
        if date == nil || stored.date == nil, let day = reported, let span = stored.reported,
            max(day, span.upperBound) - min(day, span.lowerBound) > reportSpanDays, occurred || storedOccurred()
        {
            return false
        }
        return true
    }

    /// How many days, first report to last, undated reports of one event may span.
    public static let reportSpanDays = 62

    /// Case-folded, punctuation-free form of a name: "Kim Jong-un" → "kim jong un"; a leading
    /// "the" is dropped ("The Korea Times" → "korea times").
    public static func normalize(_ s: String) -> String {
        var out = ""
        var space = false
        for ch in s.lowercased() {
            if ch.isLetter || ch.isNumber {
                if space && !out.isEmpty { out.append(" ") }
                space = false
                out.append(ch)
            } else if ch == "'" || ch == "\u{2019}" || ch == "." {
                continue
            } else {
                space = true
            }
        }
        if out.hasPrefix("the ") && out.count > 4 { out.removeFirst(4) }
        return out
    }

    /// The consonants of a name's words: "xi jinpoing" and "xi jinping" both give "x jnpng".
    static func skeleton(_ words: [Substring]) -> String {
        words.map { w in
            let c = w.filter { !"aeiouy".contains($0) }
            return c.isEmpty ? String(w.prefix(1)) : c
        }.joined(separator: " ")
    }

    /// Levenshtein distance, for short name words.
    static func editDistance(_ a: Substring, _ b: Substring) -> Int {
        let x = Array(a)
        let y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var prev = Array(0...y.count)
        var cur = prev
        for i in 1...x.count {
            cur[0] = i
            for j in 1...y.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            swap(&prev, &cur)
        }
        return prev[y.count]
    }
}
