import Foundation
import Testing

@testable import DossierCore

#if canImport(Glibc)
    import Glibc
#endif

/// A user's format: "@@ title" lines start records.
struct AtAtReader: DocumentReader {
    var format: String { "atat" }
    func read(_ bytes: [UInt8], file: String, options: ReaderOptions) throws -> ReaderResult {
        let text = String(decoding: bytes, as: UTF8.self)
        let docs = text.components(separatedBy: "@@ ").dropFirst().enumerated().map { i, chunk in
            let lines = chunk.split(separator: "\n", maxSplits: 1)
            let article = Article(
                file: file, ordinal: i, title: String(lines[0]), text: lines.count > 1 ? String(lines[1]) : "")
            return SourceDocument(file: file, metadata: article, mayHoldSeveral: false)
        }
        return ReaderResult(documents: docs)
    }
}

struct FakeHTMLReader: DocumentReader {
    var format: String { "html" }
    func read(_ bytes: [UInt8], file: String, options: ReaderOptions) throws -> ReaderResult {
        ReaderResult(documents: [
            SourceDocument(file: file, metadata: Article(file: file, text: "from html"), mayHoldSeveral: false)
        ])
    }
}

struct Stop: Error {}

@Suite("Reader registry, format detection and folder walking")
struct ReaderRegistryTests {
    @Test(
        arguments: [
            ("a.txt", "<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
            ("page", "<html lang=en><head><title>t</title>", "html"),
            ("a.txt", "  \n<!-- saved page -->\n<head><meta charset=utf-8>", "html"),
            ("feed.xml", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>", "rss"),
            ("feed.xml", "<?xml version=\"1.0\"?><!-- c --><rdf:RDF xmlns:rdf=\"x\">", "rss"),
            ("feed.xml", "<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">", "atom"),
            ("a.sgm", "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n<REUTERS TOPICS=\"NO\" NEWID=\"1\">", "reuters"),
            ("a.sgml", "<DOC>\n<DOCNO> X </DOCNO>", "trec"),
            ("nyt_eng_199407.gz", "<DOC id=\"NYT_ENG_19940701.0001\" type=\"story\" >", "trec"),
            ("a.json", "[\n  {\"title\": \"x\"}", "json"),
            ("a.json", "{\"title\": \"x\", \"text\": \"y\"}\n{\"title\": \"z\"}", "jsonl"),
            ("a.json", "{\"title\": \"x\", \"text\": \"y\"}\n", "json"),
            ("a.ndjson", "{\"a\": 1", "jsonl"),
            ("data", "{\"title\": \"x\", \"text\": \"y\"}\n", "jsonl"),
            ("a.txt", "[Yonhap] Moon arrived in Moscow.", "text"),
            ("a.md", "# Title\n\nText", "markdown"),
            ("a.htm", "Just words, no tags", "html"),
        ] as [(String, String, String)])
    func sniffing(_ name: String, _ head: String, _ format: String) {
        #expect(FormatSniffer.detect(file: name, head: Array(head.utf8)[...]) == .format(format), "\(name): \(head)")
    }

    @Test func htmlIsRoutedToTheReaderRegisteredForIt() {
        let registry = ReaderRegistry()
        let page = Array("<!doctype html><html><body><p>Text</p></body></html>".utf8)
        let before = registry.read(bytes: page, file: "story.txt")
        #expect(before.format == "html")
        #expect(before.fatal?.hasPrefix("the page has no article text") == true, "\(before.fatal ?? "")")
        // A reader registered for a format replaces the built-in one.
        registry.register(FakeHTMLReader())
        let after = registry.read(bytes: page, file: "story.txt")
        #expect(after.documents.first?.metadata.text == "from html")
        #expect(registry.formats.contains("html"))
    }

    @Test func userReaderWinsForTheFilesItMatches() throws {
        let registry = ReaderRegistry()
        registry.register(AtAtReader()) { file, head in file.hasSuffix(".atat") || head.starts(with: Array("@@ ".utf8))
        }
        let result = registry.read(bytes: Array("@@ One\nfirst body\n@@ Two\nsecond body".utf8), file: "notes.txt")
        #expect(result.format == "atat")
        #expect(result.documents.map(\.metadata.title) == ["One", "Two"])
        #expect(registry.reader(for: "x.atat", bytes: [])?.format == "atat")
        #expect(registry.reader(for: "x.txt", bytes: Array("plain".utf8))?.format == "text")
        #expect(registry.reader(for: "x.jsonl", bytes: Array("{\"a\":1}".utf8))?.format == "jsonl")
        // Forcing a format works for registered ones and names the known ones otherwise.
        #expect(
            registry.read(bytes: Array("@@ x\ny".utf8), file: "a", options: ReaderOptions(format: "text")).format
                == "text")
        let unknown = registry.read(bytes: Array("x".utf8), file: "a", options: ReaderOptions(format: "nope"))
        #expect(
            unknown.fatal?.hasPrefix(
                "unknown format 'nope' (formats: atat, atom, html, json, jsonl, markdown, reuters, rss, text, trec)")
                == true)
    }

    @Test func readerThatThrowsGivesAFatalReason() {
        struct Failing: DocumentReader {
            var format: String { "failing" }
            func read(_ bytes: [UInt8], file: String, options: ReaderOptions) throws -> ReaderResult {
                throw ReaderError("the user's reader gave up")
            }
        }
        let registry = ReaderRegistry()
        registry.register(Failing()) { _, _ in true }
        #expect(registry.read(bytes: Array("x".utf8), file: "a.txt").fatal == "the user's reader gave up")
    }

    @Test func pathErrors() {
        let folder = TempFolder()
        defer { folder.remove() }
        #expect(ReaderRegistry.standard.read(path: folder.path + "/missing.txt").fatal == "no such file")
        #expect(ReaderRegistry.standard.read(path: folder.path).fatal?.hasPrefix("is a folder") == true)
        #expect(ReaderRegistry.standard.read(path: "/dev/zero").fatal == "not a regular file; skipped")
        let empty = folder.write("empty.txt", [])
        #expect(ReaderRegistry.standard.read(path: empty).fatal == "empty file")
    }

    @Test func eachCallbackStreamsAndCanStop() throws {
        let folder = TempFolder()
        defer { folder.remove() }
        var lines = ""
        for i in 0..<50 { lines += "{\"text\": \"story \(i)\"}\n" }
        let path = folder.write("a.jsonl", lines)
        var seen = 0
        let result = ReaderRegistry.standard.read(path: path) { _ in seen += 1 }
        #expect(seen == 50 && result.documentCount == 50 && result.documents.isEmpty)
        #expect(throws: Stop.self) {
            _ = try ReaderRegistry.standard.read(path: path) { doc in if doc.metadata.ordinal == 3 { throw Stop() } }
        }
    }

