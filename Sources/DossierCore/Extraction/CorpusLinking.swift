/// Rules for linking what one article extracted to what the corpus already knows: which stored
/// entity an extracted entity is, and which stored event an extracted event reports.
public enum CorpusLinking {
    /// Normalized keys under which a stored entity can be found; the store indexes every key of
    /// every entity and looks candidates up by the keys of a new one.
    public static func keys(name: String, aliases: [String], kind: EntityKind) -> [String] {
        var out: [String] = []
        for n in [name] + aliases {
            let k = normalize(n)
            if !k.isEmpty && !out.contains(k) { out.append(k) }
        }
        return out
    }

    /// Whether `entity` (from a new article) is the stored `candidate`, found by a shared key.
    public static func isSame(_ entity: ExtractedEntity, as candidate: EntityRecord) -> Bool {
        guard entity.kind == candidate.kind else { return false }
        let names = Set(([candidate.name] + candidate.aliases).map(normalize))
        return names.contains(normalize(entity.name)) || entity.aliases.contains { normalize($0) == normalize(candidate.name) }
    }

    /// Whether a new event and a stored one are the same real-world event.
    public static func isSameEvent(
        type: EventType, participants: Set<Int64>, place: Int64?, date: PartialDate?,
        as stored: (type: EventType, participants: Set<Int64>, place: Int64?, date: PartialDate?)
    ) -> Bool {
        guard type == stored.type, participants == stored.participants else { return false }
        if let a = date, let b = stored.date, !a.isCompatible(with: b) { return false }
        if let a = place, let b = stored.place, a != b { return false }
        return true
    }

    /// Case-folded, punctuation-free form of a name: "Kim Jong-un" → "kim jong un".
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
        return out
    }
}
