/// A report as one standalone HTML page: the stylesheet and the SVG charts are inline, nothing is
/// fetched (a Content-Security-Policy forbids it, so a page opened from a mail or a CI artifact
/// cannot call out), and the page prints cleanly.
public enum HTMLReport {
    public static func render(_ report: Report) -> String {
        let e = Escaping.html
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
            <meta name="generator" content="Dossier">
            <title>\(e(report.title))</title>
            <style>

            """
        out += HTMLReportStyle.css
        out += "</style>\n</head>\n<body>\n<header class=\"report\">\n<h1>\(e(report.title))</h1>\n"
        if let s = report.subtitle { out += "<p class=\"subtitle\">\(e(s))</p>\n" }
        var meta: [String] = []
        if let p = report.period, !p.isOpen { meta.append("Period: " + period(p)) }
        if let d = report.date { meta.append(e(d)) }
        if !meta.isEmpty { out += "<p class=\"meta\">\(meta.joined(separator: " · "))</p>\n" }
        out += "</header>\n<main>\n"
        if report.blocks.isEmpty { out += "<p class=\"empty\">\(e(report.emptyNotice))</p>\n" }
        for block in report.blocks { out += render(block) }
        out +=
            "</main>\n<footer class=\"report\">Made with Dossier from the articles of the corpus.</footer>\n</body>\n</html>\n"
        return out
    }

    static func period(_ p: ReportPeriod) -> String {
        switch (p.firstDay, p.lastDay) {
        case let (s?, u?) where s != u: return "<time>\(s)</time> to <time>\(u)</time>"
        default: return Escaping.html(p.label)
        }
    }

    static func render(_ block: ReportBlock) -> String {
        let e = Escaping.html
        switch block {
        case .heading(let text, let level):
            let h = min(6, max(1, level))
            return "<h\(h)>\(e(text))</h\(h)>\n"
        case .paragraph(let text):
            return "<p>\(e(Escaping.collapseWhitespace(text)))</p>\n"
        case .list(let items):
            return items.isEmpty ? "" : "<ul>\n" + items.map { "<li>\(e($0))</li>\n" }.joined() + "</ul>\n"
        case .table(let t):
            return figure("table", t.caption, table(t.data), t.note)
        case .quotes(let q):
            var body = ""
            for quote in q.quotes {
                var origin = [quote.source, quote.date].compactMap { $0 }.map(e).joined(separator: ", ")
                if !origin.isEmpty { origin = ", " + origin }
                body +=
                    "<blockquote>\n<p>“\(e(quote.text))”</p>\n<footer>— <cite>\(e(quote.speaker ?? "Unknown speaker"))</cite>\(origin)</footer>\n</blockquote>\n"
            }
            if q.quotes.isEmpty { body = "<p class=\"empty\">No quotes.</p>\n" }
            return figure("quotes", q.caption, body, q.note)
        case .timeline(let t):
            return figure(
                "timeline", t.caption,
                t.isEmpty ? "<p class=\"empty\">No events.</p>\n" : SVGTimeline.render(t) + timelineList(t), t.note)
        case .network(let n):
            return figure(
                "network", n.caption, n.isEmpty ? "<p class=\"empty\">No entities.</p>\n" : SVGNetwork.render(n), n.note
            )
        case .bars(let b):
            return figure(
                "bars", b.caption, b.bars.isEmpty ? "<p class=\"empty\">No data.</p>\n" : SVGBars.render(b), b.note)
        }
    }

    static func figure(_ kind: String, _ caption: String?, _ body: String, _ note: String?) -> String {
        var out = "<figure class=\"\(kind)\">\n"
        if let caption { out += "<figcaption>\(Escaping.html(caption))</figcaption>\n" }
        out += body
        if let note { out += "<p class=\"note\">\(Escaping.html(note))</p>\n" }
        return out + "</figure>\n"
    }

    /// Columns whose values are event statuses get coloured badges, as in the charts.
    static let statusColumns: Set<String> = ["status", "statuses"]

    static func table(_ data: TableData) -> String {
        let e = Escaping.html
        let numeric = data.columns.indices.map { Report.isNumeric(data, column: $0) }
        var out = "<table>\n<thead><tr>"
        // Dates and numbers do not wrap; a cell class says which.
        let classes = data.columns.indices.map { i in
            numeric[i] ? " class=\"num\"" : data.columns[i].lowercased() == "date" ? " class=\"date\"" : ""
        }
        for (i, c) in data.columns.enumerated() { out += "<th\(classes[i])>\(e(c))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for row in data.rows {
            out += "<tr>"
            for (i, c) in data.columns.enumerated() {
                let cell = i < row.count ? row[i] : .null
                let text: String
                if statusColumns.contains(c.lowercased()) {
                    text = statusBadges(cell)
                } else {
                    text = e(Report.cellText(cell))
                }
                out += "<td\(classes[i])>\(text)</td>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    static func statusBadges(_ cell: JSON) -> String {
        let values: [String]
        switch cell {
        case .array(let items): values = items.map(Report.cellText)
        case .null: values = []
        default: values = Report.cellText(cell).split(separator: ",").map { Escaping.collapseWhitespace(String($0)) }
        }
        return values.map { badge($0) }.joined(separator: " ")
    }

    static func badge(_ status: String) -> String {
        "<span class=\"badge \(ChartClasses.status(status))\">\(Escaping.html(status))</span>"
    }

    /// The list under the timeline chart, numbered as the chart's dots are.
    static func timelineList(_ t: ReportTimeline) -> String {
        let e = Escaping.html
        func line(_ item: ReportTimeline.Item) -> String {
            var s = "<span class=\"type\">\(e(item.type))</span> \(e(item.summary))"
            if !item.statuses.isEmpty { s += " " + item.statuses.map(badge).joined(separator: " ") }
            if !item.sources.isEmpty { s += " <span class=\"src\">— \(e(item.sources.joined(separator: ", ")))</span>" }
            return s
        }
        var out = ""
        if !t.dated.isEmpty {
            out += "<ol class=\"events\">\n"
            for item in t.dated { out += "<li><time>\(item.date!.iso)</time> \(line(item))</li>\n" }
            out += "</ol>\n"
        }
        if !t.undated.isEmpty {
            out += "<p class=\"sub\">Undated</p>\n<ul class=\"events undated\">\n"
            for item in t.undated {
                out += "<li>" + (item.date.map { "<time>\($0.iso)</time> " } ?? "") + line(item) + "</li>\n"
            }
            out += "</ul>\n"
        }
        return out
    }
}
