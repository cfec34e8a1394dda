import Foundation
import Testing

/// The `dossier` command through the built binary: run, -e, piped stdin, export, ingest, exit codes.
@Suite struct CLITests {
    @Test func chunkOnTheCommandLine() throws {
        let r = try Binary.run(["-e", "print(#articles() > 0, type(events()))"])
        #expect(r.status == 0)
        #expect(r.stdout == "true\tuserdata\n")
    }

    @Test func runPassesArgumentsAsLuaDoes() throws {
        let dir = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "print(arg[0], #arg, arg[1], arg[2], ...)\n".write(
            toFile: dir + "/s.lua", atomically: true, encoding: .utf8)
        let r = try Binary.run(["run", dir + "/s.lua", "--corpus", "x y"])
        #expect(r.status == 0)
        #expect(r.stdout == "\(dir)/s.lua\t2\t--corpus\tx y\t--corpus\tx y\n")
    }

    @Test func aScriptErrorExitsOneWithPositionAndTraceback() throws {
        let dir = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "local x = 1\nerror('boom')\n".write(toFile: dir + "/bad.lua", atomically: true, encoding: .utf8)
        let r = try Binary.run(["run", "--corpus", Binary.root + "/seeds", "bad.lua"], directory: dir)
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("dossier: bad.lua:2: boom\nstack traceback:"), "\(r.stderr)")
        let f = try Binary.run(["-e", "events{tpye='meet'}"])
        #expect(f.status == 1)
        #expect(f.stderr.contains("unknown filter 'tpye' (did you mean 'type'?)"))
    }

    @Test(arguments: [
        ["run"], ["--no-such-option"], ["export"], ["run", "--corpus"], ["export", "--format", "xml", "seeds"],
    ])
    func badUsageExitsTwo(args: [String]) throws {
        let r = try Binary.run(args)
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr.contains("Usage:") || r.stderr.contains("Error:"))
    }

    @Test func aMillionErrorsRaisedInSwiftLeaveMemoryFlat() throws {
        // Errors raised by Swift functions go through the C trampoline; a longjmp across a Swift
        // frame would leak what the frame held. Resident size after each 250,000 must stay flat.
        let script = """
            local function rss() local f = io.open("/proc/self/statm") local _, r = f:read("n", "n") f:close() return r end
            local sizes = {}
            for round = 1, 4 do
              for i = 1, 250000 do
                local ok, err = pcall(entity, i)
                assert(not ok and err:find("name expected", 1, true))
              end
              collectgarbage()
              sizes[round] = rss()
            end
            print(sizes[4] - sizes[2])
            """
        let r = try Binary.run(["-e", script])
        #expect(r.status == 0, "\(r.stderr)")
        let grownPages = Int(r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? Int.max
        #expect(grownPages < 256, "grew \(grownPages) pages")
    }

    @Test func pipedInputRunsAsAScript() throws {
        let r = try Binary.run(
            [], input: "local n = 0\nfor a in articles() do n = n + 1 end\nprint('articles', n > 0)\n")
        #expect(r.status == 0)
        #expect(r.stdout == "articles\ttrue\n")
        let bad = try Binary.run([], input: "print(1)\nlocal f\nf()\n")
        #expect(bad.status == 1)
        #expect(bad.stdout == "1\n")
        #expect(bad.stderr.hasPrefix("dossier: stdin:3: attempt to call a nil value (local 'f')"))
    }

    @Test func exportWritesOneJSONObjectPerArticle() throws {
        let dir = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try Binary.run(["export", "--format", "jsonl", "--out", dir + "/out.jsonl", "seeds"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["out.jsonl"])
        let lines = try String(contentsOfFile: dir + "/out.jsonl", encoding: .utf8).split(separator: "\n")
        #expect(lines.count >= 2)
        for line in lines {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(Set(object?.keys.map { $0 } ?? []) == ["file", "article", "entities", "events", "quotes"])
            let article = object?["article"] as? [String: Any]
            #expect((article?["text"] as? String)?.isEmpty == false)
            #expect((object?["file"] as? String)?.hasPrefix("seeds/") == true)
        }
        let stdout = try Binary.run(["export", "seeds"])
        #expect(stdout.stdout.split(separator: "\n").count == lines.count)
        // A file is one document: each event is listed once per file, with all its statuses.
        var seen: [String: Set<Int>] = [:]
        for line in lines {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            let file = object?["file"] as? String ?? ""
            for event in object?["events"] as? [[String: Any]] ?? [] {
                let id = event["id"] as? Int ?? -1
                #expect(seen[file, default: []].insert(id).inserted, "event \(id) listed twice in \(file)")
                #expect((event["statuses"] as? [String])?.isEmpty == false)
            }
        }
    }

    @Test func badFilesInTheCorpusAreNamedAndTheRestLoads() throws {
        let dir = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        _ = FileManager.default.createFile(atPath: dir + "/empty.txt", contents: Data())
        _ = FileManager.default.createFile(
            atPath: dir + "/binary.bin", contents: Data([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2]))
        _ = FileManager.default.createFile(
            atPath: dir + "/latin1.txt",
            contents: Data(
                "Caf\u{e9} talks in Moscow.".utf8.map { $0 }.prefix(3) + [0xE9] + Array(" talks in Moscow.".utf8)))
        try "President Moon Jae-in met Vladimir Putin in Moscow on Friday.".write(
            toFile: dir + "/good.txt", atomically: true, encoding: .utf8)
        let r = try Binary.run(["--corpus", dir, "-e", "print(#articles())"])
        #expect(r.status == 0)
        #expect(r.stdout == "2\n")
        #expect(r.stderr.contains("\(dir)/empty.txt: empty file"))
        #expect(r.stderr.contains("\(dir)/binary.bin: binary file"))
        #expect(r.stderr.contains("\(dir)/latin1.txt:"))
    }

    @Test func aFolderReadOnceOpensFromTheCacheUntilAFileChanges() throws {
        let dir = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let env = ["XDG_CACHE_HOME": dir + "/cache"]
        let corpus = dir + "/corpus"
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        try "Moon Jae-in met Vladimir Putin in Moscow on Friday.".write(
            toFile: corpus + "/a.txt", atomically: true, encoding: .utf8)
        _ = FileManager.default.createFile(atPath: corpus + "/empty.txt", contents: Data())
        let first = try Binary.run(
            ["--corpus", corpus, "-e", "print(#articles(), dossier.database)"], environment: env)
        #expect(first.stdout == "1\t:memory:\n")
        let second = try Binary.run(
            ["--corpus", corpus, "-e", "print(#articles(), dossier.database)"], environment: env)
        #expect(second.stdout.hasPrefix("1\t\(dir)/cache/dossier/corpus-"))
        // Warnings about the corpus's files are given again from the cache.
        #expect(second.stderr.contains("empty.txt: empty file"))
        try "Another story.".write(toFile: corpus + "/b.txt", atomically: true, encoding: .utf8)
        let third = try Binary.run(
            ["--corpus", corpus, "-e", "print(#articles(), dossier.database)"], environment: env)
        #expect(third.stdout == "2\t:memory:\n")
        let fresh = try Binary.run(
            ["--corpus", corpus, "-e", "print(dossier.database)"],
            environment: env.merging(["DOSSIER_NO_CACHE": "1"]) { a, _ in a })
        #expect(fresh.stdout == ":memory:\n")
        let cached = try FileManager.default.contentsOfDirectory(atPath: dir + "/cache/dossier").filter {
            $0.hasSuffix(".sqlite")
        }
        #expect(cached.count == 1)
    }

    @Test func ingestThenQueryTheDatabase() throws {
        let dir = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let db = dir + "/c.db"
        let first = try Binary.run(["ingest", "--db", db, "seeds"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("2 new, 0 unchanged, 0 replaced, 0 failed"))
        let again = try Binary.run(["ingest", "--db", db, "seeds"])
        #expect(again.stdout.hasPrefix("0 new, 2 unchanged, 0 replaced, 0 failed"))
        #expect(again.stdout.contains("nothing new"))
        let q = try Binary.run(["--db", db, "-e", "print(#articles() > 1)"])
        #expect(q.stdout == "true\n")
        let missing = try Binary.run(["--db", dir + "/none.db", "-e", "print(1)"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no such database"))
    }

    @Test func aFileIsOneFileWhateverThePathSaysAndAMovedFileKeepsItsArticles() throws {
        let dir = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/news/sub", withIntermediateDirectories: true)
        for name in ["a", "b"] {
            try FileManager.default.copyItem(
                atPath: "\(Binary.root)/seeds/\(try seedNames()[name == "a" ? 0 : 1])",
                toPath: "\(dir)/news/\(name).txt")
        }
        let first = try Binary.run(["ingest", "--db", "c.db", "news"], directory: dir)
        #expect(first.stdout.hasPrefix("2 new, 0 unchanged"), "\(first.stderr)")
        func count(_ what: String) throws -> String {
            try Binary.run(["--db", "c.db", "-e", "print(#\(what)())"], directory: dir).stdout
        }
        let articles = try count("articles")
        let events = try count("events")
        // The same folder spelt otherwise: relative with ./ and .., and absolute.
        for spelling in ["./news", "news/sub/..", dir + "/news"] {
            let again = try Binary.run(["ingest", "--db", "c.db", spelling], directory: dir)
            #expect(again.stdout.hasPrefix("0 new, 2 unchanged"), "\(spelling): \(again.stdout)")
        }
        // A file moved within the folder: unchanged, said so, its articles neither lost nor doubled.
        try FileManager.default.moveItem(atPath: dir + "/news/a.txt", toPath: dir + "/news/sub/a-moved.txt")
        let moved = try Binary.run(["ingest", "--db", "c.db", "news"], directory: dir)
        #expect(moved.status == 0)
        #expect(moved.stdout.hasPrefix("0 new, 2 unchanged"), "\(moved.stdout)")
        #expect(moved.stderr.contains("a-moved.txt: stored before as \(dir)/news/a.txt (moved)"), "\(moved.stderr)")
        #expect(try count("articles") == articles)
        #expect(try count("events") == events)
        let files = try Binary.run(
            ["--db", "c.db", "-e", "for a in articles() do print(a.file) end"], directory: dir
        ).stdout
        #expect(files.contains("sub/a-moved.txt") && !files.contains("news/a.txt"))
        // Moved and copied at once: one of the two takes the stored row, the other is new.
        try FileManager.default.moveItem(atPath: dir + "/news/sub/a-moved.txt", toPath: dir + "/news/a1.txt")
        try FileManager.default.copyItem(atPath: dir + "/news/a1.txt", toPath: dir + "/news/a2.txt")
        let both = try Binary.run(["ingest", "--db", "c.db", "news"], directory: dir)
        #expect(both.stdout.hasPrefix("1 new, 2 unchanged"), "\(both.stdout)")
        let again = try Binary.run(["ingest", "--db", "c.db", "news"], directory: dir)
        #expect(again.stdout.hasPrefix("0 new, 3 unchanged"), "\(again.stdout)")
        // A copy whose original is still there is a file of its own: its articles are stored and
        // linked to the first as duplicates.
        try FileManager.default.copyItem(atPath: dir + "/news/b.txt", toPath: dir + "/news/b-copy.txt")
        let copy = try Binary.run(["ingest", "--db", "c.db", "news"], directory: dir)
        #expect(copy.stdout.hasPrefix("1 new, 3 unchanged"), "\(copy.stdout)")
        #expect(copy.stdout.contains("duplicate"))
    }

    private func seedNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: Binary.root + "/seeds").filter { $0.hasSuffix(".txt") }
            .sorted()
    }
}
