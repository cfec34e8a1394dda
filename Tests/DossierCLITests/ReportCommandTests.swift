import Foundation
import Testing

/// `dossier report` through the built binary: the files it writes and what they say, the paths on
/// standard output, byte-identical runs, the period, and failures that leave nothing behind.
@Suite struct ReportCommandTests {
    /// A corpus of three plain-text articles whose headers give title, date and source, so these
    /// tests do not depend on what the extraction finds in their text.
    static func corpus(in dir: String) throws -> String {
        let corpus = dir + "/corpus"
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        let articles = [
            (
                "a.txt", "Moon arrives in Moscow", "2018-06-21", "Yonhap",
                "South Korean President Moon Jae-in arrived in Moscow on Thursday."
            ),
            (
                "b.txt", "Putin & Moon hold <talks>", "2018-06-23", "TASS",
                "Russian President Vladimir Putin met Moon Jae-in in Moscow on Friday."
            ),
            (
                "c.txt", "No Putin-Kim summit planned", "2018-03-29", "Korea Times",
                "The Kremlin denied plans for a summit."
            ),
        ]
        for (file, title, date, source, text) in articles {
            try "Title: \(title)\nDate: \(date)\nSource: \(source)\n\n\(text)\n".write(
                toFile: corpus + "/" + file, atomically: true, encoding: .utf8)
        }
        return corpus
    }

    static let script = """
        -- A small report over the articles: a heading, a table, bars, and the period it saw.
        local p = report.period
        print("period", p.since, p["until"], select("#", ...), ...)
        local r = report.new{title = "Articles"}
        local arts = articles(report.within{})
        if #arts == 0 then
          r:paragraph("No articles for " .. p.label .. ".")
          return r
        end
        r:heading("Sources")
        r:bars(arts:group("source"), {caption = "Articles by source"})
        r:table(arts, {columns = {"date", "source", "title"}, sort = "date", caption = "All articles"})
        return r
        """

    static func setUp() throws -> (dir: String, corpus: String, script: String) {
        let dir = try Binary.temporaryFolder()
        let corpus = try corpus(in: dir)
        try script.write(toFile: dir + "/articles.lua", atomically: true, encoding: .utf8)
        return (dir, corpus, dir + "/articles.lua")
    }

    static func read(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    @Test func writesEachFormatAndPrintsOnlyThePaths() throws {
        let (dir, corpus, script) = try Self.setUp()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let out = dir + "/briefs"
        let r = try Binary.run([
            "report", "--corpus", corpus, "--out", out, "--format", "md,html", "--format", "csv", "--format", "json",
            script, "x", "y",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(
            r.stdout == """
                \(out)/articles.md
                \(out)/articles.html
                \(out)/articles.articles-by-source.csv
                \(out)/articles.all-articles.csv
                \(out)/articles.json

                """)
        // The script's own output goes to standard error, with the arguments after the script.
        #expect(r.stderr.contains("period\tnil\tnil\t2\tx\ty\n"))
        let md = try Self.read(out + "/articles.md")
        #expect(md.hasPrefix("# Articles\n\n## Sources\n\n**Articles by source**\n\n"))
        #expect(md.contains("| 2018-06-23 | TASS | Putin \\& Moon hold \\<talks\\> |"))
        let html = try Self.read(out + "/articles.html")
        #expect(html.contains("<svg class=\"chart bars\""))
        #expect(html.components(separatedBy: "<rect class=\"bar\"").count - 1 == 3)
        #expect(html.contains("<td>Putin &amp; Moon hold &lt;talks&gt;</td>"))
        #expect(
            try Self.read(out + "/articles.all-articles.csv") == """
                date,source,title\r
                2018-03-29,Korea Times,No Putin-Kim summit planned\r
                2018-06-21,Yonhap,Moon arrives in Moscow\r
                2018-06-23,TASS,Putin & Moon hold <talks>\r

                """)
        let json = try Self.read(out + "/articles.json")
        #expect(json.contains("\"columns\": [\"date\", \"source\", \"title\"]"))
        #expect(json.contains("[\"2018-06-21\", \"Yonhap\", \"Moon arrives in Moscow\"]"))
        #expect(json.contains("{\"kind\": \"heading\", \"level\": 2, \"text\": \"Sources\"}"))
        // No temporary files are left.
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: out).sorted() == [
                "articles.all-articles.csv", "articles.articles-by-source.csv", "articles.html", "articles.json",
                "articles.md",
            ])
    }

