import DossierCore
import Foundation
import Testing

@testable import DossierLua

/// The `report` module over the fixture corpus: each method's blocks, options, errors that name
/// the script's line and suggest the right name, the period, and the REPL's timeline and chart.
@Suite struct ReportModuleTests {
    func report(_ code: String, period: ReportPeriod? = nil) throws -> Report {
        try ReportFixtures.Session(period: period).report(code)
    }

    func table(_ r: Report, _ i: Int = 0) -> ReportTable? {
        let tables = r.blocks.compactMap { if case .table(let t) = $0 { return t } else { return nil } }
        return i < tables.count ? tables[i] : nil
    }

    @Test func headingsParagraphsAndListsChain() throws {
        let r = try report(
            """
            local r = report.new{title="T", subtitle="S", date="2018-06-25"}
            r:heading("One"):paragraph("Text"):heading("Two", 3):list{"a", 2, entity("Putin")}
            return r
            """)
        #expect(r.title == "T" && r.subtitle == "S" && r.date == "2018-06-25")
        #expect(
            r.blocks == [
                .heading("One", level: 2), .paragraph("Text"), .heading("Two", level: 3),
                .list(["a", "2", "Vladimir Putin"]),
            ])
    }

    @Test func tableOfAQueryWithChosenColumnsSortAndLimit() throws {
        let r = try report(
            """
            local r = report.new{title="Events"}
            r:table(events(), {columns={"date", "type", {"Who", "participants"},
                {"Sources", function(e) return #e.sources end}}, sort="date", desc=true, limit=3, caption="Latest"})
            return r
            """)
        let t = try #require(table(r))
        #expect(t.caption == "Latest")
        #expect(t.data.columns == ["date", "type", "Who", "Sources"])
        #expect(
            t.data.rows == [
                [
                    .string("2018-09"), .string("meet"), .array([.string("Vladimir Putin"), .string("Kim Jong-un")]),
                    .int(2),
                ],
                [
                    .string("2018-06-22"), .string("meet"),
                    .array([.string("Moon Jae-in"), .string("Vladimir Putin")]), .int(2),
                ],
                [.string("2018-06-21"), .string("visit"), .array([.string("Moon Jae-in")]), .int(1)],
            ])
        #expect(t.note == "2 more rows not shown")
    }

    @Test func tableDefaultsToTheColumnsShowUses() throws {
        let r = try report(
            """
            local r = report.new()
            r:table(quotes{speaker="Peskov"})
            r:table(events():group("type"))
            r:table({{name="x", n=1}, {name="y", n=2}})
            r:table(entities{name="Nobody*"})
            return r
            """)
        #expect(table(r, 0)?.data.columns == ["speaker", "text", "source", "date"])
        #expect(table(r, 0)?.data.rows.count == 2)
        #expect(table(r, 1)?.data.columns == ["key", "count"])
        #expect(table(r, 1)?.data.rows == [[.string("meet"), .int(3)], [.string("visit"), .int(2)]])
        #expect(
            table(r, 2)?.data
                == TableData(columns: ["n", "name"], rows: [[.int(1), .string("x")], [.int(2), .string("y")]]))
        #expect(table(r, 3)?.data == TableData(columns: ["name", "kind", "country", "mentions"], rows: []))
    }

    @Test func quotesCarrySpeakerSourceAndDate() throws {
        let r = try report("local r = report.new() r:quotes(quotes():sort('date'), {caption='Q', limit=2}) return r")
        guard case .quotes(let q) = r.blocks[0] else {
            Issue.record("not quotes")
            return
        }
        #expect(q.caption == "Q")
        #expect(
            q.quotes == [
                ReportQuote(
                    speaker: "Dmitry Peskov", text: "There are no plans for a summit,", source: "Korea Times",
                    date: "2018-03-29", article: "No Putin-Kim summit planned"),
                ReportQuote(
                    speaker: "Sergei Lavrov", text: "Russia supports the talks,", source: "Yonhap", date: "2018-06-05",
                    article: "Lavrov visited Pyongyang"),
            ])
        #expect(q.note == "3 more quotes not shown")
    }

    @Test func timelineOrdersEventsAndKeepsTheUndatedApart() throws {
        let r = try report("local r = report.new() r:timeline(entity('Putin'):events(), {caption='Putin'}) return r")
        guard case .timeline(let t) = r.blocks[0] else {
            Issue.record("not a timeline")
            return
        }
        #expect(t.caption == "Putin")
        #expect(t.dated.map { $0.date!.iso } == ["2018-06-22", "2018-09"])
        #expect(t.dated[1].statuses == ["planned", "denied"])
        #expect(t.dated[1].sources == ["Kremlin", "KCNA"])
        #expect(t.undated.isEmpty)
    }

    @Test func networkFromEventsArticlesEntitiesAndOneEntity() throws {
        let r = try report(
            """
            local r = report.new()
            r:network(events())
            r:network(articles{source="TASS"})
            r:network(entities{kind="person"}, {max=3})
            r:network(entity("Peskov"), {kinds={"person"}})
            return r
            """)
        let networks = r.blocks.compactMap { if case .network(let n) = $0 { return n } else { return nil } }
        #expect(networks.count == 4)
        #expect(networks[0].unit == "events")
        // Four people in two events each (ties by name); Moon's visit alone links nobody.
        #expect(networks[0].nodes.map(\.name) == ["Kim Jong-un", "Moon Jae-in", "Sergei Lavrov", "Vladimir Putin"])
        let edges0 = Set(networks[0].edges.map { Set([networks[0].nodes[$0.a].name, networks[0].nodes[$0.b].name]) })
        #expect(
            edges0 == [
                ["Vladimir Putin", "Moon Jae-in"], ["Sergei Lavrov", "Kim Jong-un"], ["Vladimir Putin", "Kim Jong-un"],
            ])
        // An article's own outlet is not part of its network.
        #expect(networks[1].unit == "articles" && !networks[1].nodes.contains { $0.name == "TASS" })
        #expect(Set(networks[1].nodes.map(\.name)) == ["Vladimir Putin", "Moon Jae-in", "Moscow", "Kremlin", "Russia"])
        #expect(networks[2].nodes.count == 3)
        #expect(networks[3].focus.map { networks[3].nodes[$0].name } == "Dmitry Peskov")
        #expect(Set(networks[3].nodes.map(\.name)) == ["Dmitry Peskov", "Vladimir Putin", "Kim Jong-un"])
    }

    @Test func barsFromGroupsCountTablesAndPairs() throws {
        let r = try report(
            """
            local r = report.new()
            r:bars(events():group("type"), {caption="By type"})
            r:bars({visit=1, meet=4, invite=1})
            r:bars({{"a", 2}, {"b", 0.5}}, {limit=1})
            return r
            """)
        let bars = r.blocks.compactMap { if case .bars(let b) = $0 { return b } else { return nil } }
        #expect(bars[0].caption == "By type")
        #expect(bars[0].bars == [.init(label: "meet", value: 3), .init(label: "visit", value: 2)])
        #expect(bars[1].bars.map(\.label) == ["meet", "invite", "visit"])
        #expect(bars[2].bars == [.init(label: "a", value: 2)] && bars[2].note == "1 more value not shown")
    }

    @Test func renderGivesEachFormat() throws {
        let s = try ReportFixtures.Session()
        let out = try s.run(
            """
            local r = report.new{title="Brief"}:heading("Meetings")
            r:table(events{type="meet"}, {columns={"date"}})
            print(r:render():sub(1, 7))
            print(r:render("md"):sub(1, 7))
            print(r:render("html"):sub(1, 15))
            print((r:render("csv"):gsub("\\r", "")))
            print(r:render("json"):match('"title": "Brief"'))
            print(tostring(r))
            """)
        #expect(
            out == """
                # Brief
                # Brief
                <!DOCTYPE html>
                # Meetings
                date
                2018-05-31
                2018-06-22
                2018-09

                "title": "Brief"
                Report “Brief” (2 blocks)

                """)
    }

    @Test func helpAndCompletionKnowReports() throws {
        let s = try ReportFixtures.Session()
        #expect(try s.run("help(report)").hasPrefix("report.new{title=, subtitle=, date=, period=false}"))
        #expect(try s.run("help(report.new())").hasPrefix("report.new{"))
        #expect(try s.run("help(chart)").hasPrefix("chart(counts"))
        #expect(try s.run("help()").contains("Charts: timeline(events)  chart(q:group(key) or {label=count})"))
        try s.run("r = report.new()")
        #expect(Completion.candidates(s.runtime, line: "r:he", cursor: 4) == ["r:heading("])
        #expect(Completion.candidates(s.runtime, line: "report.ne", cursor: 9) == ["report.new("])
        #expect(Completion.candidates(s.runtime, line: "timel", cursor: 5) == ["timeline("])
    }

    @Test func requireFindsTheModule() throws {
        let s = try ReportFixtures.Session()
        #expect(try s.run("print(require('report') == report)") == "true\n")
    }

    // MARK: the period

    @Test func periodIsVisibleAndWithinAddsItToFilters() throws {
        let week = ReportPeriod(since: PartialDate(iso: "2018-06-18"), until: PartialDate(iso: "2018-06-24"))
        let s = try ReportFixtures.Session(period: week)
        let out = try s.run(
            """
            local p = report.period
            print(p.since, p["until"], p.before, p.label)
            local f = report.within{type="meet"}
            print(f.type, f.since, f.before)
            print(report.within{since="2018-01-01"}.since)
            print(#articles(report.within{}), #quotes(report.within{}))
            """)
        #expect(
            out == """
                2018-06-18\t2018-06-24\t2018-06-25\t2018-06-18 to 2018-06-24
                meet\t2018-06-18\t2018-06-25
                2018-01-01
                4\t3

                """)
        let r = try s.report("return report.new{title='x'}")
        #expect(r.period == week)
        let open = try s.report("return report.new{title='x', period=false}")
        #expect(open.period == nil)
    }

    @Test func withoutAPeriodWithinChangesNothing() throws {
        let s = try ReportFixtures.Session()
        #expect(
            try s.run("local p = report.period print(p.since, p.label) print(next(report.within{}))")
                == "nil\tall dates\nnil\n")
        #expect(
            try s.run("report.set_period('2018-06-01') print(report.period.since, report.period['until'])")
                == "2018-06-01\tnil\n")
        #expect(
            try s.run("print(report.add_days('2018-06-24', -6), report.add_days('2018-02-28', 1))")
                == "2018-06-18\t2018-03-01\n")
    }

    // MARK: errors

    @Test(arguments: [
        (
            "report.new():table(events(), {colums={'date'}})",
            "test:1: table{colums=…}: unknown option 'colums' (did you mean 'columns'?) (options: columns, caption, title, sort, desc, limit, note)"
        ),
        (
            "report.new():table(events(), {columns={'dat'}})",
            "test:1: table{columns=…}: events have no field 'dat' (did you mean 'date'?) (fields: id, type, code, participants, place, date, precision, statuses, mentions, sources)"
        ),
        ("report.new():timeline(quotes())", "test:1: timeline: expected events, got a query of quotes (try events{…})"),
        (
            "report.new():quotes(events())",
            "test:1: quotes: expected quotes, got a query of events (try quotes{…} or e:quotes())"
        ),
        (
            "report.new():bars(events())",
            "test:1: bars: expected counts, got a query; count it first, e.g. q:group(\"type\")"
        ),
        (
            "report.new():network(quotes())",
            "test:1: network: quotes have no network; give events, articles or entities"
        ),
        (
            "report.new():network(events(), {kinds='persn'})",
            "test:1: network{kinds=…}: unknown kind 'persn' (did you mean 'person'?) (one of: person, country, place, organization, media)"
        ),
        (
            "report.new():network(events(), {focus='Putn'})",
            "test:1: network{focus=…}: no entity named 'Putn' (did you mean 'Putin'?)"
        ),
        ("report.new():heading({})", "test:1: bad argument #1 to 'heading' (string expected, got table)"),
        ("report.new():heading('x', 9)", "test:1: bad argument #2 to 'heading' (level 1 to 6 expected, got 9)"),
        (
            "report.new():render('pdf')",
            "test:1: bad argument #2 to 'render' (unknown format 'pdf' (did you mean 'md'?) (one of: markdown, html, csv, json))"
        ),
        ("report.heading('x')", "test:1: attempt to call a nil value (field 'heading')"),
        (
            "local r = report.new() r.heading('x')",
            "test:1: bad argument #1 to 'heading' (report expected, got string; call it as r:heading(…))"
        ),
        ("report.new():table(events(), {columns={{'Bad', function(e) error('boom') end}}})", "test:1: boom"),
        (
            "report.add_days('2018-06', 1)",
            "test:1: bad argument #1 to 'report.add_days' (a full date such as '2018-06-24' expected, got 2018-06)"
        ),
        (
            "report.new():table({1, {2}})",
            "test:1: table: these rows have no common columns (records of several kinds, or tables mixed with values); give columns={…}"
        ),
        (
            "report.new{titel='x'}",
            "test:1: report.new{titel=…}: unknown option 'titel' (did you mean 'title'?) (options: title, subtitle, date, period)"
        ),
    ])
    func errorsNameTheLineAndTheFix(code: String, message: String) throws {
        let s = try ReportFixtures.Session()
        #expect(s.error(code) == message)
    }

    @Test func errorsAreCatchableByPcall() throws {
        let s = try ReportFixtures.Session()
        let out = try s.run(
            """
            local r = report.new()
            print(pcall(r.table, r, events(), {limit=-1}))
            print(pcall(r.table, r, events(), {columns={{'x', function() error({code=7}) end}}}))
            """)
        // Called straight from pcall, there is no Lua caller to name, as with Lua's own functions.
        #expect(out.hasPrefix("false\ttable{limit=…}: expected an integer of at least 0, got -1\nfalse\ttable: "))
    }

    @Test func scriptWithoutAReportIsAFailure() throws {
        let s = try ReportFixtures.Session()
        #expect(throws: Fixtures.LuaFailure.self) { try s.report("print('no report')") }
        // Without a return value, the last report made is the one.
        let r = try s.report("local a = report.new('A') local b = report.new('B')")
        #expect(r.title == "B")
        let returned = try s.report("local a = report.new('A') local b = report.new('B') return a")
        #expect(returned.title == "A")
    }

    @Test func scriptErrorsCarryTheScriptLine() throws {
        let s = try ReportFixtures.Session()
        switch ReportScript.run(
            s.runtime, path: "brief.lua", args: [], code: "local r = report.new()\n\nr:table(events(), {sort=1})\n")
        {
        case .success: Issue.record("no error")
        case .failure(let f):
            #expect(
                f.description.hasPrefix("brief.lua:3: table{sort=…}: expected a field name or a function, got number"))
        }
        switch ReportScript.run(
            s.runtime, path: "args.lua", args: ["x", "y"],
            code: "local a, b = ...\nreturn report.new{title=a .. arg[2] .. arg[0]}")
        {
        case .success(let r): #expect(r.title == "xyargs.lua")
        case .failure(let f): Issue.record("\(f)")
        }
    }

    // MARK: the REPL's charts

    @Test func replTimelinePrintsEventsInDateOrder() throws {
        let s = try ReportFixtures.Session()
        let out = try s.run("timeline(entity('Kim'):events())")
        #expect(
            out == """
                ── 2018-05 ──
                2018-05-31  meet  Sergei Lavrov, Kim Jong-un @ Pyongyang     occurred         Yonhap
                ── 2018-09 ──
                2018-09     meet  Vladimir Putin, Kim Jong-un @ Vladivostok  planned, denied  Kremlin, KCNA
                (2 events)

                """)
        #expect(try s.run("timeline(events(), 1)").hasSuffix("(1 event)\n(4 more not shown)\n"))
        #expect(
            s.error("timeline(quotes())") == "test:1: timeline: expected events, got a query of quotes (try events{…})")
    }

    @Test func replChartDrawsBarsWithoutColourOffATerminal() throws {
        let s = try ReportFixtures.Session()
        let out = try s.run("chart(events():group('type'), {title='Events', width=8})")
        #expect(out == "Events\nmeet   ████████ 3\nvisit  █████▍   2\n")
        #expect(!out.contains("\u{1B}"))
        #expect(
            try s.run("chart({b=1, a=1})")
                == "a  ████████████████████████████████████████ 1\nb  ████████████████████████████████████████ 1\n")
    }

    @Test func replChartColoursOnATerminalUnlessNoColor() throws {
        let s = try ReportFixtures.Session()
        s.runtime.isTerminal = true
        let out = try s.run("chart({a=2}, {width=2})")
        let noColor =
            !(ProcessInfo.environmentValue("NO_COLOR") ?? "").isEmpty || ProcessInfo.environmentValue("TERM") == "dumb"
        #expect(out == (noColor ? "a  ██ 2\n" : "a  \u{1B}[36m██\u{1B}[0m 2\n"))
    }
}

extension ProcessInfo {
    static func environmentValue(_ name: String) -> String? { processInfo.environment[name] }
}
