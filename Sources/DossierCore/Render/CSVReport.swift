import Foundation

/// A report's tabular blocks as CSV (RFC 4180, CRLF line ends): tables, quotes, the timeline's
/// events, the network's edges and the bars' values. Headings and text have no place in CSV.
///
/// One CSV holds one table, so `files` gives one per block, named after its caption or the
/// heading above it (what `dossier report --format csv` writes); `render` puts them in one text,
/// each under a `# name` line, for reading or for `--out -`.
public enum CSVReport {
    public struct Section: Sendable, Equatable {
        /// A file-name-safe name, unique within the report ("events-by-type").
        public var name: String
        public var title: String
        public var data: TableData
    }

    public static func sections(_ report: Report) -> [Section] {
        var out: [Section] = []
        var used: [String: Int] = [:]
        var lastHeading: String?
        var headingUsed = false
        for block in report.blocks {
            let caption: String?
            let data: TableData
            switch block {
            case .heading(let text, _):
                lastHeading = text
                headingUsed = false
                continue
            case .paragraph, .list: continue
            case .table(let t): (caption, data) = (t.caption, t.data)
            case .quotes(let q):
                caption = q.caption
                data = TableData(
                    columns: ["speaker", "text", "source", "date"],
                    rows: q.quotes.map { [.str($0.speaker), .string($0.text), .str($0.source), .str($0.date)] })
            case .timeline(let t): (caption, data) = (t.caption, t.table)
            case .network(let n): (caption, data) = (n.caption, n.table)
            case .bars(let b): (caption, data) = (b.caption, b.table)
            }
            // The heading names the first table under it; later ones fall back to their kind.
            let title: String
            if let caption, !caption.isEmpty {
                title = caption
            } else if let heading = lastHeading, !headingUsed {
                title = heading
            } else {
                title = block.kind
            }
            headingUsed = true
            var name = Escaping.slug(title)
            if name.isEmpty { name = block.kind }
            let n = used[name, default: 0] + 1
            used[name] = n
            if n > 1 { name += "-\(n)" }
            out.append(Section(name: name, title: title, data: data))
        }
        return out
    }

    /// Every section, each under a `# title` line, a blank line between them.
    public static func render(_ report: Report) -> String {
        sections(report).map { "# \(Escaping.collapseWhitespace($0.title))\r\n" + csv($0.data) }.joined(
            separator: "\r\n")
    }

    /// One table as CSV.
    public static func csv(_ data: TableData) -> String {
        var out = data.columns.map(field).joined(separator: ",") + "\r\n"
        for row in data.rows {
            out +=
                data.columns.indices.map { i in
                    guard i < row.count else { return "" }
                    if case .string(let s) = row[i] { return field(defused(s)) }
                    return field(Report.cellText(row[i]))
                }.joined(separator: ",") + "\r\n"
        }
        return out
    }

    static func field(_ s: String) -> String {
        if s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return s
    }

    /// Text that a spreadsheet would run as a formula (=, +, -, @ first) gets a leading
    /// apostrophe, as OWASP advises for CSV meant for spreadsheets; article text is untrusted.
    /// Plain numbers such as "-3" are left alone.
    static func defused(_ s: String) -> String {
        guard let first = s.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return s }
        if Double(s) != nil { return s }
        return "'" + s
    }
}
