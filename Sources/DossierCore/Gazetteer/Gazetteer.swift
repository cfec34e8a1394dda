/// What a title or role word says about the person it qualifies.
public enum TitleCategory: UInt8, Sendable {
    case none = 0
    case head, deputy, minister, spokes, legislator, military, diplomat, religious, official, expert,
        business, media, honorific, family, person

    init(name: Substring) {
        switch name {
        case "head": self = .head
        case "deputy": self = .deputy
        case "minister": self = .minister
        case "spokes": self = .spokes
        case "legislator": self = .legislator
        case "military": self = .military
        case "diplomat": self = .diplomat
        case "religious": self = .religious
        case "official": self = .official
        case "expert": self = .expert
        case "business": self = .business
        case "media": self = .media
        case "honorific": self = .honorific
        case "family": self = .family
        default: self = .person
        }
    }

    /// Titles that make a person a political actor worth linking by a descriptor ("the Russian
    /// leader", "the minister").
    public var isLeader: Bool { self == .head }
}

/// The kind a name's last word gives it ("University" → organization).
public enum NameShape: UInt8, Sendable {
    case none = 0
    case org, media, place, event, connector, particle
}

/// A known name: a country, city, region, organization or news outlet.
public struct GazetteerEntry: Sendable {
    public var name: String
    public var kind: EntityKind
    /// Index of the entry of the country it belongs to or lies in (itself for a country), or -1.
    public var country: Int32
    public var isMedia: Bool
    /// For organizations: igo, gov, seat, party, military, company, ngo, other.
    public var orgType: String?
    public var iso3: String?
    /// For a country: the entry of its capital, or -1.
    public var capital: Int32
    /// Other names it is written under, for export as aliases.
    public var aliases: [String]
}

/// How a phrase in the text refers to an entry.
public enum PhraseRole: UInt8, Sendable {
    /// The entry's name or an alias ("Russia", "Russian Federation").
    case name
    /// An adjective of a country ("Russian", "South Korean").
    case adjective
    /// The people of a country ("Russians", "North Koreans").
    case people
    /// A title or role; `entry` holds the TitleCategory.
    case title
}

public struct PhraseHit: Sendable {
    public var entry: Int32
    public var role: PhraseRole
    public var tokenCount: UInt8
    /// Bit i set: token i must be capitalised in the text.
    var capsMask: UInt16
    /// Index into `exactForms` when the phrase must match with the same capitals, else -1.
    var exact: Int32
    var next: Int32
}

/// Features of one word form, keyed by its case-folded hash.
public struct WordInfo: Sendable {
    public struct Flags: OptionSet, Sendable {
        public let rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }
        public static let common = Flags(rawValue: 1 << 0)
        public static let givenName = Flags(rawValue: 1 << 1)
        public static let eastAsianSurname = Flags(rawValue: 1 << 2)
        public static let month = Flags(rawValue: 1 << 3)
        public static let weekday = Flags(rawValue: 1 << 4)
        /// Starts at least one gazetteer or title phrase.
        public static let phraseStart = Flags(rawValue: 1 << 5)
        /// A frequent English content word (not a name by itself).
        public static let vocabulary = Flags(rawValue: 1 << 6)
    }

    public var flags: Flags = []
    /// Month 1–12, or weekday 0 (Sunday)–6.
    public var value: Int8 = 0
    public var shape: NameShape = .none
    /// The longest phrase (in tokens) that starts with this word.
    public var maxPhrase: UInt8 = 0
}

/// The gazetteer: known names and the lexicon of words the recognizer needs, built once from the
/// data tables in this folder and shared read-only by every pipeline.
public final class Gazetteer: Sendable {
    public static let shared = Gazetteer()

    public let entries: [GazetteerEntry]
    let phraseIndex: HashIndex
    let hits: [PhraseHit]
    let exactForms: [[UInt8]]
    let wordIndex: HashIndex
    let words: [WordInfo]
    /// Entry index by the case-folded hash of the canonical name, for lookups by name.
    let byName: HashIndex
    public let maxPhraseLength: Int
    /// "inter-Korean", "cross-Strait": a word naming two countries at once.
    let relationPairs: HashIndex
    let pairEntries: [(Int32, Int32)]

    private init() {
        var b = Builder()
        b.load()
        entries = b.entries
        phraseIndex = b.phraseIndex
        hits = b.hits
        exactForms = b.exactForms
        wordIndex = b.wordIndex
        words = b.words
        byName = b.byName
        maxPhraseLength = b.maxLen
        relationPairs = b.relationPairs
        pairEntries = b.pairEntries
    }

    /// The two countries a relation compound names.
    func relationPair(_ hash: UInt64) -> (Int32, Int32)? {
        let i = relationPairs.lookup(hash)
        return i < 0 ? nil : pairEntries[Int(i)]
    }

