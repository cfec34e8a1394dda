import CLua
import DossierCore
import Foundation
import Testing

@testable import DossierLua

/// dossier.reader{…}: readers written in Lua, as `dossier ingest --reader` uses them.
@Suite struct LuaReaderTests {
    static let atat = """
        dossier.reader{
          name = "atat",
          match = function(file, head) return head:sub(1, 2) == "@@" end,
          read = function(text, file)
            local out = {}
            for block in text:gmatch("@@(.-)@@") do
              local title, date, body = block:match("^%s*(.-)\\n(.-)\\n(.*)$")
              if body:find("BOOM") then error("cannot read " .. title) end
              out[#out + 1] = {title = title, date = date, text = body, source = "ATAT", authors = {"A. Writer"}}
            end
            return out
          end,
        }
        """

    /// A folder with two files in the user's format (one that makes the reader fail) and a plain text file.
    static func corpus() throws -> String {
        let dir = NSTemporaryDirectory() + "dossier-luareader-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try "@@ Summit\n2019-02-27\nKim met Trump in Hanoi.@@\n@@ Talks end\n28 Feb 2019\nThe talks ended early.@@\n"
            .write(toFile: dir + "/a.wire", atomically: true, encoding: .utf8)
        try "@@ Broken\n2019-02-27\nBOOM@@\n".write(toFile: dir + "/b.wire", atomically: true, encoding: .utf8)
        try "A plain story about Moon Jae-in.\n".write(toFile: dir + "/c.txt", atomically: true, encoding: .utf8)
        return dir
    }

    @Test func aLuaReaderReadsItsFilesAndItsErrorsNameTheFile() throws {
        let dir = try Self.corpus()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = try Store.open(path: dir + "/db.sqlite", create: true)
        let rt = LuaRuntime(store: store)
        #expect(rt.run(Self.atat, name: "=atat.lua") == nil)
        #expect(rt.readerNames == ["atat"])
        let files = ["a.wire", "b.wire", "c.txt"].map { dir + "/" + $0 }
        let load = rt.fileLoader(fallback: ReaderRegistry.standard.fileLoader())
        let summary = Ingestor(store: store, load: load).ingest(files: files)
        #expect(summary.newFiles == 2)
        #expect(summary.articles == 3)
        #expect(summary.failedFiles.map(\.file) == [dir + "/b.wire"])
        #expect(summary.failedFiles.first?.reason == "reader 'atat': atat.lua:8: cannot read Broken")
        let rows = try store.read { db in
            try String.fetchAll(
                db,
                sql:
                    "SELECT coalesce(title,'-') || '|' || coalesce(date,'-') || '|' || coalesce(source,'-') || '|' || coalesce(authors,'-') FROM article ORDER BY id"
            )
        }
        #expect(rows == ["Summit|2019-02-27|ATAT|A. Writer", "Talks end|2019-02-28|ATAT|A. Writer", "-|-|-|-"])
        let formats = try store.read { db in
            try String.fetchAll(db, sql: "SELECT coalesce(format,'-') FROM file ORDER BY path")
        }
        #expect(formats == ["atat", "text"])
    }

    @Test func aPatternMatchesFileNamesAndTheLatestReaderWins() throws {
        let dir = try Self.corpus()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = try Store.open(path: dir + "/db.sqlite", create: true)
        let rt = LuaRuntime(store: store)
        #expect(rt.run(Self.atat, name: "=atat.lua") == nil)
        #expect(
            rt.run(
                """
                dossier.reader{name = "whole", match = "%.wire$", read = function(text, file)
                  return {{text = "all of " .. file:match("[^/]*$"), date = "someday"}, "junk", {title = "no text"}}
                end}
                """, name: "=whole.lua") == nil)
        var texts: [String] = []
        let loaded = rt.fileLoader(fallback: ReaderRegistry.standard.fileLoader())(dir + "/b.wire") {
            texts.append($0.metadata.text)
        }
        #expect(loaded.format == "whole")
        #expect(texts == [])
        #expect(loaded.failure == "reader 'whole': no usable articles")
        #expect(
            loaded.problems == [
                "article 1: date 'someday' not understood; skipped", "article 2: a table expected, got string; skipped",
                "article 3: no text; skipped",
            ])
    }

    @Test(arguments: [
        (
            "dossier.reader()",
            "bad argument #1 to 'dossier.reader' (table expected {name=…, match=…, read=…}, got no value)"
        ),
        ("dossier.reader{name='x', mach='%.x$', read=print}", "unknown field 'mach' (did you mean 'match'?)"),
        ("dossier.reader{name='x', match='%.x$'}", "read: a function(text, file) expected"),
        ("dossier.reader{name='', match='%.x$', read=print}", "name: a non-empty string expected"),
        ("dossier.reader{name='x', match=1, read=print}", "match: a function(file, head) or a Lua pattern"),
    ])
    func badRegistrationsSayWhatIsWrong(code: String, message: String) throws {
        let s = try Fixtures.Session()
        let error = s.error(code) ?? ""
        #expect(error.contains(message), "\(error)")
    }

    @Test func aFailingMatchNamesTheReader() throws {
        let dir = try Self.corpus()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let rt = LuaRuntime(store: try Store.inMemory())
        #expect(
            rt.run("dossier.reader{name='m', match=function() error('no luck') end, read=print}", name: "=m.lua") == nil
        )
        let loaded = rt.fileLoader(fallback: ReaderRegistry.standard.fileLoader())(dir + "/c.txt") { _ in }
        #expect(loaded.failure == "reader 'm': match: m.lua:1: no luck")
        #expect(lua_gettop(rt.L) == 0)
    }
}
