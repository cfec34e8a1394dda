import Foundation
import Testing

@testable import DossierCore

/// Ingest into the store: idempotence, replacement, duplicates, linking, full-text search.
@Suite struct StoreTests {
    private func analysis(_ file: String, _ text: String, entities: [ExtractedEntity] = []) -> Analysis {
        Analysis(
            article: Article(file: file, source: "Wire", date: PartialDate(iso: "2020-01-02"), text: text),
            sentences: [SentenceSpan(start: 0, end: text.utf8.count, paragraph: 0)], entities: entities)
    }

    private func person(_ name: String, _ aliases: [String] = []) -> ExtractedEntity {
        ExtractedEntity(
            name: name, kind: .person, aliases: aliases, mentions: [MentionSpan(sentence: 0, start: 0, end: 1)])
    }

    private func temporaryFolder() throws -> String {
        let dir = NSTemporaryDirectory() + "dossier-store-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func entitiesLinkAcrossArticlesByNameAndAlias() throws {
        let store = try Store.inMemory()
        try store.add([analysis("a", "one", entities: [person("Vladimir Putin", ["Putin"])])], file: "a")
        try store.add([analysis("b", "two", entities: [person("Putin")])], file: "b")
        let c = try store.counts()
        #expect(c.entities == 1)
        let e = try store.entities(ids: [1])[0]
        #expect(e.name == "Vladimir Putin" && e.mentionCount == 2)
    }

    @Test func exactAndNearDuplicatesAreLinkedNotExtracted() throws {
        let store = try Store.inMemory()
        let story = (1...300).map { "word\($0)" }.joined(separator: " ")
        try store.add([analysis("a", story, entities: [person("Ana")])], file: "a")
        let r = try store.add([analysis("b", story, entities: [person("Ana")])], file: "b")
        #expect(r.duplicates == 1)
        // The same story with another dateline and credit is a near duplicate.
        let near = "PARIS (Wire) - " + story + " Reporting by Someone"
        #expect(try store.add([analysis("c", near, entities: [person("Ana")])], file: "c").duplicates == 1)
        #expect(try store.entities(ids: [1])[0].mentionCount == 1)
        let different = (1...60).map { "other\($0)" }.joined(separator: " ")
        #expect(try store.add([analysis("d", different)], file: "d").duplicates == 0)
    }

    @Test func removingTheOriginalPromotesItsDuplicate() throws {
        let store = try Store.inMemory()
        let story = (1...60).map { "w\($0)" }.joined(separator: " ")
        try store.add([analysis("a", story)], file: "a")
        try store.add([analysis("b", story)], file: "b")
        try store.add([analysis("a", "a different text now")], file: "a")
        let dupes = try store.read {
            try Int.fetchOne($0, sql: "SELECT count(*) FROM article WHERE duplicate_of IS NOT NULL")
        }
        #expect(dupes == 0)
    }

    @Test func ingestIsIdempotentAndReplacesChangedFiles() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "First story about talks.".write(toFile: dir + "/a.txt", atomically: true, encoding: .utf8)
        try "Second story.".write(toFile: dir + "/b.txt", atomically: true, encoding: .utf8)
        let store = try Store.open(path: dir + "/db.sqlite", create: true)
        let files = [dir + "/a.txt", dir + "/b.txt"]
        let first = Ingestor(store: store, load: ReaderRegistry.standard.fileLoader()).ingest(files: files)
        #expect(first.newFiles == 2 && first.articles == 2)
        let again = Ingestor(store: store, load: ReaderRegistry.standard.fileLoader()).ingest(files: files)
        #expect(again.unchangedFiles == 2 && again.newFiles == 0 && again.articles == 0)
        try "First story, rewritten.".write(toFile: dir + "/a.txt", atomically: true, encoding: .utf8)
        let third = Ingestor(store: store, load: ReaderRegistry.standard.fileLoader()).ingest(files: files)
        #expect(third.replacedFiles == 1 && third.unchangedFiles == 1)
        #expect(try store.counts().articles == 2)
        #expect(try store.search("rewritten").count == 1)
        #expect(try store.search("talks").isEmpty)
        #expect(try store.integrityCheck() == "ok")
    }

    @Test func badFilesAreNamedAndTheRestLoads() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        _ = FileManager.default.createFile(atPath: dir + "/empty.txt", contents: Data())
        _ = FileManager.default.createFile(atPath: dir + "/binary.txt", contents: Data([0, 1, 2, 0, 255]))
        try "Good text.".write(toFile: dir + "/good.txt", atomically: true, encoding: .utf8)
        let store = try Store.inMemory()
        let summary = Ingestor(store: store, load: ReaderRegistry.standard.fileLoader()).ingest(
            files: [dir + "/binary.txt", dir + "/empty.txt", dir + "/good.txt"])
        #expect(summary.newFiles == 1)
        #expect(summary.failedFiles.map(\.file) == [dir + "/binary.txt", dir + "/empty.txt"])
        #expect(summary.failedFiles.allSatisfy { !$0.reason.isEmpty })
    }

    @Test func queriesCompileFiltersAndRejectUnknownOnes() throws {
        let store = try Store.inMemory()
        #expect(throws: DossierError.self) { try store.query(.event, filters: [("tpye", .string("meet"))]) }
        do {
            _ = try store.query(.event, filters: [("type", .string("meat"))])
        } catch let e as DossierError {
            #expect(e.message.contains("did you mean 'meet'?"))
        }
        let q = try store.query(.article, filters: [("since", .string("2019"))])
        #expect(try store.count(q) == 0)
    }

    @Test func fullTextSearchAcceptsAnyText() throws {
        let store = try Store.inMemory()
        try store.add([analysis("a", "The U.S. and Kim's envoy met.")], file: "a")
        #expect(try store.search("U.S.").count == 1)
        #expect(try store.search("Kim's").count == 1)
        #expect(try store.search("envoy OR nothing").count == 1)
        #expect(try store.search("met")[0].snippet.contains("[met]"))
    }
}
