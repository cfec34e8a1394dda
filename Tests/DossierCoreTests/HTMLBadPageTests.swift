import Testing

@testable import DossierCore

/// Pages as they arrive in the wild: wrong charset, cut short, empty, walled, huge.
@Suite struct HTMLBadPageTests {
    @Test func windows1252DeclaredInAMetaTag() {
        // "Café “talks”" in windows-1252: é = E9, “ = 93, ” = 94.
        var bytes = Array("<html><head><meta charset=\"windows-1252\"><title>T</title></head><body><article><p>".utf8)
        let sentence =
            "The caf\u{E9} hosted \u{201C}talks\u{201D} on Tuesday, and both sides said they had gone well, although nothing was signed."
        for scalar in sentence.unicodeScalars {
            switch scalar.value {
            case 0xE9: bytes.append(0xE9)
            case 0x201C: bytes.append(0x93)
            case 0x201D: bytes.append(0x94)
            default: bytes.append(UInt8(scalar.value))
            }
        }
        bytes += Array("</p></article></body></html>".utf8)
        #expect(HTMLExtractor.extract(bytes).text == sentence)
    }

    @Test func iso88591DeclaredInHTTPEquiv() {
        var bytes = Array(
            "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"></head><body><p>"
                .utf8)
        bytes +=
            Array("Sm".utf8) + [0xF6] + Array("rg".utf8) + [0xE5]
            + Array("sbord is served, and the delegations, which had travelled far, ate well.".utf8)
        bytes += Array("</p></body></html>".utf8)
        #expect(HTMLExtractor.extract(bytes).text.hasPrefix("Smörgåsbord is served"))
    }

    @Test func utf8PageThatClaimsLatin1StaysUTF8() {
        let sentence = "Smörgåsbord is served, and the delegations, which had travelled far, ate well that evening."
        let bytes = Array("<html><head><meta charset=\"iso-8859-1\"></head><body><p>\(sentence)</p></body></html>".utf8)
        #expect(HTMLExtractor.extract(bytes).text == sentence)
    }

    @Test func truncatedPageGivesTheTextThereIs() {
        let full =
            "<html><head><title>T</title></head><body><article>"
            + HTMLMainTextTests.prose.map { "<p>\($0)</p>" }.joined()
        let cut = Array(full.utf8.prefix(full.utf8.count - 40))
        let text = HTMLExtractor.extract(cut).text
        #expect(text.hasPrefix(HTMLMainTextTests.prose[0]))
        #expect(text.contains(HTMLMainTextTests.prose[2]))
    }

    @Test func emptyFileAndEmptyBody() {
        #expect(HTMLExtractor.extract([]).problem == "the file is empty")
        let page = HTMLExtractor.extract(Array("<html><head><title>Nothing</title></head><body></body></html>".utf8))
        #expect(page.text.isEmpty)
        #expect(page.problem?.contains("no visible text") == true)
        #expect(page.title == "Nothing")
    }

    @Test func cookieWallSaysSo() {
        let html = """
            <html><body><div class="cookie-consent"><p>We use cookies to improve your experience on our website. By continuing
            to browse, you agree to our use of cookies.</p><button>Accept all</button></div></body></html>
            """
        let page = HTMLExtractor.extract(Array(html.utf8))
        #expect(page.text.isEmpty)
        #expect(page.problem?.contains("cookie wall") == true)
        #expect(throws: ReaderError.self) {
            try HTMLReader().read(Array(html.utf8), file: "wall.html", options: ReaderOptions())
        }
    }

    @Test func scriptOnlyPageFallsBackToJSONLDBody() {
        let html = """
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"H",
            "articleBody":"First paragraph of the story, long enough to count as one.\\nSecond paragraph of the story, also long enough."}
            </script></head><body><div id="app"></div></body></html>
            """
        let page = HTMLExtractor.extract(Array(html.utf8))
        #expect(
            page.text
                == "First paragraph of the story, long enough to count as one.\n\nSecond paragraph of the story, also long enough."
        )
    }

    @Test func twentyMegabytePage() {
        // Generated here, never committed: an article followed by a very long comment-free tail of prose.
        var html = "<html><head><title>Huge</title></head><body><article>"
        let paragraph = "<p>" + HTMLMainTextTests.prose.joined(separator: " ") + "</p>\n"
        let count = 20_000_000 / paragraph.utf8.count
        html.reserveCapacity(20_100_000)
        for _ in 0..<count { html += paragraph }
        html += "<p>The very last paragraph, which must be there too, ends here.</p></article></body></html>"
        let bytes = Array(html.utf8)
        #expect(bytes.count >= 20_000_000)
        let page = HTMLExtractor.extract(bytes)
        #expect(page.text.hasPrefix(HTMLMainTextTests.prose[0]))
        #expect(page.text.hasSuffix("The very last paragraph, which must be there too, ends here."))
    }

    @Test func deeplyNestedPage() {
        // libxml2 stops at 256 levels unless told otherwise; page builders nest far deeper.
        let sentence = "Deep in the markup, a sentence with commas, and a proper ending, still counts as the article."
        let html =
            "<html><body>" + String(repeating: "<div>", count: 5000) + "<p>\(sentence)</p>"
            + String(repeating: "</div>", count: 5000) + "</body></html>"
        #expect(HTMLExtractor.extract(Array(html.utf8)).text == sentence)
    }

    @Test func readerFillsTheArticle() throws {
        let html = HTMLMetadataTests.page(head: HTMLMetadataTests.jsonLD)
        let result = try HTMLReader().read(html, file: "story.html", options: ReaderOptions())
        #expect(result.documents.count == 1)
        let doc = result.documents[0]
        #expect(doc.mayHoldSeveral == false)
        #expect(doc.metadata.title == "Headline from JSON-LD")
        #expect(doc.metadata.authors == ["Jane Doe", "John Roe"])
        #expect(doc.metadata.date?.iso == "2023-05-04")
        #expect(doc.metadata.source == "The Daily Test")
        #expect(doc.metadata.text == HTMLMainTextTests.prose.joined(separator: "\n\n"))
        #expect(HTMLReader().format == "html")
    }
}
