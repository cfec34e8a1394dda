/// A timeline as lines of text for the REPL: one event a line, the date written once for the
/// events that share it, a rule where the month changes, and the undated events apart at the end.
///
///     2018-06-21  visit  Moon Jae-in @ Moscow           occurred          Yonhap
///     2018-06-22  meet   Moon Jae-in, Vladimir Putin    planned, occurred Yonhap, Kremlin
///     Undated
///                 meet   Vladimir Putin, Kim Jong-un    denied            Kremlin
public enum TextTimeline {
    public static func render(_ timeline: ReportTimeline, style: TerminalStyle = .plain, summaryWidth: Int = 48)
        -> String
    {
        if timeline.isEmpty { return "(no events)\n" }
        let items = timeline.items
        let dateWidth = max(10, items.compactMap { $0.date.map { DisplayWidth.of($0.iso) } }.max() ?? 10)
        let typeWidth = items.map { DisplayWidth.of($0.type) }.max() ?? 4
        let summaries = items.map { DisplayWidth.truncate($0.summary, to: summaryWidth) }
        let summaryColumn = summaries.map(DisplayWidth.of).max() ?? 0
        let statusColumn = items.map { DisplayWidth.of($0.statuses.joined(separator: ", ")) }.max() ?? 0
        var out = ""
        var lastDate: String?
        var lastMonth: String?
        let months = Set(timeline.dated.map { String($0.date!.iso.prefix(7)) })
        func line(_ i: Int, date: String) -> String {
            let item = items[i]
            let statuses = item.statuses.map(style.status).joined(separator: ", ")
            let statusPad = String(
                repeating: " ", count: statusColumn - DisplayWidth.of(item.statuses.joined(separator: ", ")))
            var s = style.bold(DisplayWidth.pad(date, to: dateWidth)) + "  "
            s += style.accent(DisplayWidth.pad(item.type, to: typeWidth)) + "  "
            s += DisplayWidth.pad(summaries[i], to: summaryColumn) + "  " + statuses + statusPad
            if !item.sources.isEmpty { s += "  " + style.dim(item.sources.joined(separator: ", ")) }
            while s.hasSuffix(" ") { s.removeLast() }
            return s + "\n"
        }
        for (i, item) in timeline.dated.enumerated() {
            let iso = item.date!.iso
            let month = String(iso.prefix(7))
            if months.count > 1, month != lastMonth {
                out += style.dim("── \(month) ──") + "\n"
                lastMonth = month
            }
            out += line(i, date: iso == lastDate ? "" : iso)
            lastDate = iso
        }
        if !timeline.undated.isEmpty {
            out += style.bold("Undated") + "\n"
            for i in timeline.dated.count..<items.count { out += line(i, date: items[i].date?.iso ?? "") }
        }
        let n = items.count
        out += "(\(n) event\(n == 1 ? "" : "s")"
        if !timeline.undated.isEmpty { out += ", \(timeline.undated.count) undated" }
        return out + ")\n"
    }
}
