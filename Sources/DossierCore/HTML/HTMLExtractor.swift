/// Main text and metadata of a saved web page.
public enum HTMLExtractor {
    /// Everything the page tells about its article. Never fails: a page without article text
    /// gives empty `text` and a `problem` saying why.
    public static func extract(_ bytes: [UInt8], url: String? = nil) -> ExtractedPage {
        guard let tree = PageParser.parse(bytes, url: url) else {
            return ExtractedPage(url: url, problem: bytes.isEmpty ? "the file is empty" : "the file holds no HTML")
        }
        let main = MainText(tree)
        let root = main.container()
        let meta = PageMetadata(tree, url: url)
        var page = ExtractedPage(
            title: meta.title, authors: meta.authors, date: meta.date, source: meta.source, url: meta.url,
            language: meta.language)
        if let root {
            page.text = main.text(under: root)
        }
        // Pages whose text a script fills in often still carry the article in their JSON-LD.
        if page.text.isEmpty, let body = meta.articleBody, body.count >= 100 {
            page.text = body
        }
        if page.text.isEmpty { page.problem = EmptyPageReason.explain(tree) }
        return page
    }
}