    @Test func problemsAreCappedPerFile() {
        var lines = ""
        for _ in 0..<100 { lines += "not json\n" }
        lines += "{\"text\": \"ok\"}\n"
        let result = readText(lines, as: "a.jsonl")
        #expect(result.documentCount == 1)
        #expect(result.problems.count == 21)
        #expect(result.problems.last == "… and 80 more problems like these")
    }

    @Test func folderWalking() throws {
        let folder = TempFolder()
        defer { folder.remove() }
        folder.write("b.txt", "b")
        folder.write("a.txt", "a")
        folder.write("sub/c.jsonl", "{}")
        folder.write("sub/deeper/d.md", "d")
        folder.write(".DS_Store", "junk")
        folder.write(".hidden/e.txt", "hidden")
        folder.write("notes.txt~", "backup")
        folder.write("Thumbs.db", "junk")
        symlink(folder.path, folder.path + "/sub/loop")  // a link back up
        symlink(folder.path + "/gone.txt", folder.path + "/dangling.txt")
        let explicitHidden = folder.write(".explicit.txt", "kept when named")
        let files = ReaderRegistry.files(in: [folder.path, explicitHidden, folder.path + "/a.txt", "/no/such/file.txt"])
        let p = folder.path
        #expect(
            files == [
                "\(p)/a.txt", "\(p)/b.txt", "\(p)/dangling.txt", "\(p)/sub/c.jsonl", "\(p)/sub/deeper/d.md",
                explicitHidden, "/no/such/file.txt",
            ])
    }
}

@Suite("Reader registry as the ingest's loader")
struct ReaderIngestLoaderTests {
    @Test func loaderStreamsDocumentsFromTheFile() throws {
        let dir = NSTemporaryDirectory() + "dossier-loader-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "{\"body\": \"Mapped body.\"}\nnot json\n".write(
            toFile: dir + "/a.jsonl", atomically: true, encoding: .utf8)
        _ = FileManager.default.createFile(atPath: dir + "/b.txt", contents: Data([0x00, 0x01, 0x02]))
        let load = ReaderRegistry().fileLoader(options: ReaderOptions(fieldMap: ["text": "body"]))
        var texts: [String] = []
        let ok = load(dir + "/a.jsonl") { texts.append($0.metadata.text) }
        #expect(ok.format == "jsonl")
        #expect(texts == ["Mapped body."])
        #expect(ok.problems == ["line 2: not JSON: unexpected 'n' at column 1"])
        #expect(ok.failure == nil)
        texts = []
        let bad = load(dir + "/b.txt") { texts.append($0.metadata.text) }
        #expect(texts.isEmpty)
        #expect(bad.failure == "binary file, skipped")
    }
}
