/// Reads one saved web page (bytes already gunzipped) as one article.
public struct HTMLReader: DocumentReader {
    public init() {}

    public var format: String { "html" }

    public func read(_ bytes: [UInt8], file: String, options: ReaderOptions) throws -> ReaderResult {
        let page = HTMLExtractor.extract(bytes)
        guard !page.text.isEmpty else {
            // Messages leave the file name to the caller, which puts it in front.
            throw ReaderError(page.problem ?? "the page has no article text")
        }
        let article = Article(
            file: file, title: page.title, source: page.source, authors: page.authors, date: page.date,
            url: page.url, language: page.language, text: page.text)
        return ReaderResult(documents: [SourceDocument(file: file, metadata: article, mayHoldSeveral: false)])
    }
}
