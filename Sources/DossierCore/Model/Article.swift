/// One article as a reader delivers it: metadata (any of which may be missing) and plain text whose
/// paragraphs are separated by blank lines.
public struct Article: Sendable, Hashable {
    /// The file it came from, as given on the command line or found in a folder.
    public var file: String
    /// Its position among the articles of that file (0 for a file with one article).
    public var ordinal: Int
    public var title: String?
    /// The outlet ("Yonhap", "Korea Times").
    public var source: String?
    public var authors: [String]
    public var date: PartialDate?
    public var url: String?
    public var language: String?
    public var text: String

    public init(
        file: String, ordinal: Int = 0, title: String? = nil, source: String? = nil, authors: [String] = [],
        date: PartialDate? = nil, url: String? = nil, language: String? = nil, text: String
    ) {
        self.file = file
        self.ordinal = ordinal
        self.title = title
        self.source = source
        self.authors = authors
        self.date = date
        self.url = url
        self.language = language
        self.text = text
    }
}

/// What a reader hands to the pipeline: text with whatever metadata the container gave. The
/// pipeline may split one document into several articles (a blog collage of excerpts).
public struct SourceDocument: Sendable {
    public var file: String
    /// Metadata known from the container (HTML meta tags, a JSON field, an SGML header).
    public var metadata: Article
    /// True when the text may hold several articles that segmentation should split.
    public var mayHoldSeveral: Bool

    public init(file: String, metadata: Article, mayHoldSeveral: Bool) {
        self.file = file
        self.metadata = metadata
        self.mayHoldSeveral = mayHoldSeveral
    }
}
