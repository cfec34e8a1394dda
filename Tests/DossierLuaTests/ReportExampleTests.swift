import DossierCore
import Foundation
import Testing

@testable import DossierLua

/// The example report scripts over the report fixture corpus: what each report says.
@Suite struct ReportExampleTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    func run(_ name: String, _ args: [String] = [], period: ReportPeriod? = nil) throws -> Report {
        let code = try String(contentsOfFile: Self.root + "/Examples/\(name).lua", encoding: .utf8)
        return try ReportFixtures.Session(period: period).report(code, args: args, path: "Examples/\(name).lua")
    }

    static func headings(_ r: Report) -> [String] {
        r.blocks.compactMap { if case .heading(let t, _) = $0 { return t } else { return nil } }
    }

    static func tables(_ r: Report) -> [ReportTable] {
        r.blocks.compactMap { if case .table(let t) = $0 { return t } else { return nil } }
    }

    static func week(_ since: String, _ until: String) -> ReportPeriod {
        ReportPeriod(since: PartialDate(iso: since), until: PartialDate(iso: until))
    }

    // MARK: weekly brief

    @Test func weeklyBriefCoversTheCorpusLastWeekByDefault() throws {
        let r = try run("weekly-brief")
        #expect(r.title == "Weekly brief")
        #expect(r.period?.label == "2018-06-17 to 2018-06-23")
        #expect(Self.headings(r) == ["Events by type", "Status changes", "Most quoted", "Timeline", "Who met whom"])
        #expect(r.blocks.first == .paragraph("4 articles from 4 sources; 3 events."))
        let md = r.render(.markdown)
        #expect(md.contains("| meet | 2 | ████████████████████ |"))
        #expect(
            md.contains(
                "| 2018-09 | meet | Vladimir Putin, Kim Jong-un | Vladivostok | planned, denied | Kremlin, KCNA |"))
        // Status changes: each event's statuses in the order its articles appeared.
        let changes = try #require(
            Self.tables(r).first { $0.data.columns == ["Event", "Date", "Status, by source and day"] })
        #expect(
            changes.data.rows.map { Report.cellText($0[2]) } == [
                "planned (Yonhap, 2018-06-21) → occurred (Kremlin, 2018-06-23)",
                "denied (Kremlin, 2018-03-29) → planned (KCNA, 2018-06-19) → denied (Kremlin, 2018-06-20)",
            ])
        // The week's quotes only (Lavrov's, on 2018-06-05, and Peskov's of March are outside it).
        guard
            case .quotes(let q)? = r.blocks.first(where: { if case .quotes = $0 { return true } else { return false } })
        else {
            Issue.record("no quotes")
            return
        }
        #expect(q.quotes.map { $0.speaker ?? "" } == ["Vladimir Putin", "Kim Jong-un", "Dmitry Peskov"])
        let html = r.render(.html)
        #expect(
            html.contains("<svg class=\"chart bars\"") && html.contains("<svg class=\"chart timeline\"")
                && html.contains("<svg class=\"chart network\""))
        #expect(
            html.contains("<li><time>2018-06-22</time> <span class=\"type\">meet</span> Moon Jae-in, Vladimir Putin"))
    }

    @Test func weeklyBriefForAGivenWeek() throws {
        let r = try run("weekly-brief", period: Self.week("2018-06-01", "2018-06-07"))
        #expect(r.period?.label == "2018-06-01 to 2018-06-07")
        #expect(r.blocks.first == .paragraph("1 article from 1 source; 2 events."))
        #expect(r.render(.markdown).contains("visit: Sergei Lavrov @ Pyongyang — occurred (Yonhap)"))
        #expect(r.render(.markdown).contains("No event changed status in the sources this week."))
    }

    @Test func weeklyBriefOfAnEmptyWeekIsShortAndSaysSo() throws {
        let r = try run("weekly-brief", period: Self.week("2030-01-07", "2030-01-13"))
        #expect(
            r.blocks == [
                .paragraph("No articles in the corpus for 2030-01-07 to 2030-01-13, so there is nothing to report.")
            ])
        #expect(
            r.render(.markdown) == """
                # Weekly brief

                Period: 2030-01-07 to 2030-01-13

                No articles in the corpus for 2030-01-07 to 2030-01-13, so there is nothing to report.

                """)
    }

    // MARK: person dossier

    @Test func personDossierCollectsEverythingAboutOneEntity() throws {
        let r = try run("person-dossier", ["Putin"])
        #expect(r.title == "Vladimir Putin")
        #expect(r.subtitle == "person · President · Russia")
        #expect(Self.headings(r) == ["Events", "Quotes", "Named with", "Sources"])
        #expect(r.blocks.contains(.paragraph("Named in 5 articles; takes part in 2 events; 1 quote.")))
        let events = try #require(Self.tables(r).first)
        #expect(events.data.columns == ["date", "type", "with", "place", "statuses", "sources"])
        #expect(events.data.rows.map { Report.cellText($0[2]) } == ["Moon Jae-in", "Kim Jong-un"])
        let md = r.render(.markdown)
        #expect(md.contains("> “We will talk about the peninsula,”\n>\n> — Vladimir Putin (Yonhap, 2018-06-21)"))
        guard
            case .network(let n)? = r.blocks.first(where: {
                if case .network = $0 { return true } else { return false }
            })
        else {
            Issue.record("no network")
            return
        }
        #expect(n.focus.map { n.nodes[$0].name } == "Vladimir Putin")
        #expect(n.nodes.contains { $0.name == "Dmitry Peskov" })
        #expect(md.contains("| Korea Times | 1 |"))
        #expect(md.contains("| 2018-03-29 | Korea Times | No Putin-Kim summit planned |"))
    }

    @Test func personDossierNeedsAKnownName() throws {
        let code = try String(contentsOfFile: Self.root + "/Examples/person-dossier.lua", encoding: .utf8)
        let s = try ReportFixtures.Session()
        #expect(throws: Fixtures.LuaFailure.self) { try s.report(code, args: []) }
        do {
            _ = try s.report(code, args: ["Putn"])
            Issue.record("no error")
        } catch {
            #expect("\(error)".hasPrefix("no entity named 'Putn' (did you mean 'Putin'?)"))
        }
    }

    // MARK: status conflicts

    @Test func statusConflictsShowBothEvidenceSentences() throws {
        let r = try run("status-conflicts")
        #expect(r.blocks.first == .paragraph("1 event with conflicting reports."))
        let summary = try #require(Self.tables(r).first)
        #expect(
            summary.data.rows == [
                [
                    .string("meet: Vladimir Putin, Kim Jong-un @ Vladivostok"), .string("2018-09"),
                    .string("planned (KCNA)"),
                    .string("Kremlin"),
                ]
            ])
        #expect(Self.headings(r) == ["Evidence", "Timeline"])
        let evidence = try #require(Self.tables(r).last)
        #expect(evidence.caption == "What each source says")
        #expect(evidence.data.columns == ["Event", "status", "source", "date", "sentence"])
        let rows = evidence.data.rows.map { $0.map(Report.cellText) }
        // The claim first, then the two denials, each with its sentence.
        #expect(
            rows == [
                [
                    "meet: Vladimir Putin, Kim Jong-un @ Vladivostok, 2018-09", "planned", "KCNA", "2018-06-19",
                    "Kim Jong-un will meet Vladimir Putin in Vladivostok in September, KCNA said.",
                ],
                [
                    "meet: Vladimir Putin, Kim Jong-un @ Vladivostok, 2018-09", "denied", "Kremlin", "2018-03-29",
                    "The Kremlin denied plans for a summit between Putin and Kim Jong-un.",
                ],
                [
                    "meet: Vladimir Putin, Kim Jong-un @ Vladivostok, 2018-09", "denied", "Kremlin", "2018-06-20",
                    "The Kremlin denied that Putin would meet Kim Jong-un in Vladivostok in September.",
                ],
            ])
        let csv = CSVReport.sections(r).map(\.name)
        #expect(csv == ["conflicting-reports", "what-each-source-says", "timeline"])
    }

    @Test func statusConflictsOutsideThePeriodAreLeftOut() throws {
        let r = try run("status-conflicts", period: Self.week("2018-06-21", "2018-06-27"))
        #expect(
            r.blocks == [
                .paragraph(
                    "No event is reported as happening, planned or rumoured by one source and denied by another in 2018-06-21 to 2018-06-27."
                )
            ])
        let within = try run("status-conflicts", period: Self.week("2018-06-18", "2018-06-24"))
        #expect(within.blocks.first == .paragraph("1 event with conflicting reports."))
    }

    // MARK: determinism

    @Test(arguments: [("weekly-brief", [String]()), ("person-dossier", ["Kim"]), ("status-conflicts", [])])
    func examplesGiveTheSameBytesEveryRun(name: String, args: [String]) throws {
        let a = try run(name, args)
        let b = try run(name, args)
        for format in ReportFormat.allCases {
            #expect(a.render(format) == b.render(format), "\(name) \(format)")
        }
    }
}
