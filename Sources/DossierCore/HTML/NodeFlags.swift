/// What an element's attributes say about it, worked out once while the tree is built.
struct NodeFlags: OptionSet, Sendable {
    let rawValue: UInt32

    /// class/id words of page furniture: navigation, sharing, related links, ads, cookie notices …
    static let boilerplate = NodeFlags(rawValue: 1 << 0)
    /// class/id words of article text: "article", "story", "content", "body", "post" …
    static let contentWord = NodeFlags(rawValue: 1 << 1)
    /// `hidden`, `style="display:none"` or `visibility:hidden`.
    static let hidden = NodeFlags(rawValue: 1 << 2)
    /// `itemprop="articleBody"` (schema.org microdata).
    static let articleBodyProp = NodeFlags(rawValue: 1 << 3)
    /// class/id words "byline", "author", "writer" …
    static let bylineWord = NodeFlags(rawValue: 1 << 4)
    /// class/id words of furniture that only count on small elements ("caption", "thumbnail", "tags" …).
    static let weakBoilerplate = NodeFlags(rawValue: 1 << 5)
    /// ARIA landmark roles of page furniture (navigation, banner, contentinfo, complementary …).
    static let boilerplateRole = NodeFlags(rawValue: 1 << 6)
    /// `role="main"` or `role="article"`.
    static let mainRole = NodeFlags(rawValue: 1 << 7)
    /// class/id words "comment", "reply", "discussion": reader comments, the worst body poison.
    static let commentWord = NodeFlags(rawValue: 1 << 8)
    /// `rel="author"` links and `itemprop="author"` elements.
    static let authorProp = NodeFlags(rawValue: 1 << 9)
    /// class/id words of dates ("date", "time", "published", "timestamp", "dateline").
    static let dateWord = NodeFlags(rawValue: 1 << 10)
    /// class/id words of headlines and article headers ("headline", "title", "heading").
    static let titleWord = NodeFlags(rawValue: 1 << 11)
    /// class/id words that ask for a sign-in or a subscription, or announce a paywall.
    static let paywallWord = NodeFlags(rawValue: 1 << 12)
    /// class/id words of cookie and consent notices.
    static let cookieWord = NodeFlags(rawValue: 1 << 13)
}
