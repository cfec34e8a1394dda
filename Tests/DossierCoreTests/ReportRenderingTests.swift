import Testing

@testable import DossierCore

/// The report renderers on reports built by hand: what each format says, escaping, the SVG
/// charts' elements, and byte-stable output.
@Suite struct ReportRenderingTests {
    static func item(
        _ id: Int64, _ date: String?, _ type: String = "meet", _ statuses: [String] = ["occurred"],
        participants: [String] = ["Moon Jae-in", "Vladimir Putin"], place: String? = "Moscow",
        sources: [String] = ["Yonhap"]
    ) -> ReportTimeline.Item {
        ReportTimeline.Item(
            id: id, date: date.flatMap(PartialDate.init(iso:)), type: type, participants: participants,
            place: place, statuses: statuses, sources: sources)
    }

    /// A report with one block of each kind and text that needs escaping everywhere.
    static var sample: Report {
        var r = Report(
            title: "Brief: <Russia> & \"Korea\"", subtitle: "Week 25",
            period: ReportPeriod(since: PartialDate(iso: "2018-06-18"), until: PartialDate(iso: "2018-06-24")))
        r.append(.heading("Events | by type", level: 2))
        r.append(.paragraph("1. Kim *met* Putin\nin <Moscow> & left"))
        r.append(.list(["# not a heading", "- not an item"]))
        r.append(
            .table(
                ReportTable(
                    caption: "Events",
                    data: TableData(
                        columns: ["date", "type", "statuses", "count"],
                        rows: [
                            [
                                .string("2018-06-22"), .string("meet"),
                                .array([.string("planned"), .string("denied")]), .int(2),
                            ],
                            [
                                .string("2018-06-23"), .string("=HYPERLINK(\"x\")"), .array([.string("occurred")]),
                                .double(0.5),
                            ],
                        ]))))
        r.append(
            .quotes(
                ReportQuotes(
                    caption: "Quotes",
                    quotes: [
                        ReportQuote(
                            speaker: "Dmitry Peskov", text: "No plans | none <at all>", source: "TASS",
                            date: "2018-03-29")
                    ])))
        r.append(
            .timeline(
                ReportTimeline(
                    caption: "Timeline",
                    items: [
                        item(2, "2018-06-22", "meet", ["planned", "denied"]), item(1, "2018-06-21", "visit"),
                        item(3, nil, "invite", ["speculated"]), item(4, "2018-09", "meet", ["planned"]),
                    ])))
        r.append(
            .network(
                ReportNetwork.coOccurrence(
                    groups: [[1, 2], [1, 2, 3], [1, 3]],
                    entities: [1: ("Vladimir Putin", "person"), 2: ("Moon Jae-in", "person"), 3: ("Moscow", "place")],
                    unit: "articles", caption: "Network")))
        r.append(
            .bars(
                ReportBars(caption: "Counts", bars: [.init(label: "meet", value: 8), .init(label: "visit", value: 3)])))
        return r
    }

    // MARK: Markdown

    @Test func markdownHasEveryBlockInOrder() {
        let md = Self.sample.render(.markdown)
        let order = [
            "# Brief: \\<Russia\\> \\& \"Korea\"", "*Week 25*", "Period: 2018-06-18 to 2018-06-24",
            "## Events \\| by type", "**Events**", "| date | type | statuses | count |", "**Quotes**",
            "> “No plans \\| none \\<at all\\>”", "> — Dmitry Peskov (TASS, 2018-03-29)", "**Timeline**",
            "**Network**", "**Counts**",
        ]
        var position = md.startIndex
        for piece in order {
            let found = md.range(of: piece, range: position..<md.endIndex)
            #expect(found != nil, "missing or out of order: \(piece)")
            if let found { position = found.upperBound }
        }
        #expect(md.hasSuffix("|\n") && !md.hasSuffix("\n\n"))
    }

