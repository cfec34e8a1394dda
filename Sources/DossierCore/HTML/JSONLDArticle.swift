/// The article fields of a page's JSON-LD (schema.org): what publishers tell search engines, the
/// first source the best extractors trust.
struct JSONLDArticle {
    var headline: String?
    var authors: [String] = []
    /// Authors typed Organization: the outlet more often than a writer.
    var organizationAuthors: [String] = []
    var datePublished: String?
    var dateModified: String?
    var publisher: String?
    var articleBody: String?
    var language: String?
    var url: String?

    /// schema.org types of articles and of the pages that hold one.
    private static let articleTypes: Set<String> = [
        "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "backgroundnewsarticle", "reviewnewsarticle", "blogposting", "liveblogposting", "socialmediaposting",
        "scholarlyarticle", "techarticle", "report", "review", "posting", "creativework",
    ]

    init(scripts: [[UInt8]]) {
        var articles: [LenientJSON] = []
        var pages: [LenientJSON] = []
        for script in scripts {
            guard let json = LenientJSON.parse(script) else { continue }
            collect(json, into: &articles, pages: &pages, depth: 0)
        }
        // The article itself first; a WebPage's fields only fill gaps.
        for item in articles + pages { fill(from: item) }
    }

    private func collect(
        _ json: LenientJSON, into articles: inout [LenientJSON], pages: inout [LenientJSON], depth: Int
    ) {
        guard depth < 6 else { return }
        switch json {
        case .array(let items):
            for item in items { collect(item, into: &articles, pages: &pages, depth: depth + 1) }
        case .object:
            let types = (json["@type"]?.array ?? []).compactMap { $0.string?.lowercased() }
            if types.contains(where: Self.articleTypes.contains) {
                articles.append(json)
            } else if types.contains(where: { $0.hasSuffix("webpage") }) {
                pages.append(json)
            }
            if let graph = json["@graph"] { collect(graph, into: &articles, pages: &pages, depth: depth + 1) }
            if let main = json["mainEntity"] { collect(main, into: &articles, pages: &pages, depth: depth + 1) }
        default:
            break
        }
    }

    private mutating func fill(from item: LenientJSON) {
        if headline == nil { headline = Self.text(item["headline"]) ?? Self.text(item["name"]) }
        if authors.isEmpty && organizationAuthors.isEmpty, let author = item["author"] ?? item["creator"] {
            for a in author.array {
                switch a {
                case .string(let s): authors.append(s)
                case .object:
                    let type = (a["@type"]?.array ?? []).compactMap { $0.string?.lowercased() }
                    guard let name = Self.text(a["name"]) else { continue }
                    if type.contains("organization") || type.contains("newsmediaorganization") {
                        organizationAuthors.append(name)
                    } else {
                        authors.append(name)
                    }
                default: break
                }
            }
        }
        if datePublished == nil { datePublished = Self.text(item["datePublished"]) ?? Self.text(item["dateCreated"]) }
        if dateModified == nil { dateModified = Self.text(item["dateModified"]) }
        if publisher == nil, let p = item["publisher"] {
            for candidate in p.array where publisher == nil {
                publisher = Self.text(candidate["name"]) ?? Self.text(candidate)
            }
        }
        if articleBody == nil, let body = item["articleBody"]?.string { articleBody = Self.paragraphs(body) }
        if language == nil { language = Self.text(item["inLanguage"]) }
        if url == nil { url = Self.text(item["url"]) ?? Self.text(item["mainEntityOfPage"]?["@id"]) }
    }

    /// A JSON-LD body as paragraphs: tags some publishers leave in it removed, lines kept apart.
    private static func paragraphs(_ body: String) -> String? {
        var plain = ""
        var inTag = false
        for ch in HTMLEntities.decode(body) {
            if ch == "<" {
                inTag = true
            } else if ch == ">" && inTag {
                inTag = false
                plain.append(" ")
            } else if !inTag {
                plain.append(ch)
            }
        }
        let lines = plain.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map { TextBytes.collapse(String($0)) }
            .filter { !$0.isEmpty }
        return lines.isEmpty ? nil : lines.joined(separator: "\n\n")
    }

    private static func text(_ value: LenientJSON?) -> String? {
        guard let s = value?.array.first?.string else { return nil }
        let t = TextBytes.collapse(HTMLEntities.decode(s))
        return t.isEmpty ? nil : t
    }
}
