import Testing

@testable import DossierCore

/// Main-text rules on small pages written for the purpose: each test isolates one rule.
@Suite struct HTMLMainTextTests {
    static let prose = [
        "The ministers met in the capital on Tuesday, and both sides said the talks had gone well, although no agreement was signed.",
        "Officials said a second round would follow next month, after the two delegations had consulted their governments at home.",
        "Observers noted that the meeting was the first of its kind in a decade, and that neither side had set any conditions for it.",
        "A joint statement promised further contacts at the level of deputy ministers, with a focus on trade, transport and energy.",
    ]

    static func page(_ body: String, head: String = "") -> [UInt8] {
        Array(
            "<!DOCTYPE html><html><head><title>Talks | The Daily Test</title>\(head)</head><body>\(body)</body></html>"
                .utf8)
    }

    static var article: String { prose.map { "<p>\($0)</p>" }.joined() }

    @Test func keepsEveryParagraphInOrder() {
        let page = HTMLExtractor.extract(Self.page("<article>\(Self.article)</article>"))
        #expect(page.text == Self.prose.joined(separator: "\n\n"))
        #expect(page.problem == nil)
    }

    @Test func dropsNavigationSidebarFooterAndComments() {
        let html = """
            <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
            <div class="layout">
              <div class="story-body">\(Self.article)</div>
              <aside><p>The sidebar holds a long paragraph of its own, which reads like prose and must not be taken for the article.</p></aside>
              <div class="comments"><p>I think this is a long reader comment, written in full sentences, that is not part of the story at all.</p></div>
            </div>
            <footer><p>Copyright The Daily Test. All rights reserved, and this footer is long enough to look like prose.</p></footer>
            """
        let text = HTMLExtractor.extract(Self.page(html)).text
        #expect(text == Self.prose.joined(separator: "\n\n"))
    }

    @Test func dropsShareButtonsCaptionsAndLinkLists() {
        let html = """
            <div class="article">
              <p>\(Self.prose[0])</p>
              <figure><img src="x.jpg"><figcaption>The ministers before the talks. Photo: Agency</figcaption></figure>
              <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
              <p>\(Self.prose[1])</p>
              <ul><li><a href="/a">Another story about something else entirely</a></li><li><a href="/b">And a second story with a long headline too</a></li></ul>
              <p>\(Self.prose[2])</p>
            </div>
            """
        let text = HTMLExtractor.extract(Self.page(html)).text
        #expect(text == Self.prose.prefix(3).joined(separator: "\n\n"))
    }

    @Test func dropsTeaserCardLists() {
        let card = """
            <div class="card"><h3><a href="/x">A headline of another story that is long enough</a></h3>
            <p>A summary of that other story, written as a full sentence so that it reads just like prose does.</p></div>
            """
        let html =
            "<div class=\"wrap\"><div class=\"main\">\(Self.article)</div><div class=\"list\">\(card)\(card)\(card)</div></div>"
        let text = HTMLExtractor.extract(Self.page(html)).text
        #expect(text == Self.prose.joined(separator: "\n\n"))
    }

    @Test func stateClassesDoNotHideTheArticle() {
        // "has-sidebar" and "has-post-thumbnail" describe the container; they do not make it furniture.
        let html = """
            <div class="post has-sidebar has-post-thumbnail">\(Self.article)</div>
            <div class="sidebar"><p>A sidebar paragraph that is long enough to look like prose, with commas, and a full stop.</p></div>
            """
        let text = HTMLExtractor.extract(Self.page(html)).text
        #expect(text == Self.prose.joined(separator: "\n\n"))
    }

    @Test func keepsSubheadingsFollowedByProseButNotTheHeadline() {
        let html =
            "<article><h1>Talks</h1><p>\(Self.prose[0])</p><h2>What comes next</h2><p>\(Self.prose[1])</p><h2>Share this</h2></article>"
        let text = HTMLExtractor.extract(Self.page(html)).text
        #expect(text == "\(Self.prose[0])\n\nWhat comes next\n\n\(Self.prose[1])")
    }

    @Test func hiddenTextCountsOnlyInsideTheArticleAndNeverTwice() {
        // Metered pages hide the rest of the story; responsive pages hide copies; modals hide anywhere.
        let rest = "The rest of the story is hidden until the reader subscribes, but it is the story all the same."
        let html = """
            <div class="modal-box" hidden><p>A hidden dialog with a long message that reads like prose, asking for a sign-up.</p></div>
            <article>\(Self.article)<div style="display: none"><p>\(Self.prose[0])</p></div>
            <div style="display:none"><p>\(rest)</p></div></article>
            """
        let text = HTMLExtractor.extract(Self.page(html)).text
        #expect(text == (Self.prose + [rest]).joined(separator: "\n\n"))
    }

    @Test func aResultsTableThatIsTheArticleKeepsItsCells() {
        let rows = (1...30).map { "<tr><td>\($0)</td><td>Driver Number \($0)</td><td>\(100 - $0)</td></tr>" }.joined()
        let html = "<div class=\"content\"><p>\(Self.prose[0])</p><table>\(rows)</table><p>\(Self.prose[1])</p></div>"
        let text = HTMLExtractor.extract(Self.page(html)).text
        #expect(text.contains("Driver Number 17\n\n83"))
        // Beside a long story, a small table of figures is not body text.
        let side =
            "<div class=\"content\">\(Self.article)\(Self.article)<table><tr><td>Calories</td><td>702</td></tr></table></div>"
        #expect(!HTMLExtractor.extract(Self.page(side)).text.contains("Calories"))
    }

    @Test func readsLooseTextSeparatedByLineBreaks() {
        let html = "<div id=\"content\">\(Self.prose[0])<br><br>\(Self.prose[1])</div>"
        let text = HTMLExtractor.extract(Self.page(html)).text
        #expect(text == "\(Self.prose[0])\n\n\(Self.prose[1])")
    }
}
