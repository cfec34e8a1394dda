import Testing

@testable import DossierCore

#if canImport(Glibc)
    import Glibc
#endif

/// The real Reuters-21578 corpus, read from ../shared (research use only: never copied into the
/// project). Opt in with DOSSIER_REUTERS=1; DOSSIER_REUTERS_DIR overrides the folder.
@Suite("Reuters-21578 corpus (DOSSIER_REUTERS=1)", .enabled(if: getenv("DOSSIER_REUTERS") != nil))
struct ReaderReutersCorpusTests {
    static var folder: String {
        if let dir = getenv("DOSSIER_REUTERS_DIR") { return String(cString: dir) }
        return "/work/shared/corpora/reuters21578"
    }

    @Test func allFilesGiveAllRecords() throws {
        let files = ReaderRegistry.files(in: [Self.folder]).filter { $0.hasSuffix(".sgm") }
        #expect(files.count == 22)
        var total = 0
        var problems: [String: [String]] = [:]
        for file in files {
            let result = ReaderRegistry.standard.read(path: file)
            #expect(result.fatal == nil, "\(file): \(result.fatal ?? "")")
            #expect(result.format == "reuters")
            total += result.documentCount
            if !result.problems.isEmpty { problems[file] = result.problems }
            let expected = file.hasSuffix("reut2-021.sgm") ? 578 : file.hasSuffix("reut2-012.sgm") ? 999 : 1000
            #expect(result.documentCount == expected, "\(file)")
        }
        // 21,578 records; NEWID=12793 (reut2-012.sgm) is an empty UNPROC record with no text at all.
        #expect(total == 21_577)
        #expect(problems.first { $0.key.hasSuffix("reut2-012.sgm") }?.value == ["record NEWID=12793: no text; skipped"])
        // The one raw 0xFC byte in the corpus is replaced and reported, not fatal.
        let bad = try #require(problems.first { $0.key.hasSuffix("reut2-017.sgm") })
        #expect(bad.value == ["invalid UTF-8 at byte 1519554 (line 35578), replaced"])
        #expect(problems.count == 2, "\(problems)")
    }

    @Test func firstRecordIsMappedToTheModel() throws {
        let result = ReaderRegistry.standard.read(path: Self.folder + "/reut2-000.sgm")
        let first = try #require(result.documents.first).metadata
        #expect(first.title == "BAHIA COCOA REVIEW")
        #expect(first.date?.iso == "1987-02-26")
        #expect(first.source == "Reuters")
        #expect(
            first.text.hasPrefix("SALVADOR, Feb 26 - Showers continued throughout the week in the Bahia cocoa zone,"))
        #expect(first.text.contains("\n\nThe dry period means the temporao will be late this year."))
        #expect(!first.text.hasSuffix("Reuter"))
        let withAuthor = result.documents.first { !$0.metadata.authors.isEmpty }
        #expect(withAuthor?.metadata.authors.allSatisfy { !$0.hasPrefix("By ") && !$0.contains("Reuters") } == true)
    }
}
