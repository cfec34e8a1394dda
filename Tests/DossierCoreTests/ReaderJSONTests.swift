import Testing

@testable import DossierCore

@Suite("JSON Lines and JSON readers")
struct ReaderJSONTests {
    @Test func jsonLinesWithCommonFieldNamesAndABadLine() throws {
        let jsonl = """
            {"title": "Putin and Kim meet", "body": "Vladimir Putin met Kim Jong-un in Vladivostok.", "published": "2019-04-25T10:00:00+10:00", "url": "https://example.com/1", "source": {"id": "x", "name": "Example News"}, "authors": ["Jane Doe", {"name": "John Roe"}]}
            {"headline": "Second", "content": "<p>First paragraph.</p><p>Second &amp; last.</p>", "pubDate": "Thu, 25 Apr 2019 08:00:00 GMT", "byline": "By Ann Lee, Reuters"}

            {"title": "broken", "text": "no closing brace"
            ["not", "an", "object"]
            {"title": "no text here"}
            {"text": "Epoch dated.", "timestamp": 1556150400}
            """
        let result = readText(jsonl, as: "news.jsonl")
        #expect(result.format == "jsonl")
        #expect(result.documentCount == 3)
        let a = result.documents[0].metadata
        #expect(a.title == "Putin and Kim meet")
        #expect(a.text == "Vladimir Putin met Kim Jong-un in Vladivostok.")
        #expect(a.date?.iso == "2019-04-25")
        #expect(a.url == "https://example.com/1")
        #expect(a.source == "Example News")
        #expect(a.authors == ["Jane Doe", "John Roe"])
        let b = result.documents[1].metadata
        #expect(b.title == "Second")
        #expect(b.text == "First paragraph.\n\nSecond & last.")
        #expect(b.date?.iso == "2019-04-25")
        #expect(b.authors == ["Ann Lee"])
        #expect(result.documents[2].metadata.date?.iso == "2019-04-25")
        #expect(result.documents.map(\.metadata.ordinal) == [0, 1, 2])
        #expect(result.problems.count == 3)
        #expect(result.problems[0] == "line 4: not JSON: expected ',' or '}' but found the end at column 47")
        #expect(result.problems[1] == "line 5: an array, not an object")
        #expect(result.problems[2].hasPrefix("line 6: no text (looked for text, body, content"))
    }

    @Test func fieldMapNamesOtherKeys() throws {
        let map = try ReaderOptions.fieldMap(parsing: "text=story_html, date=meta.when,title=hed")
        #expect(map == ["text": "story_html", "date": "meta.when", "title": "hed"])
        let line =
            #"{"hed": "Mapped", "story_html": "Body text.", "meta": {"when": "2020-01-02"}, "title": "not this"}"#
        let doc = try #require(readText(line, as: "a.jsonl", options: ReaderOptions(fieldMap: map)).documents.first)
            .metadata
        #expect(doc.title == "Mapped")
        #expect(doc.text == "Body text.")
        #expect(doc.date?.iso == "2020-01-02")
        let missing = readText(#"{"text": "x"}"#, as: "a.jsonl", options: ReaderOptions(fieldMap: ["text": "body"]))
        #expect(missing.problems == ["line 1: no text in 'body' (from --map text=body)"])
        #expect(throws: ReaderError.self) { try ReaderOptions.fieldMap(parsing: "txt=body") }
        #expect(throws: ReaderError.self) { try ReaderOptions.fieldMap(parsing: "text") }
    }

    @Test func jsonArrayAndWrappers() throws {
        let array = """
            [
              {"title": "One", "text": "First story."},
              {"title": "Two", "text": 42},
              {"title": "Three", "text": "Third story."}
            ]
            """
        let a = readText(array, as: "dump.json")
        #expect(a.format == "json")
        #expect(a.documents.map(\.metadata.title) == ["One", "Three"])
        #expect(a.problems.count == 1 && a.problems[0].hasPrefix("record 2 (line 3, column 3): no text"))

        let newsAPI =
            #"{"status": "ok", "totalResults": 1, "articles": [{"source": {"name": "BBC News"}, "title": "T", "description": "Summary only."}]}"#
        let n = try #require(readText(newsAPI, as: "x.json").documents.first).metadata
        #expect(n.source == "BBC News")
        #expect(n.text == "Summary only.")

        let nyt = #"{"response": {"docs": [{"headline": "H", "lead_paragraph": "x", "abstract": "Abstract text."}]}}"#
        #expect(readText(nyt, as: "x.json").documents.first?.metadata.text == "Abstract text.")

        let single = "{\n  \"title\": \"Only\",\n  \"article\": [\"Para one.\", \"Para two.\"]\n}\n"
        #expect(readText(single, as: "one.json").documents.first?.metadata.text == "Para one.\n\nPara two.")
    }

    @Test func malformedJSON() {
        let broken = "{\n  \"title\": \"x\",\n  \"text\": \"unterminated\n}\n"
        let r = readText(broken, as: "bad.json")
        #expect(r.fatal == "not JSON: a string is not closed at line 3, column 11")
        let cut = "[\n{\"text\": \"a\"},\n{\"text\": \"b\"},\n{\"text\": "
        let c = readText(cut, as: "cut.json")
        #expect(c.documentCount == 2)
        #expect(c.problems.contains { $0.contains("not JSON") })
        let garbage = readText("[1, 2, oops]", as: "x.json")
        #expect(garbage.fatal != nil)
    }

    @Test func concatenatedObjectsInAJSONFileAreReadAsLines() {
        let r = readText("{\"text\": \"a\"}\n{\"text\": \"b\"}\n", as: "x.json")
        #expect(r.format == "jsonl")
        #expect(r.documentCount == 2)
    }

    @Test func deepNestingAndEscapes() throws {
        let deep = String(repeating: "[", count: 10_000)
        let r = readText("{\"text\": \"ok\", \"x\": \(deep)}\n{\"text\": \"fine\"}", as: "x.jsonl")
        #expect(r.documentCount == 1)
        #expect(r.problems.first?.contains("nested more than 256 deep") == true)
        let escaped = try JSONParser.parse(Array(#""caf\u00e9 \ud83d\ude00 \n\"q\" \ud800""#.utf8)[...])
        guard case let .string(s) = escaped else {
            Issue.record("not a string")
            return
        }
        #expect(s == "café 😀 \n\"q\" \u{FFFD}")
    }

    @Test func longLineIsSkippedWithoutStoppingTheStream() {
        var options = ReaderOptions()
        options.maxRecordBytes = 1000
        let long = "{\"text\": \"" + String(repeating: "x", count: 5000) + "\"}"
        let r = readText("{\"text\": \"before\"}\n\(long)\n{\"text\": \"after\"}\n", as: "x.jsonl", options: options)
        #expect(r.documents.map(\.metadata.text) == ["before", "after"])
        #expect(r.problems == ["line 2: longer than 1000 bytes with no line break; skipped"])
    }
}
