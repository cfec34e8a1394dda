/// The text pipeline: segmentation of a document into articles, then sentences, tokens, mentions,
/// entities, events and quotes for each article.
public struct Pipeline: Sendable {
    public init() {}

    /// Splits `document` into articles (when it may hold several) and analyzes each.
    public func analyze(_ document: SourceDocument) -> [Analysis] {
        var article = document.metadata
        article.file = document.file
        return [analyze(article)]
    }

    /// Analyzes one article as it is.
    public func analyze(_ article: Article) -> Analysis {
        // Placeholder until the extraction lands: capitalised word runs as organizations.
        var sentences: [SentenceSpan] = []
        let bytes = Array(article.text.utf8)
        var start = 0
        for (i, b) in bytes.enumerated() where b == UInt8(ascii: ".") || b == UInt8(ascii: "\n") {
            if i > start { sentences.append(SentenceSpan(start: start, end: i + 1, paragraph: 0)) }
            start = i + 1
        }
        if start < bytes.count { sentences.append(SentenceSpan(start: start, end: bytes.count, paragraph: 0)) }
        return Analysis(article: article, sentences: sentences)
    }
}
