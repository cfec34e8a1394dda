/// The article's metadata, each field from the first source that has it, in the order the best
/// extractors trust them: JSON-LD, then meta tags (Open Graph, Dublin Core, article:*, the
/// publishers' own), then the page itself (headline, byline, <time>, the URL).
struct PageMetadata {
    var title: String?
    var authors: [String] = []
    var date: PartialDate?
    var source: String?
    var url: String?
    var language: String?
    /// The JSON-LD articleBody, for pages whose text only a script would show.
    var articleBody: String?

    private static let titleKeys = [
        "og:title", "twitter:title", "dc.title", "dcterms.title", "headline", "sailthru.title", "parsely-title",
        "title",
    ]
    private static let siteKeys = [
        "og:site_name", "application-name", "apple-mobile-web-app-title", "publisher", "dc.publisher",
        "dcterms.publisher", "twitter:app:name:iphone",
    ]
    private static let authorKeys = [
        "author", "article:author", "dc.creator", "dcterms.creator", "byl", "parsely-author", "sailthru.author",
        "citation_author", "cxenseparse:author", "article:author_name", "author_name", "og:article:author",
    ]
    private static let dateKeys = [
        "article:published_time", "og:article:published_time", "datepublished", "article.published", "published_time",
        "pubdate", "publishdate", "publish-date", "publish_date", "parsely-pub-date", "sailthru.date", "dc.date.issued",
        "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created", "dc.date.created", "citation_publication_date",
        "originalpublicationdate", "og:pubdate", "date", "release_date", "cxenseparse:recs:publishtime",
    ]
    private static let modifiedKeys = [
        "article:modified_time", "og:updated_time", "datemodified", "dc.date.modified", "lastmod", "last-modified",
    ]
    private static let languageKeys = ["content-language", "dc.language", "language", "og:locale", "inlanguage"]

    init(_ tree: PageTree, url: String?) {
        let signals = tree.metadata
        let ld = JSONLDArticle(scripts: signals.jsonLD)
        articleBody = ld.articleBody
        var metas: [String: [String]] = [:]
        for (key, value) in signals.metas {
            let v = TextBytes.collapse(HTMLEntities.decode(value))
            if !v.isEmpty { metas[key, default: []].append(v) }
        }
        func meta(_ keys: [String]) -> String? {
            for k in keys { if let v = metas[k]?.first { return v } }
            return nil
        }

        // Outlet first: the title and author rules need its name.
        // The canonical link may be relative: resolve it against any absolute URL the page gives.
        let absolute = [metas["og:url"]?.first, ld.url, url].compactMap { $0 }.first { $0.firstRange(of: "://") != nil }
        let canonical = signals.canonical.map { Self.resolve($0, against: absolute) }
        let host = Self.host(canonical ?? absolute)
        source = ld.publisher ?? meta(Self.siteKeys) ?? host
        self.url = canonical ?? metas["og:url"]?.first ?? ld.url ?? url
        let language = signals.language ?? ld.language ?? meta(Self.languageKeys)
        self.language = language.map { $0.replacingUnderscores }.flatMap { $0.isEmpty ? nil : $0 }

        let siteNames: [String] = [source, host, meta(Self.siteKeys), ld.publisher].compactMap { $0 }
        title = Self.chooseTitle(tree, ld: ld, meta: meta(Self.titleKeys), siteNames: siteNames)

        // Authors: people named in JSON-LD, then meta, then the byline on the page.
        // A person from any source beats an organization from an earlier one.
        let outlets = siteNames
        var metaAuthors: [String] = []
        for key in Self.authorKeys {
            for value in metas[key] ?? [] where value.firstRange(of: "://") == nil { metaAuthors.append(value) }
        }
        var organizations: [String] = []
        var people: [String] = []
        for source in [ld.authors + ld.organizationAuthors, metaAuthors, Self.bylines(tree), Self.bylineLines(tree)] {
            let found = AuthorNames.names(source, outlets: outlets)
            people = found.people
            if !people.isEmpty { break }
            if organizations.isEmpty { organizations = found.organizations }
        }
        authors = people.isEmpty ? organizations : people

        let declared = [ld.datePublished, meta(Self.dateKeys)].compactMap { $0 }.first { Self.day($0) != nil }
        let shown = Self.pageDate(tree)
        if let declared, let d = Self.day(declared) {
            // A UTC timestamp's day is often not the day the page shows (an evening story in the
            // Americas is dated tomorrow in UTC): the date the page shows wins when a day apart.
            let modified = Self.day(ld.dateModified) ?? Self.day(meta(Self.modifiedKeys))
            if Self.isUTC(declared), let s = shown, let a = s.dayNumber, let b = d.dayNumber, abs(a - b) == 1 {
                date = s
            } else if let s = shown, let m = modified, s == m, s != d {
                // The page shows its update date as its date: that is the date readers see.
                date = s
            } else {
                date = d
            }
        } else {
            date =
                shown ?? self.url.flatMap(DateText.fromURL) ?? url.flatMap(DateText.fromURL)
                ?? Self.day(ld.dateModified) ?? Self.day(meta(Self.modifiedKeys))
        }
    }

    /// A date to the day, or nil.
    private static func day(_ text: String?) -> PartialDate? {
        guard let d = text.flatMap(DateText.parse), d.precision == .day else { return nil }
        return d
    }

