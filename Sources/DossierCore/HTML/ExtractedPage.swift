/// What `HTMLExtractor` finds in one saved web page: the article's metadata and its body text.
public struct ExtractedPage: Sendable, Hashable {
    public var title: String?
    public var authors: [String]
    public var date: PartialDate?
    /// The outlet ("Reuters", "The Korea Times"), not the author.
    public var source: String?
    /// The canonical URL the page declares, else the URL it was read from.
    public var url: String?
    /// A BCP 47 tag as the page declares it ("en", "en-US").
    public var language: String?
    /// The body, paragraphs separated by "\n\n"; empty when the page holds no article text.
    public var text: String
    /// Why `text` is empty ("the page is a cookie wall"); nil when there is text.
    public var problem: String?

    public init(
        title: String? = nil, authors: [String] = [], date: PartialDate? = nil, source: String? = nil,
        url: String? = nil, language: String? = nil, text: String = "", problem: String? = nil
    ) {
        self.title = title
        self.authors = authors
        self.date = date
        self.source = source
        self.url = url
        self.language = language
        self.text = text
        self.problem = problem
    }
}
