/// A report as CommonMark with GitHub tables: readable as plain text in a terminal or an e-mail,
/// and rendered well by GitHub, GitLab and pandoc. Charts become what text can show: the timeline
/// a numbered list, the network a table of its strongest ties, bars a table with text bars.
public enum MarkdownReport {
    public static func render(_ report: Report) -> String {
        var out = "# \(Escaping.markdown(report.title))\n\n"
        if let s = report.subtitle { out += "*\(Escaping.markdown(s))*\n\n" }
        let meta = metaLine(report)
        if !meta.isEmpty { out += Escaping.markdown(meta) + "\n\n" }
        if report.blocks.isEmpty { out += Escaping.markdown(report.emptyNotice) + "\n\n" }
        for block in report.blocks { out += render(block) }
        // One newline at the end of the file, whatever the last block wrote.
        while out.hasSuffix("\n\n") { out.removeLast() }
        return out
    }

    /// "Period: 2018-06-18 to 2018-06-24 · 2018-06-25": the line under the title.
    static func metaLine(_ report: Report) -> String {
        var parts: [String] = []
        if let p = report.period, !p.isOpen { parts.append("Period: \(p.label)") }
        if let d = report.date { parts.append(d) }
        return parts.joined(separator: " · ")
    }

    static func render(_ block: ReportBlock) -> String {
        switch block {
        case .heading(let text, let level):
            return String(repeating: "#", count: min(6, max(1, level))) + " " + Escaping.markdown(text) + "\n\n"
        case .paragraph(let text):
            return Escaping.markdown(text) + "\n\n"
        case .list(let items):
            return items.isEmpty ? "" : items.map { "- " + Escaping.markdown($0) + "\n" }.joined() + "\n"
        case .table(let t):
            return caption(t.caption) + table(t.data) + note(t.note)
        case .quotes(let q):
            var out = caption(q.caption)
            for quote in q.quotes {
                out += "> “\(Escaping.markdown(quote.text))”\n>\n> — \(Escaping.markdown(quote.attribution))\n\n"
            }
            if q.quotes.isEmpty { out += "*No quotes.*\n\n" }
            return out + note(q.note)
        case .timeline(let t):
            return caption(t.caption) + timeline(t) + note(t.note)
        case .network(let n):
            var out = caption(n.caption)
            if n.isEmpty { return out + "*No entities.*\n\n" + note(n.note) }
            let names = n.nodes.map { "\($0.name) (\($0.weight))" }.joined(separator: ", ")
            out += Escaping.markdown("Entities, with the number of \(n.unit) naming them: \(names).") + "\n\n"
            // Text has no picture to make a long list of ties readable: the strongest ones only.
            var ties = n.table
            let shown = 15
            if ties.rows.count > shown {
                ties.rows = Array(ties.rows.prefix(shown))
                out += table(ties) + note("\(n.edges.count - shown) weaker ties not shown")
            } else if !ties.rows.isEmpty {
                out += table(ties)
            }
            return out + note(n.note)
        case .bars(let b):
            var out = caption(b.caption)
            if b.bars.isEmpty { return out + "*No data.*\n\n" + note(b.note) }
            let maximum = b.bars.map(\.value).max() ?? 0
            let data = TableData(
                columns: ["label", "value", ""],
                rows: b.bars.map {
                    [
                        .string($0.label), NumberText.json($0.value),
                        .string(UnicodeBar.bar($0.value, maximum: maximum, width: 20)),
                    ]
                })
            out += table(data)
            return out + note(b.note)
        }
    }

    static func caption(_ text: String?) -> String {
        text.map { "**\(Escaping.markdown($0))**\n\n" } ?? ""
    }

    static func note(_ text: String?) -> String {
        text.map { "*\(Escaping.markdown($0))*\n\n" } ?? ""
    }

    static func table(_ data: TableData) -> String {
        if data.columns.isEmpty { return "" }
        let numeric = data.columns.indices.map { Report.isNumeric(data, column: $0) }
        var out = "| " + data.columns.map { Escaping.markdown($0, blockStart: false) }.joined(separator: " | ") + " |\n"
        out += "|" + numeric.map { $0 ? " ---: |" : " --- |" }.joined() + "\n"
        for row in data.rows {
            let cells = data.columns.indices.map { i in
                i < row.count ? Escaping.markdown(Report.cellText(row[i]), blockStart: false) : ""
            }
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        if data.rows.isEmpty { out += "| " + data.columns.map { _ in "" }.joined(separator: " | ") + " |\n" }
        return out + "\n"
    }

    static func timeline(_ t: ReportTimeline) -> String {
        if t.isEmpty { return "*No events.*\n\n" }
        var out = ""
        for (i, item) in t.dated.enumerated() {
            out += "\(i + 1). **\(item.date!.iso)** \(line(item))\n"
        }
        if !t.dated.isEmpty { out += "\n" }
        if !t.undated.isEmpty {
            out += "Undated:\n\n"
            for item in t.undated {
                out += "- " + (item.date.map { "**\($0.iso)** " } ?? "") + line(item) + "\n"
            }
            out += "\n"
        }
        return out
    }

    /// "meet: Moon Jae-in, Vladimir Putin @ Moscow — planned, occurred (Yonhap, Kremlin)"
    static func line(_ item: ReportTimeline.Item) -> String {
        var s = "\(item.type): \(item.summary)"
        if !item.statuses.isEmpty { s += " — \(item.statuses.joined(separator: ", "))" }
        if !item.sources.isEmpty { s += " (\(item.sources.joined(separator: ", ")))" }
        return Escaping.markdown(s)
    }
}