    /// Features of the word whose folded hash is `hash`.
    @inline(__always)
    public func word(_ hash: UInt64) -> WordInfo? {
        let i = wordIndex.lookup(hash)
        return i < 0 ? nil : words[Int(i)]
    }

    /// The entry named `name` (canonical name or alias, any case), if any.
    public func entry(named name: String) -> Int? {
        let toks = Tokenizer.tokenize(name)
        var h = TextHash.seed
        for t in toks { h = TextHash.combine(h, t.hash) }
        if let i = byName.get(TextHash.folded(name)) { return Int(i) }
        var k = phraseIndex.lookup(h)
        while k >= 0 {
            let hit = hits[Int(k)]
            if hit.role == .name && Int(hit.tokenCount) == toks.count { return Int(hit.entry) }
            k = hit.next
        }
        return nil
    }

    /// The country entry (index) of an entry: itself for a country.
    public func countryOf(_ entry: Int) -> Int? {
        let c = entries[entry].country
        return c < 0 ? nil : Int(c)
    }

    /// Every phrase hit for the phrase hash `h` with `count` tokens, starting at `tokens[at]`,
    /// that satisfies its capitalisation rule in text `p`.
    @inline(__always)
    func hits(
        phrase h: UInt64, count: Int, tokens: UnsafeBufferPointer<Token>, at: Int, text p: UnsafeBufferPointer<UInt8>,
        _ body: (PhraseHit) -> Void
    ) {
        var k = phraseIndex.lookup(h)
        while k >= 0 {
            let hit = hits[Int(k)]
            k = hit.next
            guard Int(hit.tokenCount) == count else { continue }
            if hit.exact >= 0 {
                // Long acronyms are also written as names ("Opec", "Nato", "Asean"); short ones
                // must keep their capitals ("US" is not "us", "WHO" not "Who").
                let form = exactForms[Int(hit.exact)]
                let asName =
                    count == 1 && form.count >= 4 && tokens[at].flags.contains(.capitalized)
                    && form.allSatisfy { $0.isASCIIUpper }
                if !asName && !matchesExactly(form, tokens: tokens, at: at, count: count, p) { continue }
            } else if hit.capsMask != 0 {
                var ok = true
                var m = hit.capsMask
                var j = 0
                while m != 0 {
                    if m & 1 != 0 && !tokens[at + j].flags.contains(.capitalized) {
                        ok = false
                        break
                    }
                    m >>= 1
                    j += 1
                }
                if !ok { continue }
            }
            body(hit)
        }
    }

    /// Whether the tokens spell `form` byte for byte, ignoring the spaces between tokens.
    private func matchesExactly(
        _ form: [UInt8], tokens: UnsafeBufferPointer<Token>, at: Int, count: Int, _ p: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        var k = 0
        for j in at..<(at + count) {
            let t = tokens[j]
            for i in Int(t.start)..<Int(t.end) {
                while k < form.count && form[k] == UInt8(ascii: " ") { k += 1 }
                guard k < form.count, form[k] == p[i] else { return false }
                k += 1
            }
        }
        while k < form.count && form[k] == UInt8(ascii: " ") { k += 1 }
        return k == form.count
    }
}

/// Builds the tables from the TSV data.
private struct Builder {
    var entries: [GazetteerEntry] = []
    var phraseIndex = HashIndex(capacity: 8192)
    var hits: [PhraseHit] = []
    var exactForms: [[UInt8]] = []
    var wordIndex = HashIndex(capacity: 8192)
    var words: [WordInfo] = []
    var byName = HashIndex(capacity: 2048)
    var maxLen = 1
    var iso: [String: Int32] = [:]
    var relationPairs = HashIndex(capacity: 16)
    var pairEntries: [(Int32, Int32)] = []

    mutating func load() {
        loadCountries()
        loadCities()
        loadRegions()
        loadOrganizations()
        loadOutlets()
        loadTitles()
        loadWords()
        for r in Self.rows(GazetteerData.relationCompounds) where r.count >= 3 {
            guard let a = iso[String(r[1])], let b = iso[String(r[2])] else { continue }
            pairEntries.append((a, b))
            relationPairs.set(TextHash.folded(String(r[0])), Int32(pairEntries.count - 1))
        }
    }

    /// Aliases as names, without the mark ("=") that asks for the same capitals in the text.
    static func names(_ aliases: [Substring]) -> [String] {
        aliases.map { $0.hasPrefix("=") ? String($0.dropFirst()) : String($0) }
    }

    static func rows(_ tsv: String) -> [[Substring]] {
        tsv.split(separator: "\n").filter { !$0.isEmpty }.map {
            $0.split(separator: "\t", omittingEmptySubsequences: false)
        }
    }

