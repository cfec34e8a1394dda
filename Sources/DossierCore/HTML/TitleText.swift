/// Takes the site's name off a page title ("Rates rise again | The Daily Paper" → "Rates rise again").
enum TitleText {
    private static let separators = [" | ", " - ", " – ", " — ", " :: ", " » ", " · ", " • ", " ~ ", " / "]

    /// The title without a leading or trailing segment that names the site: one that matches a
    /// known site name or host, or a short last segment after a longer headline.
    static func strip(_ title: String, siteNames: [String]) -> String {
        var parts = segments(title)
        guard parts.count > 1 else { return title }
        let sites = siteNames.map(AuthorNames.fold).filter { !$0.isEmpty }
        func isSite(_ part: String) -> Bool {
            let key = AuthorNames.fold(part)
            return !key.isEmpty && sites.contains { $0 == key || $0.hasPrefix(key) || key.hasPrefix($0) }
        }
        var changed = true
        while changed && parts.count > 1 {
            changed = false
            if isSite(parts.last!.text) {
                parts.removeLast()
                changed = true
            } else if isSite(parts.first!.text) {
                parts.removeFirst()
                parts[0].separator = ""
                changed = true
            }
        }
        if parts.count > 1 {
            let last = parts.last!.text
            let rest = parts.dropLast().map(\.text).joined(separator: " ")
            if words(last) <= 4 && words(rest) >= 4 { parts.removeLast() }
        }
        return parts.map { $0.separator + $0.text }.joined().htmlTrimmed
    }

    private static func words(_ s: String) -> Int { s.split(separator: " ").count }

    /// The title cut at separators, each piece with the separator before it ("" for the first).
    private static func segments(_ title: String) -> [(separator: String, text: String)] {
        var result: [(separator: String, text: String)] = []
        var rest = Substring(title)
        var before = ""
        while true {
            var best: (Range<Substring.Index>, String)?
            for sep in separators {
                if let r = rest.firstRange(of: sep), best == nil || r.lowerBound < best!.0.lowerBound {
                    best = (r, sep)
                }
            }
            guard let (r, sep) = best else { break }
            result.append((before, String(rest[..<r.lowerBound])))
            before = sep
            rest = rest[r.upperBound...]
        }
        result.append((before, String(rest)))
        return result.filter { !$0.text.htmlTrimmed.isEmpty }
    }
}
