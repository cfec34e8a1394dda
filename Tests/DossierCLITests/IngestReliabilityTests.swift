import DossierCore
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `dossier ingest` through the built binary when things go wrong: killed mid-way, read while it
/// writes, given bad files.
@Suite struct IngestReliabilityTests {
    /// A corpus of `files` small files: text files of one article and JSON Lines files of three,
    /// every text different. Returns the folder and the number of articles.
    static func makeCorpus(files: Int, in dir: String) throws -> Int {
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        var articles = 0
        for i in 0..<files {
            if i % 5 == 4 {
                var lines = ""
                for k in 0..<3 {
                    lines +=
                        "{\"title\": \"Report \(i)-\(k)\", \"text\": \"Delegation \(i) number \(k) met officials of agency \(i * 7 + k) in city \(k) to discuss item \(i).\"}\n"
                }
                try lines.write(toFile: String(format: "%@/f%04d.jsonl", dir, i), atomically: true, encoding: .utf8)
                articles += 3
            } else {
                let text =
                    "Story \(i).\n\nMinister Number\(i) visited Town\(i) on Monday. Talks about topic \(i * 13) went on.\n"
                try text.write(toFile: String(format: "%@/f%04d.txt", dir, i), atomically: true, encoding: .utf8)
                articles += 1
            }
        }
        return articles
    }