    @Test func twoRunsGiveByteIdenticalFiles() throws {
        let (dir, corpus, script) = try Self.setUp()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for run in ["one", "two"] {
            let r = try Binary.run([
                "report", "--corpus", corpus, "--out", dir + "/" + run, "--format", "md,html,csv,json", script,
            ])
            #expect(r.status == 0, "\(r.stderr)")
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: dir + "/one").sorted()
        #expect(files.count == 5)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/two").sorted() == files)
        for f in files {
            #expect(
                FileManager.default.contents(atPath: dir + "/one/" + f)
                    == FileManager.default.contents(atPath: dir + "/two/" + f), "\(f)")
        }
    }

    @Test func thePeriodReachesTheScript() throws {
        let (dir, corpus, script) = try Self.setUp()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try Binary.run([
            "report", "--corpus", corpus, "--since", "2018-06", "--until", "2018-06-22", "--out", "-", "--format", "md",
            script,
        ])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("period\t2018-06-01\t2018-06-22\t0"))
        #expect(r.stdout.hasPrefix("# Articles\n\nPeriod: 2018-06-01 to 2018-06-22\n"))
        #expect(r.stdout.contains("| 2018-06-21 | Yonhap | Moon arrives in Moscow |"))
        #expect(!r.stdout.contains("TASS") && !r.stdout.contains("Korea Times"))
    }

    @Test func anEmptyPeriodGivesAShortReport() throws {
        let (dir, corpus, script) = try Self.setUp()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try Binary.run([
            "report", "--corpus", corpus, "--since", "2030-01-01", "--until", "2030-01-07", "--out", dir + "/out",
            script,
        ])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "\(dir)/out/articles.md\n\(dir)/out/articles.html\n")
        #expect(
            try Self.read(dir + "/out/articles.md")
                == "# Articles\n\nPeriod: 2030-01-01 to 2030-01-07\n\nNo articles for 2030-01-01 to 2030-01-07.\n")
        let brief = try Binary.run([
            "report", "--corpus", corpus, "--since", "2030-01-01", "--until", "2030-01-07", "--out", "-",
            "--format", "md", Binary.root + "/Examples/weekly-brief.lua",
        ])
        #expect(brief.status == 0, "\(brief.stderr)")
        #expect(
            brief.stdout.contains(
                "No articles in the corpus for 2030-01-01 to 2030-01-07, so there is nothing to report."))
    }

    @Test func aFailingScriptWritesNothingAndExitsOneWithItsLine() throws {
        let (dir, corpus, _) = try Self.setUp()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let out = dir + "/out"
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        try "last week's report\n".write(toFile: out + "/bad.md", atomically: true, encoding: .utf8)
        try "local r = report.new{title='x'}\nr:heading('a')\nr:table(events(), {colums={'date'}})\nreturn r\n"
            .write(toFile: dir + "/bad.lua", atomically: true, encoding: .utf8)
        let r = try Binary.run(["report", "--corpus", corpus, "--out", out, "bad.lua"], directory: dir)
        #expect(r.status == 1)
        #expect(r.stdout == "")
        #expect(
            r.stderr.hasPrefix(
                "dossier: bad.lua:3: table{colums=…}: unknown option 'colums' (did you mean 'columns'?)"), "\(r.stderr)"
        )
        #expect(r.stderr.contains("stack traceback:"))
        // The previous report is untouched and nothing else is there, not even a temporary file.
        #expect(try FileManager.default.contentsOfDirectory(atPath: out) == ["bad.md"])
        #expect(try Self.read(out + "/bad.md") == "last week's report\n")

        try "error('boom')\n".write(toFile: dir + "/boom.lua", atomically: true, encoding: .utf8)
        let boom = try Binary.run(["report", "--corpus", corpus, "--out", dir + "/new", "boom.lua"], directory: dir)
        #expect(boom.status == 1)
        #expect(boom.stderr.hasPrefix("dossier: boom.lua:1: boom"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/new"))

        try "print('hello')\n".write(toFile: dir + "/none.lua", atomically: true, encoding: .utf8)
        let none = try Binary.run(["report", "--corpus", corpus, "--out", dir + "/new", "none.lua"], directory: dir)
        #expect(none.status == 1)
        #expect(none.stderr.contains("none.lua: the script made no report"))
    }

    @Test(arguments: [
        ["report"],
        ["report", "--format", "pdf", "x.lua"],
        ["report", "--since", "last week", "x.lua"],
        ["report", "--since", "2018-06-30", "--until", "2018-06-01", "x.lua"],
        ["report", "--out", "-", "--format", "md,html", "x.lua"],
        ["report", "--name", "a/b", "x.lua"],
        ["report", "--corpus", "seeds", "--db", "x.db", "x.lua"],
    ])
    func badUsageExitsTwo(args: [String]) throws {
        let r = try Binary.run(args)
        #expect(r.status == 2, "\(args): \(r.stderr)")
        #expect(r.stdout == "")
        #expect(r.stderr.contains("Error:") || r.stderr.contains("Usage:"))
    }

    @Test func nameAndStandardOutput() throws {
        let (dir, corpus, script) = try Self.setUp()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try Binary.run([
            "report", "--corpus", corpus, "--name", "week-25", "--out", dir + "/o/", "--format", "json", script,
        ])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "\(dir)/o/week-25.json\n")
        let csv = try Binary.run(["report", "--corpus", corpus, "--out", "-", "--format", "csv", script])
        #expect(csv.stdout.hasPrefix("# Articles by source\r\nlabel,value\r\n"))
        #expect(csv.stdout.contains("\r\n\r\n# All articles\r\ndate,source,title\r\n"))
    }

    // MARK: the examples over the seeds

    @Test func weeklyBriefOverTheSeeds() throws {
        let dir = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try Binary.run([
            "report", "--corpus", "seeds", "--out", dir, "--format", "md,html,json", "Examples/weekly-brief.lua",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "\(dir)/weekly-brief.md\n\(dir)/weekly-brief.html\n\(dir)/weekly-brief.json\n")
        let md = try Self.read(dir + "/weekly-brief.md")
        // The seeds' latest dated article is Yonhap's of 2018-06-21: the week ends there.
        #expect(md.hasPrefix("# Weekly brief\n\nPeriod: 2018-06-15 to 2018-06-21\n"))
        for heading in ["## Events by type", "## Status changes", "## Most quoted", "## Timeline", "## Who met whom"] {
            #expect(md.contains(heading), "\(heading)")
        }
        // Moon's summit with Putin in Moscow, reported as planned and as held.
        #expect(md.contains("| 2018-06-22 | meet | Moon Jae-in, Vladimir Putin | Moscow |"))
        #expect(md.contains("**2018-06-22** meet: Moon Jae-in, Vladimir Putin @ Moscow"))
        let html = try Self.read(dir + "/weekly-brief.html")
        #expect(html.contains("<h2>Timeline</h2>") && html.contains("<svg class=\"chart timeline\""))
        #expect(html.contains("<svg class=\"chart network\"") && html.contains(">Moon Jae-in</text>"))
        let json = try Self.read(dir + "/weekly-brief.json")
        #expect(json.contains("\"period\": {\"since\": \"2018-06-15\", \"until\": \"2018-06-21\"}"))
    }

    @Test func personDossierOverTheSeeds() throws {
        let r = try Binary.run([
            "report", "--corpus", "seeds", "--out", "-", "--format", "md", "Examples/person-dossier.lua", "Putin",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("# Vladimir Putin\n\n*person · President · Russia*\n"))
        for heading in ["## Events", "## Quotes", "## Named with", "## Sources"] {
            #expect(r.stdout.contains(heading), "\(heading)")
        }
        #expect(r.stdout.contains("meet: Moon Jae-in, Vladimir Putin @ Moscow"))
        #expect(r.stdout.contains("> — Vladimir Putin (CNN)"))
        #expect(r.stdout.contains("| Kim Jong-un |"))
        let missing = try Binary.run(["report", "--corpus", "seeds", "--out", "-", "Examples/person-dossier.lua"])
        #expect(missing.status == 1)
        #expect(missing.stderr.hasPrefix("dossier: usage: dossier report Examples/person-dossier.lua NAME"))
    }

    @Test func statusConflictsOverTheSeeds() throws {
        let r = try Binary.run([
            "report", "--corpus", "seeds", "--out", "-", "--format", "md", "Examples/status-conflicts.lua",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("# Status conflicts\n\n*Events the sources report differently*\n\n"))
        // The Kremlin denies the Putin–Kim meeting others speculate about; both sentences are there.
        #expect(r.stdout.contains("Kim Jong-un") && r.stdout.contains("Vladimir Putin"))
        #expect(r.stdout.contains("| denied | Kremlin |"))
        #expect(r.stdout.contains("| speculated |"))
    }
}
