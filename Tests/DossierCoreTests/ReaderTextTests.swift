import Foundation
import Testing

@testable import DossierCore

@Suite("Plain text and Markdown readers")
struct ReaderTextTests {
    @Test func oneParagraphPerLineBecomesBlankLineSeparated() throws {
        let text = """
            President Moon arrived in Moscow on Thursday for a three-day state visit that will include a summit with President Putin.
            The two leaders are expected to discuss economic cooperation and the denuclearization of the Korean Peninsula, officials said.
            (Yonhap)
            """
        let result = readText(text, as: "seed.txt")
        let doc = try #require(result.documents.first)
        #expect(doc.mayHoldSeveral)
        #expect(doc.metadata.text.components(separatedBy: "\n\n").count == 3)
        #expect(doc.metadata.text.hasSuffix("officials said.\n\n(Yonhap)"))
    }

    @Test func hardWrappedLinesAreJoinedAndIndentsStartParagraphs() throws {
        let text = """
            SEOUL, March 3 - South Korea's foreign minister said on Tuesday
            that talks with the North would resume next month, after a pause
            of almost a year.
                The minister gave no date for the first meeting, which he said
            would be held at the border village of Panmunjom.
                        Exports     1,200     1,100
            """
        let body = try #require(readText(text, as: "wire.txt").documents.first?.metadata.text)
        let paragraphs = body.components(separatedBy: "\n\n")
        #expect(paragraphs.count == 3)
        #expect(
            paragraphs[0]
                == "SEOUL, March 3 - South Korea's foreign minister said on Tuesday that talks with the North would resume next month, after a pause of almost a year."
        )
        #expect(paragraphs[1].hasPrefix("The minister gave no date"))
        #expect(paragraphs[2] == "Exports 1,200 1,100")
    }

    @Test func headerBlockFillsMetadata() throws {
        let text = """
            Title: Kremlin says no plans for Putin-Kim summit
            Date: 2018-03-28
            Source: UPI
            URL: https://example.com/story
            Author: By Jane Doe and John Roe

            Russia said on Wednesday there were no plans for a meeting.
            """
        let doc = try #require(readText(text, as: "a.txt").documents.first).metadata
        #expect(doc.title == "Kremlin says no plans for Putin-Kim summit")
        #expect(doc.date?.iso == "2018-03-28")
        #expect(doc.source == "UPI")
        #expect(doc.url == "https://example.com/story")
        #expect(doc.authors == ["Jane Doe", "John Roe"])
        #expect(doc.text == "Russia said on Wednesday there were no plans for a meeting.")
    }

    @Test func headerLikeLineInsideTheStoryStaysText() throws {
        let text = "Talks resumed on Monday.\nSource: a senior official in Seoul.\n"
        let doc = try #require(readText(text, as: "a.txt").documents.first).metadata
        #expect(doc.source == nil)
        #expect(doc.text.contains("Source: a senior official"))
    }

    @Test func crlfAndFormFeeds() throws {
        let doc = try #require(
            readText("First line of the story.\r\n\u{0C}\r\nSecond.\r\n", as: "a.txt").documents.first
        ).metadata
        #expect(doc.text == "First line of the story.\n\nSecond.")
    }

    @Test func unknownExtensionIsRefusedButNoExtensionIsText() {
        #expect(
            readText("<!ENTITY % x \"y\">", as: "lewis.dtd").fatal
                == "unknown file type .dtd (--format text reads it as text)")
        #expect(readText("Plain words.", as: "story").format == "text")
        #expect(readText("Plain words.", as: "story.2018").format == "text")
        #expect(readText("Plain words.", as: "lewis.dtd", options: ReaderOptions(format: "text")).documentCount == 1)
    }

    @Test func markdownFrontMatterAndMarkup() throws {
        let md = """
            ---
            title: "Moon visits Moscow"
            date: 2018-06-21
            authors:
              - Kim Soo-yeon
              - Lee Min-ho
            source: Yonhap
            ---
            # Ignored heading because front matter gave a title

            South Korean President **Moon Jae-in** arrived in [Moscow](https://en.wikipedia.org/wiki/Moscow)
            on Thursday. ![photo](moon.jpg)

            > "We will work together," Putin said.

            - first point with `code`
            - second_point stays

            ```swift
            let notProse = true
            ```
            """
        let doc = try #require(readText(md, as: "post.md").documents.first).metadata
        #expect(doc.title == "Moon visits Moscow")
        #expect(doc.date?.iso == "2018-06-21")
        #expect(doc.authors == ["Kim Soo-yeon", "Lee Min-ho"])
        #expect(doc.source == "Yonhap")
        let paragraphs = doc.text.components(separatedBy: "\n\n")
        #expect(paragraphs.contains("Ignored heading because front matter gave a title"))
        #expect(paragraphs.contains("South Korean President Moon Jae-in arrived in Moscow on Thursday."))
        #expect(paragraphs.contains("\"We will work together,\" Putin said."))
        #expect(paragraphs.contains("first point with code"))
        #expect(paragraphs.contains("second_point stays"))
        #expect(!doc.text.contains("notProse"))
        #expect(!doc.text.contains("photo"))
    }

    @Test func markdownHeadingGivesTheTitle() throws {
        let doc = try #require(readText("# Summit in Singapore\n\nKim and Trump met.\n", as: "a.md").documents.first)
            .metadata
        #expect(doc.title == "Summit in Singapore")
        #expect(doc.text == "Kim and Trump met.")
    }

    @Test func largeSingleLineFileIsStreamedAndCut() throws {
        // 20 MB on one line: the streaming path keeps the first maxDocumentBytes and says so.
        var line = [UInt8]()
        line.reserveCapacity(20 << 20)
        let word = Array("summit ".utf8)
        while line.count < 20 << 20 { line += word }
        let folder = TempFolder()
        defer { folder.remove() }
        let path = folder.write("huge.txt", line)
        var count = 0
        var longest = 0
        let result = ReaderRegistry.standard.read(path: path) { doc in
            count += 1
            longest = max(longest, doc.metadata.text.utf8.count)
        }
        #expect(result.fatal == nil)
        #expect(count == 1)
        #expect(longest <= ReaderOptions().maxDocumentBytes)
        #expect(longest > ReaderOptions().maxDocumentBytes - 100)
        #expect(result.problems == ["line 1: \(formatBytes(line.count)) with no line break; kept the first 4 MB"])
        #expect(result.fileBytes == line.count)
    }

    @Test func longTextIsHandedOnInPartsAtParagraphBreaks() {
        var options = ReaderOptions()
        options.maxDocumentBytes = 1000
        var text = ""
        for i in 0..<100 { text += "Paragraph \(i) of a long file of many stories.\n\n" }
        let result = readText(text, as: "long.txt", options: options)
        #expect(result.documentCount > 3)
        #expect(result.documents.allSatisfy { $0.metadata.text.utf8.count <= 2 * options.maxDocumentBytes })
        let joined = result.documents.map(\.metadata.text).joined(separator: "\n\n")
        #expect(joined.components(separatedBy: "\n\n").count == 100)
        #expect(result.documents.map(\.metadata.ordinal) == Array(0..<result.documentCount))
        #expect(result.problems.count == 1)
    }
}

@Suite("Paragraph layout")
struct ReaderParagraphTests {
    @Test func shortLinesThatEachEndASentenceStayApart() {
        var b = ParagraphBuilder()
        b.add(
            text: Substring(
                "Putin and Kim to meet in Vladivostok next week. (TASS)\nKremlin confirms the date of the summit in April. (RIA)\n"
            ))
        #expect(
            b.take()
                == "Putin and Kim to meet in Vladivostok next week. (TASS)\n\nKremlin confirms the date of the summit in April. (RIA)"
        )
    }

    @Test func twoWrappedLinesJoin() {
        var b = ParagraphBuilder()
        b.add(
            text: Substring(
                "Comissaria Smith said there is still some doubt as to how\nmuch old crop cocoa is still available.\n"))
        #expect(
            b.take()
                == "Comissaria Smith said there is still some doubt as to how much old crop cocoa is still available.")
    }
}