    /// Starts the binary without waiting; output goes to files in `dir`.
    static func start(_ args: [String], in dir: String, tag: String) throws -> Process {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Binary.path)
        p.arguments = args
        p.currentDirectoryURL = URL(fileURLWithPath: dir)
        _ = FileManager.default.createFile(atPath: "\(dir)/\(tag).out", contents: nil)
        _ = FileManager.default.createFile(atPath: "\(dir)/\(tag).err", contents: nil)
        p.standardOutput = FileHandle(forWritingAtPath: "\(dir)/\(tag).out")
        p.standardError = FileHandle(forWritingAtPath: "\(dir)/\(tag).err")
        p.standardInput = FileHandle(forReadingAtPath: "/dev/null")
        try p.run()
        return p
    }

    /// What the database holds, checked for consistency: integrity, every file's articles all
    /// there, no article twice.
    static func check(_ db: String) throws -> (articles: Int, files: Int) {
        let store = try Store.open(path: db, create: false)
        #expect(try store.integrityCheck() == "ok")
        return try store.read { db in
            let incomplete =
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT count(*) FROM file f WHERE f.articles <> (SELECT count(*) FROM article a WHERE a.file_id = f.id)
                        """) ?? -1
            #expect(incomplete == 0, "files whose articles are not all stored")
            let twice =
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT count(*) FROM (SELECT file_id, ordinal FROM article GROUP BY 1, 2 HAVING count(*) > 1)
                        """) ?? -1
            #expect(twice == 0, "articles stored twice")
            let paths = try Int.fetchOne(db, sql: "SELECT count(*) - count(DISTINCT path) FROM file") ?? -1
            #expect(paths == 0)
            return (
                try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0,
                try Int.fetchOne(db, sql: "SELECT count(*) FROM file") ?? 0
            )
        }
    }

    @Test func anIngestLeavesStatisticsForTheQueryPlanner() throws {
        let dir = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        _ = try Self.makeCorpus(files: 5, in: dir + "/in")
        let r = try Binary.run(["ingest", "--db", dir + "/a.db", dir + "/in"])
        #expect(r.status == 0, "\(r.stderr)")
        let store = try Store.open(path: dir + "/a.db", create: false)
        let tables = try store.read { db in
            try String.fetchAll(db, sql: "SELECT DISTINCT tbl FROM sqlite_stat1 ORDER BY tbl")
        }
        #expect(tables.contains("entity") && tables.contains("article"), "\(tables)")
    }

    @Test func killedMidIngestLosesNothingAndStoresNothingTwice() throws {
        let dir = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let total = try Self.makeCorpus(files: 300, in: dir + "/corpus")
        let db = dir + "/corpus.db"
        var generator = SystemRandomNumberGenerator()
        var interrupted = 0
        for round in 1...5 {
            let p = try Self.start(["ingest", "corpus", "--db", db], in: dir, tag: "round\(round)")
            usleep(UInt32.random(in: 30_000...250_000, using: &generator))
            if p.isRunning {
                kill(p.processIdentifier, SIGKILL)
                interrupted += 1
            }
            p.waitUntilExit()
            guard FileManager.default.fileExists(atPath: db) else { continue }
            let (articles, _) = try Self.check(db)
            #expect(articles <= total)
        }
        let done = try Binary.run(["ingest", "corpus", "--db", db], directory: dir)
        #expect(done.status == 0, "\(done.stderr)")
        let (articles, files) = try Self.check(db)
        #expect(articles == total)
        #expect(files == 300)
        let again = try Binary.run(["ingest", "corpus", "--db", db], directory: dir)
        #expect(again.status == 0)
        #expect(
            again.stdout.hasPrefix("0 new, 300 unchanged, 0 replaced, 0 failed; 0 articles stored"), "\(again.stdout)")
        #expect(again.stdout.contains("nothing new"))
        // Not asserted (timing), but worth seeing when it never happened.
        if interrupted == 0 { print("note: no round was killed mid-way; the machine is fast") }
    }

    @Test func aReaderQueriesWhileAnIngestWrites() throws {
        let dir = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let total = try Self.makeCorpus(files: 400, in: dir + "/corpus")
        let db = dir + "/corpus.db"
        // Half first, so the reader opens a database with articles in it.
        let firstHalf = (0..<200).map { i in
            FileManager.default.fileExists(atPath: String(format: "%@/corpus/f%04d.txt", dir, i))
                ? String(format: "corpus/f%04d.txt", i) : String(format: "corpus/f%04d.jsonl", i)
        }
        let first = try Binary.run(["ingest", "--db", db] + firstHalf, directory: dir)
        #expect(first.status == 0, "\(first.stderr)")
        // The reader polls counts until it has seen every article: never an error, never smaller.
        let script = """
            local last, changes, t0 = 0, 0, os.clock()
            while last < \(total) and os.clock() - t0 < 10 do
              local n = articles():count()
              assert(n >= last, "count went down from " .. last .. " to " .. n)
              assert(#entities() >= 0 and events():count() >= 0 and #quotes() >= 0)
              if n ~= last then changes = changes + 1 end
              last = n
            end
            print(last, changes)
            """
        let reader = try Self.start(["--db", db, "-e", script], in: dir, tag: "reader")
        usleep(100_000)
        let ingest = try Self.start(["ingest", "corpus", "--db", db], in: dir, tag: "ingest")
        ingest.waitUntilExit()
        reader.waitUntilExit()
        let out = (try? String(contentsOfFile: dir + "/reader.out", encoding: .utf8)) ?? ""
        let readerErr = (try? String(contentsOfFile: dir + "/reader.err", encoding: .utf8)) ?? ""
        let ingestErr = (try? String(contentsOfFile: dir + "/ingest.err", encoding: .utf8)) ?? ""
        #expect(reader.terminationStatus == 0, "\(readerErr)")
        #expect(ingest.terminationStatus == 0, "\(ingestErr)")
        #expect(!readerErr.contains("locked") && !ingestErr.contains("locked"))
        let fields = out.split(whereSeparator: { $0 == "\t" || $0 == "\n" }).compactMap { Int($0) }
        #expect(fields.first == total, "\(out)")
        // It saw the corpus grow at least once while the ingest wrote.
        #expect((fields.last ?? 0) >= 1, "\(out)")
        #expect(try Self.check(db).articles == total)
    }

    @Test func badFilesAreNamedTheRestIngestsAndTheExitStatusSaysSo() throws {
        let dir = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let c = dir + "/in"
        try FileManager.default.createDirectory(atPath: c, withIntermediateDirectories: true)
        func write(_ name: String, _ bytes: [UInt8]) {
            _ = FileManager.default.createFile(atPath: "\(c)/\(name)", contents: Data(bytes))
        }
        write("binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 1, 2, 3, 0, 0] + [UInt8](repeating: 0, count: 200))
        write(
            "invalid-utf8.txt",
            Array("A story about talks in Seoul.\n".utf8) + [0xFF, 0xFE] + Array(" More text.\n".utf8))
        write("empty.txt", [])
        write("broken.json", Array("{\"title\": \"A\", \"text\": ".utf8))
        write("broken.rss", Array("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>Cut".utf8))
        write(
            "broken.html",
            Array("<html><head><title>x</title></head><body><p>".utf8) + [0, 0, 0xFF] + Array("</bo".utf8))
        write("bad-lines.jsonl", Array("{\"text\": \"Good record about a visit.\"}\nnot json at all\n".utf8))
        // A gzip stream cut in the middle.
        let gz = dir + "/whole.txt.gz"
        let story = String(repeating: "Officials met in Pyongyang to discuss the summit. ", count: 400)
        try story.write(toFile: dir + "/whole.txt", atomically: true, encoding: .utf8)
        let gzip = try Process.run(URL(fileURLWithPath: "/bin/gzip"), arguments: ["-k", dir + "/whole.txt"])
        gzip.waitUntilExit()
        #expect(gzip.terminationStatus == 0)
        let zipped = try Data(contentsOf: URL(fileURLWithPath: gz))
        write("truncated.txt.gz", [UInt8](zipped.prefix(zipped.count / 2)))
        write("good.txt", Array("Moon Jae-in met Kim Jong-un at Panmunjom on Friday.\n".utf8))

        let r = try Binary.run(["ingest", "in", "--db", dir + "/x.db"], directory: dir)
        #expect(r.status == 1)
        let lines = r.stderr.split(separator: "\n")
        // Each file gets a message naming it: a failure, or a warning for what could be recovered.
        for name in [
            "binary.txt", "empty.txt", "broken.json", "broken.html", "invalid-utf8.txt", "bad-lines.jsonl",
            "broken.rss", "truncated.txt.gz",
        ] {
            #expect(lines.contains { $0.hasPrefix("dossier: in/\(name): ") }, "no message for \(name) in:\n\(r.stderr)")
        }
        for name in ["binary.txt", "empty.txt", "broken.json"] {
            #expect(
                lines.contains { $0.hasPrefix("dossier: in/\(name): failed: ") }, "\(name) did not fail:\n\(r.stderr)")
        }
        #expect(!lines.contains { $0.contains("good.txt") })
        // Messages come in file order.
        #expect(lines.map { $0.split(separator: ":")[1] } == lines.map { $0.split(separator: ":")[1] }.sorted())
        let (articles, _) = try Self.check(dir + "/x.db")
        #expect(articles >= 3)
        #expect(r.stdout.contains("failed;"))
    }

    @Test func aReaderScriptReadsAFormatOfTheUsersOwn() throws {
        let dir = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/in", withIntermediateDirectories: true)
        try """
        dossier.reader{name = "wire", match = "%.wire$", read = function(text, file)
          local out = {}
          for title, body in text:gmatch("#(.-)\\n(.-)\\n%.\\n") do
            if body == "BOOM" then error("cannot read " .. title) end
            out[#out + 1] = {title = title, text = body, source = "Wire", date = "1987-02-26"}
          end
          return out
        end}
        """.write(toFile: dir + "/wire.lua", atomically: true, encoding: .utf8)
        try "#Talks\nKim met Moon at Panmunjom.\n.\n#Visit\nPutin visited Seoul.\n.\n"
            .write(toFile: dir + "/in/a.wire", atomically: true, encoding: .utf8)
        try "#Bad\nBOOM\n.\n".write(toFile: dir + "/in/b.wire", atomically: true, encoding: .utf8)
        try "A plain story.\n".write(toFile: dir + "/in/c.txt", atomically: true, encoding: .utf8)
        let r = try Binary.run(["ingest", "--reader", "wire.lua", "in", "--db", "x.db"], directory: dir)
        #expect(r.status == 1)
        #expect(r.stdout.hasPrefix("2 new, 0 unchanged, 0 replaced, 1 failed; 3 articles stored"), "\(r.stdout)")
        #expect(r.stderr == "dossier: in/b.wire: failed: reader 'wire': wire.lua:4: cannot read Bad\n")
        let titles = try Binary.run(
            ["--db", "x.db", "-e", "for a in articles{source='Wire'} do print(a.title, a.date) end"], directory: dir)
        #expect(titles.stdout == "Talks\t1987-02-26\nVisit\t1987-02-26\n")
        let none = try Binary.run(["ingest", "--reader", "in/c.txt", "in", "--db", "y.db"], directory: dir)
        #expect(none.status != 0)
    }

    /// A 200 MB file of one line: bounded memory, a clear message. Opt-in (DOSSIER_BIG_TESTS=1):
    /// it writes 200 MB to the temporary folder.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["DOSSIER_BIG_TESTS"] == "1"))
    func aHugeSingleLineIngestsInBoundedMemory() throws {
        let dir = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/huge.txt"
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let out = FileHandle(forWritingAtPath: path)!
        let chunk = Data(String(repeating: "word and more words without any end ", count: 28_000).utf8)
        var written = 0
        while written < 200_000_000 {
            out.write(chunk)
            written += chunk.count
        }
        try out.close()
        // GNU time reports the peak resident size of the binary alone.
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/time")
        p.arguments = ["-f", "peakKB=%M", Binary.path, "ingest", path, "--db", dir + "/x.db"]
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        try p.run()
        let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(text.contains("huge.txt"), "\(text)")
        let peak = text.split(separator: "\n").last { $0.hasPrefix("peakKB=") }.flatMap { Int($0.dropFirst(7)) } ?? 0
        #expect(peak > 0 && peak < 600_000, "peak RSS \(peak) KB")
    }
}
