/// Reads the words of `class` and `id` attributes ("article-body", "shareBar", "c-nav__item") and
/// says what kind of element they name. Only generic words of page furniture and article text:
/// nothing here names a site.
enum ClassWords {
    /// Flags for one attribute value: each class name ("article-body", "shareBar") is cut into
    /// words at every non-letter, non-digit byte and at lower-to-upper case changes, compared
    /// case-blind. A class name with a modifier word ("has-sidebar", "showCommentsIcon",
    /// "content-and-sidebar") describes a state of the element, not what it is, and counts for
    /// nothing; so does a long list of class names (page-wide feature switches).
    static func flags(_ value: UnsafePointer<UInt8>) -> NodeFlags {
        var flags: NodeFlags = []
        var nameFlags: NodeFlags = []
        var modified = false
        var names = 0
        var hash: UInt64 = fnvBasis
        var length = 0
        var previousLower = false
        var p = value
        while true {
            let c = p.pointee
            let isUpper = c >= 65 && c <= 90
            let isLower = c >= 97 && c <= 122
            let isDigit = c >= 48 && c <= 57
            if length > 0 && (!(isUpper || isLower || isDigit) || (isUpper && previousLower)) {
                if modifierWords.contains(hash) {
                    modified = true
                } else if let f = words[hash] {
                    nameFlags.formUnion(f)
                }
                hash = fnvBasis
                length = 0
            }
            if c == 0 || TextBytes.isSpace(c) {
                if !modified { flags.formUnion(nameFlags) }
                if !nameFlags.isEmpty || modified || previousLower { names += 1 }
                nameFlags = []
                modified = false
            }
            if c == 0 { break }
            if isUpper || isLower || isDigit {
                hash = (hash ^ UInt64(isUpper ? c + 32 : c)) &* fnvPrime
                length += 1
            }
            previousLower = isLower || isDigit
            p += 1
        }
        return names > 10 ? [] : flags
    }

    private static let fnvBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let fnvPrime: UInt64 = 0x100_0000_01b3

    private static func hash(_ word: String) -> UInt64 {
        var h = fnvBasis
        for c in word.utf8 { h = (h ^ UInt64(c)) &* fnvPrime }
        return h
    }

    /// Words that name furniture whatever its size.
    static let boilerplateWords = [
        "nav", "navbar", "navigation", "menu", "menus", "footer", "sidebar", "aside", "share",
        "shares", "sharing", "sharebar", "social", "socials", "related", "recommended", "recommendations",
        "recirc", "recirculation", "promo", "promos", "promotion", "advert", "advertisement", "adverts",
        "ad", "ads", "adslot", "adunit", "advertising", "sponsor", "sponsored", "banner", "breadcrumb",
        "breadcrumbs", "widget", "widgets", "toolbar", "pagination", "pager", "trending", "popular",
        "mostread", "outbrain", "taboola", "newsletter", "newsletters", "signup", "popup", "modal",
        "overlay", "masthead", "donate", "donation", "feedback", "dropdown", "flyout", "drawer",
        "tooltip", "toast", "upsell", "upsells",
    ]
    /// Words that name furniture only on small elements: on a big one they are a modifier
    /// ("has-post-thumbnail", "with-video", "show-tags") of a container that may hold the article.
    /// "readmore", "subscriber" and "premium" are not here: they wrap collapsed or metered article text.
    static let weakBoilerplateWords = [
        "tags", "tagged", "print", "skip", "jump", "tools", "utility", "rail", "more", "links", "topics",
        "disclaimer", "follow", "email", "hidden", "offscreen", "sr", "cta", "teaser", "teasers",
        "carousel", "slideshow", "gallery", "video", "podcast", "playlist", "copyright", "legal",
        "login", "signin", "search", "alert", "notification", "caption", "captions", "credit", "credits",
        "figcaption", "photo", "image", "img", "media", "figure", "picture", "thumbnail", "byline",
        "bylines", "author", "authors", "writer", "writers", "contributor", "contributors", "reporter",
        "date", "dateline", "timestamp", "published", "pubdate", "posted", "updated", "datetime", "meta",
        "info", "subscribe", "subscription", "paywall", "regwall",
    ]
    static let commentWords = [
        "comment", "comments", "commentlist", "reply", "replies", "discussion", "disqus", "respond",
    ]
    static let contentWords = [
        "article", "articles", "body", "content", "contents", "entry", "main", "post", "story", "text",
        "blog", "hentry", "prose", "richtext", "copy", "news", "articlebody", "storybody", "postbody",
        "entrycontent", "postcontent", "articlecontent", "maincontent", "storytext", "paragraph",
    ]
    static let bylineWords = [
        "byline", "bylines", "author", "authors", "writer", "writers", "contributor", "contributors", "reporter",
    ]
    static let dateWords = [
        "date", "dateline", "time", "timestamp", "published", "pubdate", "posted", "updated", "datetime",
    ]
    static let titleWords = ["headline", "title", "heading"]
    static let paywallWords = ["paywall", "subscribe", "subscription", "subscriber", "premium", "meter", "regwall"]
    static let cookieWords = ["cookie", "cookies", "consent", "gdpr", "cmp", "privacy"]

    static let modifiers = [
        "has", "with", "without", "no", "not", "show", "hide", "enable", "enabled", "disable", "disabled",
        "allow", "open", "closed", "and", "is", "use", "toggle", "filter", "expose",
    ]
    private static let modifierWords = Set(modifiers.map(hash))

    private static let words: [UInt64: NodeFlags] = {
        var table: [UInt64: NodeFlags] = [:]
        func add(_ list: [String], _ flag: NodeFlags) {
            for w in list { table[hash(w), default: []].formUnion(flag) }
        }
        add(boilerplateWords, .boilerplate)
        add(commentWords, [.boilerplate, .commentWord])
        add(contentWords, .contentWord)
        add(bylineWords, .bylineWord)
        add(weakBoilerplateWords, .weakBoilerplate)
        add(dateWords, .dateWord)
        add(titleWords, .titleWord)
        add(paywallWords, .paywallWord)
        add(cookieWords, [.boilerplate, .cookieWord])
        return table
    }()
}
