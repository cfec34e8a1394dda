/// Turns bylines as pages write them ("By JANE DOE and John Roe, Reuters", "Posted by jdoe |
/// Dec 22") into a list of names, without "By", roles, dates, handles or the outlet.
enum AuthorNames {
    /// Words that open a byline and are not part of a name.
    private static let lead = [
        "written by", "posted by", "reported by", "reporting by", "story by", "words by", "text by", "by", "author:",
        "authors:", "from",
    ]
    /// Words that say a part is a role or an organization, not a person.
    private static let roleWords: Set<String> = [
        "staff", "writer", "reporter", "correspondent", "editor", "contributor", "columnist", "senior",
        "producer", "photographer", "photos", "photo", "updated", "published", "posted", "min", "read",
        "ago", "hours", "minutes", "follow", "twitter", "email", "more", "view", "all", "articles", "bio",
    ]
    private static let organizationWords: Set<String> = [
        "news", "press", "times", "post", "reuters", "afp", "agency", "journal", "daily", "tribune", "media",
        "network", "magazine", "herald", "gazette", "associated", "bbc", "cnn", "staff", "team", "desk",
        "board", "editorial", "wire", "online", "group", "inc", "ltd", "company",
    ]

    /// The people named in bylines, and apart from them the organizations ("Associated Press"),
    /// which count as authors only where no person is named. The outlet itself (any of
    /// `outlets`: its name, its host) is never an author.
    static func names(_ bylines: [String], outlets: [String]) -> (people: [String], organizations: [String]) {
        var people: [String] = []
        var organizations: [String] = []
        let outletKeys = outlets.map(fold).filter { !$0.isEmpty }
        for byline in bylines {
            for part in split(HTMLEntities.decode(byline)) {
                guard let name = tidy(part) else { continue }
                let key = fold(name)
                if outletKeys.contains(where: { $0 == key || $0.hasPrefix(key) || key.hasPrefix($0) }) { continue }
                if isOrganization(name) {
                    if !organizations.contains(where: { fold($0) == key }) { organizations.append(name) }
                } else if !people.contains(where: { fold($0) == key }) {
                    people.append(name)
                }
            }
        }
        return (people, organizations)
    }

    /// The people named, or the organizations when there is no person.
    static func clean(_ bylines: [String], outlet: String?) -> [String] {
        let found = names(bylines, outlets: outlet.map { [$0] } ?? [])
        return found.people.isEmpty ? found.organizations : found.people
    }

    private static func split(_ text: String) -> [String] {
        // Links and handles are never names: drop them before cutting at slashes and commas.
        var s = TextBytes.collapse(text).split(separator: " ").filter {
            $0.firstRange(of: "://") == nil && !$0.hasPrefix("www.") && !$0.hasPrefix("@")
        }.joined(separator: " ")
        // Cut the byline at what follows the names: a date, a role after a pipe, a bullet.
        for stop in [" | ", " • ", " · ", " — ", " – ", " - ", "\n", " Updated ", " Published ", " Posted ", " on "] {
            if let r = s.firstRange(of: stop), s.distance(from: s.startIndex, to: r.lowerBound) > 2 {
                s = String(s[..<r.lowerBound])
            }
        }
        s = stripLead(s)
        var parts: [String] = []
        for piece in s.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "&" || $0 == "/" }) {
            var rest = String(piece)
            while let r = rest.firstRange(of: " and ") ?? rest.firstRange(of: " And ") {
                parts.append(String(rest[..<r.lowerBound]))
                rest = String(rest[r.upperBound...])
            }
            parts.append(rest)
        }
        return parts
    }

    private static func stripLead(_ text: String) -> String {
        var s = text.htmlTrimmed
        var changed = true
        while changed {
            changed = false
            let lower = s.lowercased()
            for l in lead where lower.hasPrefix(l) {
                let rest = s.dropFirst(l.count)
                if l.hasSuffix(":") || rest.first == " " || rest.first == "\u{A0}" {
                    s = String(rest).htmlTrimmed
                    changed = true
                    break
                }
            }
        }
        return s
    }

    /// A part as a name, or nil when it is not one (a URL, a handle, a date, a role, too long).
    private static func tidy(_ part: String) -> String? {
        var s = stripLead(part)
        if s.hasPrefix("and ") { s = String(s.dropFirst(4)) }
        s = s.htmlTrimming(" :-–—|\"'")
        if s.hasSuffix(".") && !(s.count >= 3 && s.dropLast().last.map { $0.isUppercase || $0 == "." } == true)
            && !s.hasSuffix("Jr.") && !s.hasSuffix("Sr.")
        {
            s.removeLast()
        }
        guard !s.isEmpty, s.count <= 60, !lead.contains(s.lowercased()) else { return nil }
        if s.contains("@") || s.contains("http") || s.contains("www.") || s.contains(".com") { return nil }
        // "(Image: Agency)", "Photo: …": credits, not bylines.
        if s.contains("(") || s.contains(")") || s.contains(":") { return nil }
        if s.contains(where: { $0.isNumber }) { return nil }
        let words = s.split(separator: " ")
        guard words.count <= 6, s.contains(where: { $0.isLetter }) else { return nil }
        let lowered = words.map { $0.lowercased().htmlTrimming(".,") }
        if lowered.allSatisfy({ roleWords.contains($0) }) { return nil }
        // "Jane Doe Staff Writer": drop trailing role words and credentials ("MS", "RDN").
        var kept = words
        while kept.count > 1,
            roleWords.contains(kept.last!.lowercased()) || (kept.count > 2 && isCredential(kept.last!))
        {
            kept.removeLast()
        }
        if kept.count == 1 && isCredential(kept[0]) { return nil }
        // "Jane Doe The Associated Press": the outlet glued to the name.
        if kept.count > 2,
            let cut = kept.indices.dropFirst(2).first(where: {
                kept[$0] == "The" || organizationWords.contains(kept[$0].lowercased())
            })
        {
            kept = Array(kept[..<cut])
        }
        return kept.joined(separator: " ")
    }

    /// Two to four capitals and nothing else: an academic or professional credential.
    private static func isCredential(_ word: Substring) -> Bool {
        (2...4).contains(word.count) && word.allSatisfy { $0.isUppercase && $0.isLetter }
    }

    private static func isOrganization(_ name: String) -> Bool {
        name.split(separator: " ").contains { organizationWords.contains($0.lowercased().htmlTrimming(".,")) }
    }

    static func fold(_ s: String) -> String {
        String(s.lowercased().filter { $0.isLetter || $0.isNumber })
    }
}
