import Testing

@testable import DossierCore

/// Metadata: the source order (JSON-LD, then meta tags, then the page) and each clean-up rule.
@Suite struct HTMLMetadataTests {
    static let body = "<article>" + HTMLMainTextTests.prose.map { "<p>\($0)</p>" }.joined() + "</article>"

    static func page(head: String, body: String = body) -> [UInt8] {
        Array("<html lang=\"en-GB\"><head>\(head)</head><body>\(body)</body></html>".utf8)
    }

    static let jsonLD = """
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Page name"},
        {"@type":"NewsArticle","headline":"Headline from JSON-LD","datePublished":"2023-05-04T10:00:00+02:00",
         "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}],
         "publisher":{"@type":"Organization","name":"The Daily Test"}}]}</script>
        """
    static let metas = """
        <meta property="og:title" content="Headline from Open Graph"><meta name="author" content="Meta Author">
        <meta property="article:published_time" content="2022-01-02"><meta property="og:site_name" content="Test Site">
        <link rel="canonical" href="https://example.org/2021/03/04/story">
        """
    static let onPage = """
        <title>Headline from the title tag | Test Site</title>
        """
    static let byline = "<div class=\"byline\">By Page Author</div><time datetime=\"2020-07-08\">July 8</time>"

    @Test func jsonLDComesFirst() {
        let p = HTMLExtractor.extract(
            Self.page(head: Self.jsonLD + Self.metas + Self.onPage, body: Self.byline + Self.body))
        #expect(p.title == "Headline from JSON-LD")
        #expect(p.authors == ["Jane Doe", "John Roe"])
        #expect(p.date?.iso == "2023-05-04")
        #expect(p.source == "The Daily Test")
        #expect(p.url == "https://example.org/2021/03/04/story")
        #expect(p.language == "en-GB")
    }

    @Test func metaTagsComeSecond() {
        let p = HTMLExtractor.extract(Self.page(head: Self.metas + Self.onPage, body: Self.byline + Self.body))
        #expect(p.title == "Headline from Open Graph")
        #expect(p.authors == ["Meta Author"])
        #expect(p.date?.iso == "2022-01-02")
        #expect(p.source == "Test Site")
    }

    @Test func thePageComesLast() {
        let p = HTMLExtractor.extract(Self.page(head: Self.onPage, body: Self.byline + Self.body))
        #expect(p.title == "Headline from the title tag")
        #expect(p.authors == ["Page Author"])
        #expect(p.date?.iso == "2020-07-08")
    }

    @Test func aPersonOnThePageBeatsAnOrganizationInJSONLD() {
        let head = """
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"H",
            "author":{"@type":"Organization","name":"Test Site"},"publisher":{"@type":"Organization","name":"Test Site"}}</script>
            """
        let p = HTMLExtractor.extract(
            Self.page(head: head, body: "<h1>H</h1><p>By <a href=\"/jd\">Jane Doe</a></p>" + Self.body))
        #expect(p.authors == ["Jane Doe"])
        // The outlet alone is no author.
        let q = HTMLExtractor.extract(Self.page(head: head, body: Self.body))
        #expect(q.authors.isEmpty)
    }

    @Test func relativeCanonicalLinksAreResolved() {
        let head =
            "<link rel=\"canonical\" href=\"/news/story\"><meta property=\"og:url\" content=\"https://example.org/news/story?x=1\">"
        #expect(HTMLExtractor.extract(Self.page(head: head)).url == "https://example.org/news/story")
        #expect(
            PageMetadata.resolve("//cdn.example.org/a", against: "https://example.org/") == "https://cdn.example.org/a")
    }

    @Test func theURLGivesADateWhenNothingElseDoes() {
        let p = HTMLExtractor.extract(
            Self.page(head: "<link rel=\"canonical\" href=\"https://example.org/news/2019/11/20/story.html\">"))
        #expect(p.date?.iso == "2019-11-20")
    }

    @Test func theShownHeadlineWinsWhenAMetaTitleConfirmsIt() {
        let head = "<meta property=\"og:title\" content=\"Talks resume in the capital - Test Site\">"
        let p = HTMLExtractor.extract(Self.page(head: head, body: "<h1>Talks resume in the capital</h1>" + Self.body))
        #expect(p.title == "Talks resume in the capital")
    }

    @Test(arguments: [
        ("By Jane Doe and John Roe, The Daily Test", ["Jane Doe", "John Roe"]),
        ("By JANE DOE | Updated December 2, 2023", ["JANE DOE"]),
        ("Written by Jane Doe, Staff Writer", ["Jane Doe"]),
        ("Jane Doe & John Roe", ["Jane Doe", "John Roe"]),
        ("Associated Press", ["Associated Press"]),
        ("Jane Doe, Reuters", ["Jane Doe"]),
        ("By @janedoe", []),
        ("https://www.facebook.com/janedoe", []),
        ("Jane Doe MS, RDN", ["Jane Doe"]),
        ("Jane Doe The Associated Press", ["Jane Doe"]),
        ("Jane Doe, (Image: Agency)", ["Jane Doe"]),
        ("By John Roe Jr.", ["John Roe Jr."]),
        ("The Daily Test", []),
    ])
    func authorCleanUp(byline: String, expected: [String]) {
        #expect(AuthorNames.clean([byline], outlet: "The Daily Test") == expected)
    }

    @Test(arguments: [
        ("2023-12-22T18:00:00-05:00", "2023-12-22"),
        ("2023-12-22", "2023-12-22"),
        ("2023/12/22", "2023-12-22"),
        ("20231222", "2023-12-22"),
        ("Fri, 22 Dec 2023 18:00:00 GMT", "2023-12-22"),
        ("December 22, 2023", "2023-12-22"),
        ("Dec. 22, 2023 at 8:48 p.m.", "2023-12-22"),
        ("22nd December 2023", "2023-12-22"),
        ("Published 12/22/2023", "2023-12-22"),
        ("22/12/2023", "2023-12-22"),
        ("December 2023", "2023-12"),
    ])
    func dateFormats(text: String, iso: String) {
        #expect(DateText.parse(text)?.iso == iso)
    }

    @Test func datesInURLs() {
        #expect(DateText.fromURL("https://example.org/2023/12/22/story")?.iso == "2023-12-22")
        #expect(DateText.fromURL("https://example.org/news/2023-12-22-story")?.iso == "2023-12-22")
        #expect(DateText.fromURL("https://example.org/article/12345/story") == nil)
    }

    @Test(arguments: [
        ("Talks resume in the capital | Test Site", "Talks resume in the capital"),
        ("Talks resume in the capital - Test Site", "Talks resume in the capital"),
        ("Test Site: Talks resume", "Test Site: Talks resume"),
        ("Test Site | Talks resume in the capital", "Talks resume in the capital"),
        ("Talks resume in the capital – World – Other Paper", "Talks resume in the capital – World"),
        ("Short - title", "Short - title"),
    ])
    func titleSiteSuffix(title: String, expected: String) {
        #expect(TitleText.strip(title, siteNames: ["Test Site", "example.org"]) == expected)
    }

    @Test func lenientJSONLD() {
        // Trailing commas, a raw newline in a string and a CDATA wrapper are all common.
        let script = Array(
            "//<![CDATA[\n{\"@type\": \"Article\", \"headline\": \"Line one\nline two\", \"author\": \"Jane Doe\",}\n//]]>"
                .utf8)
        let ld = JSONLDArticle(scripts: [script])
        #expect(ld.headline == "Line one line two")
        #expect(ld.authors == ["Jane Doe"])
    }
}
