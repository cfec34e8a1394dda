import Testing

@testable import DossierCore

@Suite("RSS and Atom feeds")
struct ReaderFeedTests {
    @Test func rss2WithContentEncodedAndDublinCore() throws {
        let rss = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel>
              <title>Korea Example Herald</title>
              <language>en-us</language>
              <item>
                <title>Moon, Putin hold summit in Moscow</title>
                <link>https://example.com/moon-putin</link>
                <description>Short summary.</description>
                <content:encoded><![CDATA[<p>President Moon Jae-in held talks with Vladimir Putin.</p><script>track()</script><p>They agreed to <b>expand</b> cooperation.</p>]]></content:encoded>
                <pubDate>Fri, 22 Jun 2018 17:30:00 +0900</pubDate>
                <dc:creator>Kim Soo-yeon</dc:creator>
              </item>
              <item>
                <title>Headline only &amp; nothing else</title>
                <guid isPermaLink="true">https://example.com/2</guid>
              </item>
              <item><description></description></item>
            </channel>
            </rss>
            """
        let result = readText(rss, as: "feed.xml")
        #expect(result.format == "rss")
        #expect(result.documentCount == 2)
        let a = result.documents[0].metadata
        #expect(a.title == "Moon, Putin hold summit in Moscow")
        #expect(a.source == "Korea Example Herald")
        #expect(a.language == "en-us")
        #expect(a.url == "https://example.com/moon-putin")
        #expect(a.date?.iso == "2018-06-22")
        #expect(a.authors == ["Kim Soo-yeon"])
        #expect(a.text == "President Moon Jae-in held talks with Vladimir Putin.\n\nThey agreed to expand cooperation.")
        let b = result.documents[1].metadata
        #expect(b.title == "Headline only & nothing else")
        #expect(b.text == "Headline only & nothing else")
        #expect(b.url == "https://example.com/2")
        #expect(result.problems == ["item 3: no title or text; skipped"])
    }

    @Test func atomWithHTMLAndXHTMLContent() throws {
        let atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
              <title>Example Wire</title>
              <entry>
                <title type="html">Kim &lt;em&gt;visits&lt;/em&gt; Beijing</title>
                <link rel="alternate" href="https://example.org/kim-beijing"/>
                <link rel="self" href="https://example.org/self"/>
                <published>2018-03-28T09:00:00Z</published>
                <updated>2018-03-29T09:00:00Z</updated>
                <author><name>Jane Doe</name></author>
                <author><name>John Roe</name></author>
                <content type="html">&lt;p&gt;Kim Jong-un made a surprise visit.&lt;/p&gt;&lt;p&gt;Xi hosted him.&lt;/p&gt;</content>
              </entry>
              <entry>
                <title>Second</title>
                <updated>2018-04</updated>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>One.</p><p>Two.</p></div></content>
              </entry>
            </feed>
            """
        let result = readText(atom, as: "atom.txt")  // content decides, not the name
        #expect(result.format == "atom")
        let a = try #require(result.documents.first).metadata
        #expect(a.title == "Kim visits Beijing")
        #expect(a.url == "https://example.org/kim-beijing")
        #expect(a.date?.iso == "2018-03-28")
        #expect(a.authors == ["Jane Doe", "John Roe"])
        #expect(a.language == "en")
        #expect(a.source == "Example Wire")
        #expect(a.text == "Kim Jong-un made a surprise visit.\n\nXi hosted him.")
        let b = result.documents[1].metadata
        #expect(b.text == "One.\n\nTwo.")
        #expect(b.date?.iso == "2018-04")
    }

    @Test func malformedXMLKeepsWhatRecovers() throws {
        let broken = """
            <rss version="2.0"><channel><title>T</title>
            <item><title>Good one</title><description>Fine text.</description></item>
            <item><title>Bad one</title><description>Unclosed <b>bold</description></item>
            """
        let result = readText(broken, as: "broken.rss")
        #expect(result.documents.first?.metadata.text == "Fine text.")
        #expect(result.problems.first?.hasPrefix("malformed XML at line") == true)
        #expect(result.fatal == nil)
    }

    @Test func xmlThatIsNotAFeed() {
        #expect(
            readText("<?xml version=\"1.0\"?><catalog><book/></catalog>", as: "books.xml").fatal
                == "XML with root <catalog> is neither RSS nor Atom")
        #expect(
            readText("<?xml version=\"1.0\"?><rss><channel><title>Empty</title></channel></rss>", as: "e.xml").fatal
                == "no articles found (1 problems)")
    }

    @Test func externalEntitiesAreNotFetched() {
        // NONET and no entity substitution: an XXE payload is neither read nor fetched.
        let xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <rss><channel><item><title>T</title><description>before &x; after</description></item></channel></rss>
            """
        let text = readText(xxe, as: "x.xml").documents.first?.metadata.text ?? ""
        #expect(!text.contains("root:"))
    }

    @Test func htmlFragmentHelper() {
        #expect(
            HTMLFragment.plainText("<div>Hello <i>world</i><br/>Next line</div><ul><li>a</li><li>b</li></ul>")
                == "Hello world\n\nNext line\n\na\n\nb")
        #expect(HTMLFragment.plainText("Plain &amp; simple &#8212; text") == "Plain & simple — text")
        #expect(HTMLFragment.plainText("<p>unclosed <b>bold <p>next") == "unclosed bold\n\nnext")
        #expect(HTMLFragment.plainText("") == "")
    }
}

@Suite("Readers from several threads")
struct ReaderConcurrencyTests {
    @Test func feedsAndFragmentsParseConcurrently() async {
        let rss =
            "<rss><channel><title>T</title><item><title>A</title><description>&lt;p&gt;One.&lt;/p&gt;&lt;p&gt;Two.&lt;/p&gt;</description></item></channel></rss>"
        let texts = await withTaskGroup(of: String.self) { group in
            for _ in 0..<16 {
                group.addTask { readText(rss, as: "f.xml").documents.first?.metadata.text ?? "" }
            }
            var out: [String] = []
            for await t in group { out.append(t) }
            return out
        }
        #expect(texts == Array(repeating: "One.\n\nTwo.", count: 16))
    }
}