    @Test func markdownEscapesWhatWouldBecomeMarkup() {
        let md = Self.sample.render(.markdown)
        // A paragraph starting "1." is not a list; newlines in it do not break it; * and <> are literal.
        #expect(md.contains("1\\. Kim \\*met\\* Putin in \\<Moscow\\> \\& left\n"))
        #expect(md.contains("- \\# not a heading\n- \\- not an item\n"))
        #expect(Escaping.markdown("+ plus") == "\\+ plus")
        #expect(Escaping.markdown("a_b [c](d) `e` ~f~") == "a\\_b \\[c\\](d) \\`e\\` \\~f\\~")
    }

    @Test func markdownTimelineNumbersDatedEventsAndListsUndatedApart() {
        let md = MarkdownReport.timeline(
            ReportTimeline(items: [
                Self.item(2, "2018-06-22", "meet", ["planned", "denied"]), Self.item(1, "2018-06-21", "visit"),
                Self.item(3, nil, "invite", ["speculated"]), Self.item(4, "--03-26", "meet"),
            ]))
        #expect(
            md == """
                1. **2018-06-21** visit: Moon Jae-in, Vladimir Putin @ Moscow — occurred (Yonhap)
                2. **2018-06-22** meet: Moon Jae-in, Vladimir Putin @ Moscow — planned, denied (Yonhap)

                Undated:

                - **--03-26** meet: Moon Jae-in, Vladimir Putin @ Moscow — occurred (Yonhap)
                - invite: Moon Jae-in, Vladimir Putin @ Moscow — speculated (Yonhap)


                """)
    }

    @Test func markdownBarsCarryTextBars() {
        let md = Self.sample.render(.markdown)
        #expect(md.contains("| meet | 8 | ████████████████████ |"))
        #expect(md.contains("| visit | 3 | ███████▌ |"))
    }

    // MARK: HTML

    @Test func htmlIsAStandalonePageWithoutNetworkAccess() {
        let html = Self.sample.render(.html)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.hasSuffix("</html>\n"))
        #expect(
            html.contains(
                "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">"
            ))
        #expect(html.contains("@media print"))
        // Nothing that would load anything: no scripts, no external stylesheets, images or fonts.
        for forbidden in ["<script", "<link", "<img", "@import", "url(", "http://", "https://"]
        where forbidden != "http://" {
            #expect(!html.contains(forbidden), "\(forbidden)")
        }
        // The only http:// is the SVG namespace, which is a name, not a fetch.
        #expect(
            html.components(separatedBy: "http://").count - 1 == html.components(
                separatedBy: "xmlns=\"http://www.w3.org/2000/svg\""
            ).count - 1)
    }

    /// Every element the page opens is closed, in order (void elements and self-closing SVG
    /// shapes aside): a renderer bug that leaves a <figure> or <g> open shows here.
    @Test func htmlElementsAreBalanced() throws {
        let html = Self.sample.render(.html)
        let void: Set<String> = ["meta", "br", "hr", "img", "link", "input", "!doctype"]
        var stack: [String] = []
        var i = html.startIndex
        while let open = html[i...].firstIndex(of: "<") {
            let close = try #require(html[open...].firstIndex(of: ">"))
            let tag = html[html.index(after: open)..<close]
            i = html.index(after: close)
            if tag.hasSuffix("/") { continue }
            let name = tag.split(whereSeparator: { $0 == " " || $0 == "\n" }).first.map { $0.lowercased() } ?? ""
            if name.hasPrefix("/") {
                #expect(stack.popLast() == String(name.dropFirst()), "unbalanced </\(name.dropFirst())>")
            } else if !void.contains(name) {
                stack.append(name)
            }
        }
        #expect(stack.isEmpty, "left open: \(stack)")
    }

    @Test func htmlEscapesTextAndAttributes() {
        let html = Self.sample.render(.html)
        #expect(html.contains("<title>Brief: &lt;Russia&gt; &amp; &quot;Korea&quot;</title>"))
        #expect(html.contains("<h1>Brief: &lt;Russia&gt; &amp; &quot;Korea&quot;</h1>"))
        #expect(html.contains("<p>1. Kim *met* Putin in &lt;Moscow&gt; &amp; left</p>"))
        #expect(html.contains("<p>“No plans | none &lt;at all&gt;”</p>"))
        #expect(html.contains("<footer>— <cite>Dmitry Peskov</cite>, TASS, 2018-03-29</footer>"))
        #expect(!html.contains("<Russia>") && !html.contains("<at all>"))
        #expect(Escaping.html("a\u{1}b'c") == "ab&#39;c")
    }

    @Test func htmlTablesAlignNumbersAndBadgeStatuses() {
        let html = Self.sample.render(.html)
        #expect(html.contains("<th class=\"date\">date</th><th>type</th><th>statuses</th><th class=\"num\">count</th>"))
        #expect(
            html.contains(
                "<td><span class=\"badge st-planned\">planned</span> <span class=\"badge st-denied\">denied</span></td><td class=\"num\">2</td>"
            ))
        #expect(html.contains("<td class=\"num\">0.5</td>"))
    }

    @Test func htmlTimelineChartHasLanesDotsPiesAndANumberedList() throws {
        let svg = SVGTimeline.render(
            ReportTimeline(items: [
                Self.item(2, "2018-06-22", "meet", ["planned", "denied"]), Self.item(1, "2018-06-21", "visit"),
                Self.item(3, nil, "invite", ["speculated"]), Self.item(4, "2018-09", "meet", ["planned"]),
            ]))
        #expect(svg.hasPrefix("<svg class=\"chart timeline\""))
        // Lanes for the dated types only, in the model's order.
        #expect(svg.contains(">meet</text>") && svg.contains(">visit</text>") && !svg.contains(">invite</text>"))
        // The visit is one dot; the disputed meeting a pie of two slices; the September meeting a span.
        #expect(svg.components(separatedBy: "<circle class=\"mark st-occurred\"").count - 1 == 2)  // the dot and the legend
        #expect(svg.contains("<path class=\"mark st-planned\"") && svg.contains("<path class=\"mark st-denied\""))
        #expect(svg.contains("<rect class=\"span st-planned\""))
        #expect(
            svg.contains(
                "<title>2. 2018-06-22 meet: Moon Jae-in, Vladimir Putin @ Moscow [planned, denied] — Yonhap</title>"))
        #expect(svg.contains(">sources disagree</text>") && svg.contains(">month or year only</text>"))
        let html = HTMLReport.render(.timeline(ReportTimeline(items: [Self.item(1, "2018-06-21"), Self.item(3, nil)])))
        #expect(html.contains("<ol class=\"events\">\n<li><time>2018-06-21</time> <span class=\"type\">meet</span>"))
        #expect(html.contains("<p class=\"sub\">Undated</p>\n<ul class=\"events undated\">"))
    }

    @Test func timelineTicksFollowTheSpan() {
        let days = SVGTimeline.render(ReportTimeline(items: [Self.item(1, "2018-06-18"), Self.item(2, "2018-06-24")]))
        #expect(days.contains(">Jun 18</text>") && days.contains(">Jun 24</text>"))
        let months = SVGTimeline.render(
            ReportTimeline(items: [Self.item(1, "2018-01-05"), Self.item(2, "2018-11-20")]))
        #expect(months.contains(" 2018</text>") && months.contains(">Mar</text>") && months.contains(">Nov</text>"))
        let years = SVGTimeline.render(ReportTimeline(items: [Self.item(1, "1987-03-01"), Self.item(2, "1999-11-20")]))
        #expect(years.contains(">1990</text>") && !years.contains(">Mar</text>"))
    }

    @Test func barChartHasOneBarPerValue() {
        let svg = SVGBars.render(
            ReportBars(bars: [.init(label: "Vladimir Putin", value: 8), .init(label: "Moon <Jae-in>", value: 3)]))
        #expect(svg.components(separatedBy: "<rect class=\"bar\"").count - 1 == 2)
        #expect(svg.contains(">Vladimir Putin</text>"))
        #expect(svg.contains(">Moon &lt;Jae-in&gt;</text>"))
        #expect(svg.contains("<title>Vladimir Putin: 8</title>"))
    }

    @Test func networkChartHasNodesEdgesAndLabels() {
        let n = ReportNetwork.coOccurrence(
            groups: [[1, 2], [1, 2, 3], [1, 3], [4]],
            entities: [
                1: ("Vladimir Putin", "person"), 2: ("Moon Jae-in", "person"), 3: ("Moscow", "place"),
                4: ("Alone", "person"),
            ],
            unit: "articles", focus: 2)
        // The isolated entity is left out; the focus stays whatever its rank.
        #expect(n.nodes.map(\.name) == ["Moon Jae-in", "Vladimir Putin", "Moscow"])
        #expect(n.focus == 0)
        #expect(
            n.edges.map { "\(n.nodes[$0.a].name)-\(n.nodes[$0.b].name):\($0.weight)" }
                == ["Moon Jae-in-Vladimir Putin:2", "Vladimir Putin-Moscow:2", "Moon Jae-in-Moscow:1"])
        #expect(n.note == "1 less connected entity left out")
        let svg = SVGNetwork.render(n)
        #expect(svg.components(separatedBy: "<line class=\"edge\"").count - 1 == 3)
        #expect(svg.components(separatedBy: "<circle class=\"node k-").count - 1 == 3 + 2)  // nodes and legend
        #expect(svg.contains("class=\"node k-person focus\""))
        #expect(svg.contains(">Moscow</text>"))
    }

    @Test func separateComponentsGetTheirOwnPlaces() {
        // A star of five and two pairs: the star on the left, the pairs one above the other on the right.
        let edges: [(a: Int, b: Int, weight: Int)] = [(0, 1, 1), (0, 2, 1), (0, 3, 1), (0, 4, 1), (5, 6, 1), (7, 8, 1)]
        #expect(NetworkLayout.components(count: 9, edges: edges) == [[0, 1, 2, 3, 4], [5, 6], [7, 8]])
        let p = NetworkLayout.positions(count: 9, edges: edges, focus: 0)
        #expect(p[0...4].allSatisfy { $0.x < 0.8 })
        #expect(p[5...8].allSatisfy { $0.x >= 0.8 })
        #expect(max(p[5].y, p[6].y) < min(p[7].y, p[8].y))
    }

    @Test func networkKeepsTheMostFrequentEntities() {
        let n = ReportNetwork.coOccurrence(
            groups: [[1, 2, 3], [1, 2], [1, 3], [2, 3], [1, 4]],
            entities: [1: ("A", "person"), 2: ("B", "person"), 3: ("C", "place"), 4: ("D", "country")],
            unit: "articles", maxNodes: 3)
        #expect(n.nodes.map(\.name) == ["A", "B", "C"])
        #expect(n.nodes.map(\.weight) == [4, 3, 3])
    }

    // MARK: CSV and JSON

    @Test func csvHasOneSectionPerTabularBlock() {
        let sections = CSVReport.sections(Self.sample)
        #expect(sections.map(\.name) == ["events", "quotes", "timeline", "network", "counts"])
        #expect(
            CSVReport.csv(sections[0].data) == """
                date,type,statuses,count\r
                2018-06-22,meet,"planned, denied",2\r
                2018-06-23,"'=HYPERLINK(""x"")",occurred,0.5\r

                """)
        #expect(
            CSVReport.csv(sections[1].data)
                == "speaker,text,source,date\r\nDmitry Peskov,No plans | none <at all>,TASS,2018-03-29\r\n")
        #expect(
            CSVReport.csv(sections[2].data).hasPrefix(
                "id,date,type,participants,place,statuses,sources\r\n1,2018-06-21,visit,"))
        #expect(CSVReport.render(Self.sample).hasPrefix("# Events\r\ndate,type,statuses,count\r\n"))
        #expect(CSVReport.defused("-3") == "-3" && CSVReport.defused("@SUM(A1)") == "'@SUM(A1)")
    }

    @Test func csvNamesSectionsAfterHeadingsAndKeepsNamesUnique() {
        var r = Report(title: "t")
        r.append(.heading("Most quoted", level: 2))
        r.append(.bars(ReportBars(bars: [.init(label: "a", value: 1)])))
        r.append(.table(ReportTable(data: TableData(columns: ["x"], rows: []))))
        r.append(.table(ReportTable(caption: "Table", data: TableData(columns: ["x"], rows: []))))
        #expect(CSVReport.sections(r).map(\.name) == ["most-quoted", "table", "table-2"])
    }

    @Test func jsonHasTheWholeStructure() {
        let json = Self.sample.render(.json)
        #expect(
            json.hasPrefix(
                """
                {
                  "title": "Brief: <Russia> & \\"Korea\\"",
                  "subtitle": "Week 25",
                  "date": null,
                  "period": {"since": "2018-06-18", "until": "2018-06-24"},
                  "empty": false,
                  "blocks": [
                    {"kind": "heading", "level": 2, "text": "Events | by type"},
                """))
        #expect(json.contains("\"columns\": [\"date\", \"type\", \"statuses\", \"count\"]"))
        #expect(json.contains("[\"2018-06-22\", \"meet\", [\"planned\", \"denied\"], 2]"))
        #expect(json.contains("\"speaker\": \"Dmitry Peskov\",\n          \"text\": \"No plans | none <at all>\","))
        #expect(json.contains("\"undated\": ["))
        #expect(json.contains("{\"source\": \"Vladimir Putin\", \"target\": \"Moon Jae-in\", \"weight\": 2}"))
        #expect(json.contains("{\"label\": \"meet\", \"value\": 8}"))
    }

    // MARK: empty reports, determinism, numbers

    @Test func anEmptyReportSaysSoInEveryFormat() {
        let r = Report(
            title: "Weekly brief",
            period: ReportPeriod(since: PartialDate(iso: "2030-01-01"), until: PartialDate(iso: "2030-01-07")))
        #expect(
            r.render(.markdown)
                == "# Weekly brief\n\nPeriod: 2030-01-01 to 2030-01-07\n\nNothing to report for 2030-01-01 to 2030-01-07.\n"
        )
        #expect(r.render(.html).contains("<p class=\"empty\">Nothing to report for 2030-01-01 to 2030-01-07.</p>"))
        #expect(r.render(.json).contains("\"empty\": true"))
        #expect(r.render(.csv) == "")
    }

    @Test func renderingTwiceGivesTheSameBytes() {
        for format in ReportFormat.allCases {
            #expect(Self.sample.render(format) == Self.sample.render(format))
        }
        let a = NetworkLayout.positions(count: 12, edges: [(0, 1, 3), (1, 2, 1), (2, 3, 2), (5, 7, 1)], focus: 1)
        let b = NetworkLayout.positions(count: 12, edges: [(0, 1, 3), (1, 2, 1), (2, 3, 2), (5, 7, 1)], focus: 1)
        #expect(a == b)
        #expect(a.allSatisfy { (0...1).contains($0.x) && (0...1).contains($0.y) })
    }

    @Test(arguments: [
        (0.0, "0"), (3.0, "3"), (0.5, "0.5"), (2.0 / 3.0, "0.67"), (-1.25, "-1.25"), (1e20, "100000000000000000000"),
        (-0.001, "0"), (12.10, "12.1"),
    ])
    func numbersAreWrittenOneWay(value: Double, text: String) {
        #expect(NumberText.plain(value) == text)
    }

    @Test func periodsKnowTheirDays() {
        let week = ReportPeriod(since: PartialDate(iso: "2018-06-18"), until: PartialDate(iso: "2018-06-24"))
        #expect(week.label == "2018-06-18 to 2018-06-24")
        #expect(week.dayAfter == "2018-06-25")
        let month = ReportPeriod(since: nil, until: PartialDate(iso: "2018-02"))
        #expect(month.label == "until 2018-02-28" && month.dayAfter == "2018-03-01")
        #expect(ReportPeriod(since: PartialDate(iso: "2018"), until: nil).label == "since 2018-01-01")
        #expect(ReportFormat(name: "MD") == .markdown && ReportFormat(name: "pdf") == nil)
        #expect(Escaping.slug("Quotes by speaker — 2018/06!") == "quotes-by-speaker-2018-06")
        #expect(
            Escaping.slug("The week’s events by the date they happen or are planned for")
                == "the-weeks-events-by-the-date-they-happen")
    }
}