    static func list(_ field: Substring?) -> [Substring] {
        guard let field, !field.isEmpty else { return [] }
        return field.split(separator: "|").filter { !$0.isEmpty }
    }

    mutating func addEntry(_ e: GazetteerEntry) -> Int32 {
        entries.append(e)
        let i = Int32(entries.count - 1)
        if byName.get(TextHash.folded(e.name)) == nil { byName.set(TextHash.folded(e.name), i) }
        return i
    }

    mutating func wordInfoIndex(_ hash: UInt64) -> Int {
        if let i = wordIndex.get(hash) { return Int(i) }
        words.append(WordInfo())
        wordIndex.set(hash, Int32(words.count - 1))
        return words.count - 1
    }

    /// Registers `form` (a name, alias, adjective, …) for `entry`. A leading = asks for the same
    /// capitals; otherwise each word written with a capital must be capitalised in the text.
    mutating func addPhrase(_ rawForm: Substring, entry: Int32, role: PhraseRole, caseless: Bool = false) {
        var form = String(rawForm)
        var exact = false
        if form.hasPrefix("=") {
            exact = true
            form.removeFirst()
        }
        let toks = Tokenizer.tokenize(form)
        guard !toks.isEmpty, toks.count <= 16 else { return }
        var h = TextHash.seed
        var mask: UInt16 = 0
        for (j, t) in toks.enumerated() {
            h = TextHash.combine(h, t.hash)
            if !caseless && t.flags.contains(.capitalized) { mask |= 1 << UInt16(j) }
        }
        var exactIndex: Int32 = -1
        if exact {
            exactForms.append(Array(form.utf8))
            exactIndex = Int32(exactForms.count - 1)
        }
        let head = phraseIndex.lookup(h)
        // Skip a duplicate registration of the same entry and role.
        var k = head
        while k >= 0 {
            if hits[Int(k)].entry == entry && hits[Int(k)].role == role && Int(hits[Int(k)].tokenCount) == toks.count
                && hits[Int(k)].exact == -1 && exactIndex == -1
            {
                return
            }
            k = hits[Int(k)].next
        }
        hits.append(
            PhraseHit(
                entry: entry, role: role, tokenCount: UInt8(toks.count), capsMask: mask, exact: exactIndex, next: head))
        phraseIndex.set(h, Int32(hits.count - 1))
        let w = wordInfoIndex(toks[0].hash)
        words[w].flags.insert(.phraseStart)
        words[w].maxPhrase = max(words[w].maxPhrase, UInt8(toks.count))
        maxLen = max(maxLen, toks.count)
    }

    mutating func loadCountries() {
        var capitals: [(Int32, [Substring])] = []
        for r in Self.rows(GazetteerData.countries) where r.count >= 6 {
            let name = String(r[0])
            let aliases = Self.list(r[1])
            let i = addEntry(
                GazetteerEntry(
                    name: name, kind: .country, country: Int32(entries.count), isMedia: false, orgType: nil,
                    iso3: String(r[5]), capital: -1,
                    aliases: Self.names(aliases)))
            iso[String(r[5])] = i
            addPhrase(r[0], entry: i, role: .name)
            for a in aliases { addPhrase(a, entry: i, role: .name) }
            for a in Self.list(r[2]) { addPhrase(a, entry: i, role: .adjective) }
            for a in Self.list(r[3]) { addPhrase(a, entry: i, role: .people) }
            capitals.append((i, Self.list(r[4])))
        }
        for (country, names) in capitals {
            guard let first = names.first else { continue }
            // A city-state's capital is the country itself.
            if first == entries[Int(country)].name {
                entries[Int(country)].capital = country
                continue
            }
            // Historical states share capitals with today's (Moscow, Belgrade, Prague): the first
            // (current) country keeps the city.
            if let existing = byName.get(TextHash.folded(String(first))), entries[Int(existing)].kind == .place {
                entries[Int(country)].capital = existing
                continue
            }
            let c = addEntry(
                GazetteerEntry(
                    name: String(first), kind: .place, country: country, isMedia: false, orgType: nil, iso3: nil,
                    capital: -1, aliases: names.dropFirst().map(String.init)))
            entries[Int(country)].capital = c
            for n in names { addPhrase(n, entry: c, role: .name) }
        }
        // "Washington" alone is the capital more often than the state in world news.
        if let us = iso["USA"] {
            let cap = entries[Int(us)].capital
            if cap >= 0 {
                entries[Int(cap)].aliases += ["Washington", "Washington D.C."]
                addPhrase("Washington", entry: cap, role: .name)
                addPhrase("Washington D.C.", entry: cap, role: .name)
                addPhrase("Washington DC", entry: cap, role: .name)
            }
        }
    }