    private static func isUTC(_ timestamp: String) -> Bool {
        timestamp.contains("T")
            && (timestamp.hasSuffix("Z") || timestamp.hasSuffix("+00:00") || timestamp.hasSuffix("+0000"))
    }

    /// The headline as the page shows it when a meta title confirms it; otherwise the publisher's
    /// declared headline, with the site's name taken off.
    private static func chooseTitle(_ tree: PageTree, ld: JSONLDArticle, meta: String?, siteNames: [String]) -> String?
    {
        let declared = [ld.headline, meta, tree.metadata.title].compactMap { $0 }
        let keys = declared.map(AuthorNames.fold)
        for h in tree.metadata.headings.prefix(4) {
            let text = tree.plainText(h, limit: 2000)
            let key = AuthorNames.fold(text)
            guard key.count >= 8 else { continue }
            if keys.contains(where: { $0.hasPrefix(key) || $0.hasSuffix(key) }) { return text }
        }
        // A "headline" that is only the site's name says nothing about the article.
        let sites = siteNames.map(AuthorNames.fold)
        for t in [ld.headline, meta, tree.metadata.title].compactMap({ $0 }) {
            let stripped = TitleText.strip(t, siteNames: siteNames)
            if !stripped.isEmpty && !sites.contains(AuthorNames.fold(stripped)) { return stripped }
        }
        return tree.metadata.headings.first.map { tree.plainText($0, limit: 2000) }.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Byline texts on the page: microdata and rel=author first, then an element whose class
    /// names a byline. Only the first byline's cluster: later ones belong to teasers and comments.
    private static func bylines(_ tree: PageTree) -> [String] {
        var marked: [String] = []
        var cluster = -1
        var classed: String?
        for (i, n) in tree.nodes.enumerated() where n.tag != .text {
            if n.flags.contains(.authorProp) {
                if cluster >= 0 && i >= Int(tree.nodes[cluster].end) { break }
                let text = tree.plainText(i, limit: 400)
                guard !text.isEmpty && text.count < 80 else { continue }
                if cluster < 0 {
                    // The byline's box: a few levels up from the first author element.
                    cluster = i
                    for _ in 0..<3 where tree.nodes[cluster].parent >= 0 { cluster = Int(tree.nodes[cluster].parent) }
                }
                if !marked.contains(text) { marked.append(text) }
            } else if n.flags.contains(.bylineWord), classed == nil {
                let text = tree.plainText(i, limit: 400)
                if !text.isEmpty && text.count < 120 { classed = text }
            }
        }
        return marked.isEmpty ? classed.map { [$0] } ?? [] : marked
    }

    /// A line reading "By …" just under the headline, for pages that mark their byline up not at all.
    private static func bylineLines(_ tree: PageTree) -> [String] {
        guard let h = tree.metadata.headings.first else { return [] }
        var seen = 0
        var i = h
        while i < tree.nodes.count && seen < 40 {
            if tree.nodes[i].tag == .text {
                seen += 1
                let text = tree.textString(i).htmlTrimmed
                let lower = text.lowercased()
                if text.count < 100, lower == "by" || lower.hasPrefix("by ") {
                    // The name may sit in the next element ("By <a>Jane Doe</a>").
                    let parent = Int(tree.nodes[i].parent)
                    return [parent >= 0 ? tree.plainText(parent, limit: 200) : text]
                }
            }
            i += 1
        }
        return []
    }

    /// A date the page shows: microdata, the first <time>, a date-classed element, or a date in
    /// the lines under the headline (where bylines sit).
    private static func pageDate(_ tree: PageTree) -> PartialDate? {
        for p in tree.metadata.itemprops where p.prop == "datepublished" || p.prop == "datecreated" {
            if let d = day(p.value) ?? day(tree.plainText(p.node, limit: 400)) { return d }
        }
        for t in tree.metadata.times {
            if let d = day(t.value) ?? day(tree.plainText(t.node, limit: 400)) { return d }
        }
        for (i, n) in tree.nodes.enumerated() where n.tag != .text && n.flags.contains(.dateWord) {
            let text = tree.plainText(i, limit: 400)
            if text.count < 80, let d = day(text) { return d }
        }
        if let h = tree.metadata.headings.first {
            var seen = 0
            var i = h
            while i < tree.nodes.count && seen < 40 {
                if tree.nodes[i].tag == .text {
                    seen += 1
                    if let d = day(tree.textString(i)) { return d }
                }
                i += 1
            }
        }
        return nil
    }

    /// `link` made absolute with `base`'s scheme and host ("/a/b" → "https://site/a/b").
    static func resolve(_ link: String, against base: String?) -> String {
        guard link.firstRange(of: "://") == nil, let base, let r = base.firstRange(of: "://") else { return link }
        let scheme = base[..<r.lowerBound]
        if link.hasPrefix("//") { return "\(scheme):\(link)" }
        guard link.hasPrefix("/") else { return link }
        let host = base[r.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return "\(scheme)://\(host)\(link)"
    }

    private static func host(_ url: String?) -> String? {
        guard let url, let r = url.firstRange(of: "://") else { return nil }
        var h = url[r.upperBound...].prefix { $0 != "/" && $0 != ":" && $0 != "?" }
        if h.hasPrefix("www.") { h = h.dropFirst(4) }
        return h.isEmpty ? nil : String(h)
    }
}

extension String {
    fileprivate var replacingUnderscores: String {
        String(map { $0 == "_" ? "-" : $0 }).htmlTrimmed
    }
}
