import Foundation
import Testing

/// The three report examples over a database of Reuters-21578, read in place from ../shared (research
/// use only: nothing of it is copied into the project). Opt in with DOSSIER_REUTERS=1;
/// DOSSIER_REUTERS_DIR overrides the folder. The ingest takes about half a minute in a debug build;
/// the database stays in $TMPDIR/dossier-reuters-reports until the next run.
@Suite(
    "Report examples over the Reuters database (DOSSIER_REUTERS=1)",
    .enabled(if: ProcessInfo.processInfo.environment["DOSSIER_REUTERS"] != nil),
    .serialized)
struct ReutersReportTests {
    /// One database for the suite, made on first use.
    static let database: Result<String, DossierTestError> = {
        let env = ProcessInfo.processInfo.environment
        let corpus = env["DOSSIER_REUTERS_DIR"] ?? Binary.root + "/../shared/corpora/reuters21578"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: corpus) else {
            return .failure(DossierTestError("no Reuters corpus at \(corpus)"))
        }
        let files = names.filter { $0.hasSuffix(".sgm") }.sorted().map { corpus + "/" + $0 }
        guard files.count == 22 else {
            return .failure(DossierTestError("expected the 22 SGML files in \(corpus)"))
        }
        // One fixed folder, emptied first: a run leaves at most one database behind, for a look.
        let dir = NSTemporaryDirectory() + "dossier-reuters-reports"
        try? FileManager.default.removeItem(atPath: dir)
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let db = dir + "/reuters.db"
        guard let r = try? Binary.run(["ingest", "--db", db] + files), r.status == 0 else {
            return .failure(DossierTestError("the ingest failed"))
        }
        return .success(db)
    }()

    func report(_ script: String, _ args: String...) throws -> String {
        let db = try Self.database.get()
        let r = try Binary.run(["report", "--db", db, "--out", "-", Binary.root + "/Examples/" + script] + args)
        #expect(r.status == 0, "\(r.stderr)")
        return r.stdout
    }

    /// The integer that follows `prefix` in `text`.
    func number(after prefix: String, in text: String) -> Int? {
        guard let range = text.range(of: prefix) else { return nil }
        return Int(text[range.upperBound...].prefix { $0.isNumber })
    }

    @Test func weeklyBriefCoversTheCorpusesLastWeek() throws {
        let md = try report("weekly-brief.lua")
        // Without a period the week ends on the latest dated article: 20 October 1987.
        #expect(md.contains("Period: 1987-10-14 to 1987-10-20"))
        #expect((number(after: "Period: 1987-10-14 to 1987-10-20\n\n", in: md) ?? 0) > 1000, "articles of the week")
        #expect(md.contains("## Events by type"))
        let eventRows = md.split(separator: "\n").filter { $0.hasPrefix("| 1987-10") }
        #expect(eventRows.count >= 10, "dated events of the week")
        // A week chosen by the caller.
        let db = try Self.database.get()
        let chosen = try Binary.run(
            [
                "report", "--db", db, "--since", "1987-03-02", "--until", "1987-03-08", "--out", "-",
                Binary.root + "/Examples/weekly-brief.lua",
            ])
        #expect(chosen.stdout.contains("Period: 1987-03-02 to 1987-03-08"))
    }

    @Test func personDossierGathersOnePersonsEventsAndQuotes() throws {
        let md = try report("person-dossier.lua", "Baker")
        #expect(md.hasPrefix("# James Baker\n"))
        #expect((number(after: "Named in ", in: md) ?? 0) > 100)
        let events = md.split(separator: "\n").filter { $0.first?.isNumber == true && $0.contains("James Baker") }
        #expect(events.count >= 10)
        #expect(md.contains("## Quotes"))
        #expect((number(after: "events; ", in: md) ?? 0) > 50, "quotes of his")
    }

    @Test func statusConflictsListsEventsTheSourcesDispute() throws {
        let md = try report("status-conflicts.lua")
        let n = number(
            after: "\n\n", in: md.components(separatedBy: "*Events the sources report differently*").last ?? "")
        #expect((n ?? 0) >= 10, "events with conflicting reports")
        let table =
            md.components(separatedBy: "**Conflicting reports**").last?.components(separatedBy: "## Evidence").first
            ?? ""
        let rows = table.split(separator: "\n").filter {
            $0.hasPrefix("| ") && !$0.hasPrefix("| Event") && !$0.hasPrefix("| ---")
        }
        #expect(rows.count == n)
        // Every row names who denied it: the last cell is not empty.
        for row in rows {
            let cells = row.split(separator: "|", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            #expect(cells.count >= 6 && !cells[cells.count - 2].isEmpty, "\(row)")
        }
    }
}

struct DossierTestError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