    mutating func loadCities() {
        for r in Self.rows(GazetteerData.cities) where r.count >= 2 {
            let country = iso[String(r[1])] ?? -1
            // The same city may already be known as a capital.
            if let existing = byName.get(TextHash.folded(String(r[0]))), entries[Int(existing)].kind == .place {
                continue
            }
            let aliases = r.count > 2 ? Self.list(r[2]) : []
            let i = addEntry(
                GazetteerEntry(
                    name: String(r[0]), kind: .place, country: country, isMedia: false, orgType: nil, iso3: nil,
                    capital: -1, aliases: aliases.map(String.init)))
            addPhrase(r[0], entry: i, role: .name)
            for a in aliases { addPhrase(a, entry: i, role: .name) }
        }
    }

    mutating func loadRegions() {
        for r in Self.rows(GazetteerData.regions) where !r.isEmpty {
            let country = r.count > 1 ? iso[String(r[1])] ?? -1 : -1
            if let existing = byName.get(TextHash.folded(String(r[0]))), entries[Int(existing)].kind != .organization {
                continue
            }
            let aliases = r.count > 2 ? Self.list(r[2]) : []
            let i = addEntry(
                GazetteerEntry(
                    name: String(r[0]), kind: .place, country: country, isMedia: false, orgType: "region", iso3: nil,
                    capital: -1, aliases: aliases.map(String.init)))
            addPhrase(r[0], entry: i, role: .name)
            for a in aliases { addPhrase(a, entry: i, role: .name) }
        }
    }

    mutating func loadOrganizations() {
        for r in Self.rows(GazetteerData.organizations) where r.count >= 4 {
            addOrganization(r, isMedia: false, orgType: String(r[3]))
        }
    }

    mutating func loadOutlets() {
        for r in Self.rows(GazetteerData.outlets) where r.count >= 3 {
            addOrganization(r, isMedia: true, orgType: "media")
        }
    }

    /// A row of name, aliases and country code.
    private mutating func addOrganization(_ r: [Substring], isMedia: Bool, orgType: String) {
        let country = iso[String(r[2])] ?? -1
        let aliases = Self.list(r[1])
        let i = addEntry(
            GazetteerEntry(
                name: String(r[0]), kind: .organization, country: country, isMedia: isMedia, orgType: orgType,
                iso3: nil, capital: -1,
                aliases: Self.names(aliases)))
        addPhrase(r[0], entry: i, role: .name)
        for a in aliases { addPhrase(a, entry: i, role: .name) }
    }

    mutating func loadTitles() {
        for r in Self.rows(GazetteerData.titles) where r.count >= 2 {
            let cat = TitleCategory(name: r[1])
            addPhrase(r[0], entry: Int32(cat.rawValue), role: .title, caseless: true)
        }
    }

    mutating func loadWords() {
        func each(_ s: String, _ f: (inout WordInfo) -> Void) {
            for w in s.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
                let i = wordInfoIndex(TextHash.folded(String(w)))
                f(&words[i])
            }
        }
        each(GazetteerData.commonWords) { $0.flags.insert(.common) }
        each(GazetteerData.vocabulary) { $0.flags.insert(.vocabulary) }
        each(GazetteerData.givenNames) { $0.flags.insert(.givenName) }
        each(GazetteerData.eastAsianSurnames) { $0.flags.insert(.eastAsianSurname) }
        let months = [
            "january jan jan.", "february feb feb.", "march mar.", "april apr apr.", "may", "june jun jun.",
            "july jul jul.", "august aug aug.", "september sep sep. sept sept.", "october oct oct.",
            "november nov nov.", "december dec dec.",
        ]
        for (m, forms) in months.enumerated() {
            each(forms) {
                $0.flags.insert(.month)
                $0.value = Int8(m + 1)
            }
        }
        let days = [
            "sunday sun.", "monday mon.", "tuesday tue. tues.", "wednesday wed.", "thursday thu. thur. thurs.",
            "friday fri.", "saturday sat.",
        ]
        for (d, forms) in days.enumerated() {
            each(forms) {
                $0.flags.insert(.weekday)
                $0.value = Int8(d)
            }
        }
        for r in Self.rows(GazetteerData.nameShapes) where r.count >= 2 {
            let shape: NameShape
            switch r[1] {
            case "org": shape = .org
            case "media": shape = .media
            case "place": shape = .place
            case "event": shape = .event
            case "connector": shape = .connector
            default: shape = .particle
            }
            let i = wordInfoIndex(TextHash.folded(String(r[0])))
            if words[i].shape == .none { words[i].shape = shape }
        }
    }
}
