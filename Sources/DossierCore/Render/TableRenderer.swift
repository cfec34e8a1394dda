/// Output formats for tables of records: what `.mode` selects in the REPL and what reports use.
public enum TableFormat: String, CaseIterable, Sendable {
    case table, csv, json, markdown
}

/// A table of typed cells, rendered as an aligned text table, CSV (RFC 4180), JSON (an array of
/// objects) or a Markdown table.
public struct TableData: Sendable, Equatable {
    public var columns: [String]
    public var rows: [[JSON]]

    public init(columns: [String], rows: [[JSON]]) {
        self.columns = columns
        self.rows = rows
    }

    /// A cell as text: strings as they are, lists joined with ", ", null as "".
    public static func text(_ cell: JSON) -> String {
        switch cell {
        case .null: return ""
        case .string(let s): return s
        case .array(let items): return items.map(text).joined(separator: ", ")
        case .object(let members): return members.map { "\($0.key)=\(text($0.value))" }.joined(separator: " ")
        default: return cell.serialized
        }
    }

    /// `width` is the line width a table may fill (a terminal's columns); cells are cut to
    /// `maxCellWidth`, and the last column to what is left of the line (at least `maxCellWidth`).
    public func render(_ format: TableFormat, maxCellWidth: Int = 60, width: Int = 120) -> String {
        switch format {
        case .table: return renderTable(maxCellWidth: maxCellWidth, width: width)
        case .csv: return renderCSV()
        case .json: return renderJSON()
        case .markdown: return renderMarkdown()
        }
    }

    private func isNumeric(_ column: Int) -> Bool {
        var any = false
        for row in rows where column < row.count {
            switch row[column] {
            case .int, .double: any = true
            case .null: continue
            default: return false
            }
        }
        return any
    }

    private func renderTable(maxCellWidth: Int, width: Int) -> String {
        let flat = rows.map { row in
            columns.indices.map { i in
                (i < row.count ? TableData.text(row[i]) : "").replacingOccurrences(of: "\n", with: " ")
            }
        }
        var widths = columns.map(DisplayWidth.of)
        for row in flat {
            for (i, c) in row.enumerated() where i < columns.count - 1 {
                widths[i] = max(widths[i], min(maxCellWidth, DisplayWidth.of(c)))
            }
        }
        let used = widths.dropLast().reduce(0) { $0 + $1 + 2 }
        let lastWidth = max(maxCellWidth, width - used)
        let cells = flat.map { row in
            row.enumerated().map { i, c in DisplayWidth.truncate(c, to: i == row.count - 1 ? lastWidth : maxCellWidth) }
        }
        if let last = columns.indices.last {
            for row in cells { widths[last] = max(widths[last], DisplayWidth.of(row[last])) }
        }
        let numeric = columns.indices.map(isNumeric)
        func line(_ values: [String]) -> String {
            var parts: [String] = []
            for (i, v) in values.enumerated() {
                let last = i == values.count - 1
                parts.append(last && !numeric[i] ? v : DisplayWidth.pad(v, to: widths[i], right: numeric[i]))
            }
            return parts.joined(separator: "  ")
        }
        var out = line(columns) + "\n"
        out += widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n"
        for row in cells { out += line(row) + "\n" }
        return out
    }

    private func renderCSV() -> String {
        func field(_ s: String) -> String {
            if s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
                return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
            return s
        }
        var out = columns.map(field).joined(separator: ",") + "\r\n"
        for row in rows {
            out +=
                columns.indices.map { field($0 < row.count ? TableData.text(row[$0]) : "") }.joined(separator: ",")
                + "\r\n"
        }
        return out
    }

    private func renderJSON() -> String {
        let objects = rows.map { row in
            JSON.object(columns.indices.map { JSON.Member(columns[$0], $0 < row.count ? row[$0] : .null) })
        }
        return "[" + objects.map(\.serialized).joined(separator: ",\n ") + "]\n"
    }

    private func renderMarkdown() -> String {
        func esc(_ s: String) -> String {
            s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
        }
        let numeric = columns.indices.map(isNumeric)
        var out = "| " + columns.map(esc).joined(separator: " | ") + " |\n"
        out += "|" + numeric.map { $0 ? " ---: |" : " --- |" }.joined() + "\n"
        for row in rows {
            out +=
                "| "
                + columns.indices.map { esc($0 < row.count ? TableData.text(row[$0]) : "") }.joined(separator: " | ")
                + " |\n"
        }
        return out
    }
}
