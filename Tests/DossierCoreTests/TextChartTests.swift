import Testing

@testable import DossierCore

/// The REPL's text timeline and bar chart, and when they may use colour.
@Suite struct TextChartTests {
    @Test func timelineListsEventsByDateWithTheUndatedApart() {
        let t = ReportTimeline(items: [
            ReportRenderingTests.item(
                2, "2018-06-22", "meet", ["planned", "occurred"], sources: ["Yonhap", "Kremlin"]),
            ReportRenderingTests.item(
                5, "2018-06-22", "speech", ["occurred"], participants: ["Moon Jae-in"], place: nil),
            ReportRenderingTests.item(1, "2018-06-21", "visit", participants: ["Moon Jae-in"]),
            ReportRenderingTests.item(
                3, nil, "meet", ["denied"], participants: ["Vladimir Putin", "Kim Jong-un"], place: nil,
                sources: ["Kremlin"]),
        ])
        #expect(
            TextTimeline.render(t) == """
                2018-06-21  visit   Moon Jae-in @ Moscow                  occurred           Yonhap
                2018-06-22  meet    Moon Jae-in, Vladimir Putin @ Moscow  planned, occurred  Yonhap, Kremlin
                            speech  Moon Jae-in                           occurred           Yonhap
                Undated
                            meet    Vladimir Putin, Kim Jong-un           denied             Kremlin
                (4 events, 1 undated)

                """)
    }

    @Test func timelineMarksMonthsWhenItSpansSeveral() {
        let t = ReportTimeline(items: [
            ReportRenderingTests.item(1, "2018-05-31"), ReportRenderingTests.item(2, "2018-06-02"),
        ])
        let text = TextTimeline.render(t)
        #expect(text.hasPrefix("── 2018-05 ──\n2018-05-31"))
        #expect(text.contains("── 2018-06 ──\n2018-06-02"))
        #expect(TextTimeline.render(ReportTimeline(items: [])) == "(no events)\n")
    }

    @Test func barChartScalesToTheLargestValue() {
        let chart = ReportBars(
            caption: "Events",
            bars: [.init(label: "meet", value: 12), .init(label: "visit", value: 6), .init(label: "", value: 1)])
        #expect(
            TextBarChart.render(chart, width: 12) == """
                Events
                meet    ████████████ 12
                visit   ██████        6
                (none)  █             1

                """)
        #expect(UnicodeBar.bar(8, maximum: 8, width: 1) == "█")
        #expect(UnicodeBar.bar(1, maximum: 8, width: 1) == "▏")
        #expect(UnicodeBar.bar(3, maximum: 8, width: 1) == "▍")
        #expect(UnicodeBar.bar(0.01, maximum: 8, width: 1) == "▏")
        #expect(UnicodeBar.bar(0, maximum: 8, width: 10) == "")
    }

    @Test func colourOnlyOnATerminalWithoutNoColor() {
        #expect(TerminalStyle.colorAllowed(isTerminal: true, environment: [:]))
        #expect(!TerminalStyle.colorAllowed(isTerminal: false, environment: [:]))
        #expect(!TerminalStyle.colorAllowed(isTerminal: true, environment: ["NO_COLOR": "1"]))
        // An empty NO_COLOR does not count (no-color.org).
        #expect(TerminalStyle.colorAllowed(isTerminal: true, environment: ["NO_COLOR": ""]))
        #expect(!TerminalStyle.colorAllowed(isTerminal: true, environment: ["TERM": "dumb"]))
        let styled = TextBarChart.render(
            ReportBars(bars: [.init(label: "a", value: 1)]), style: TerminalStyle(enabled: true), width: 2)
        #expect(styled == "a  \u{1B}[36m██\u{1B}[0m 1\n")
        #expect(TerminalStyle(enabled: true).status("denied") == "\u{1B}[31mdenied\u{1B}[0m")
        #expect(TerminalStyle.plain.status("denied") == "denied")
    }
}
