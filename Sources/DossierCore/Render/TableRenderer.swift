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

    public func render(_ format: TableFormat, maxCellWidth: Int = 60) -> String {
        switch format {
        case .table: return renderTable(maxCellWidth: maxCellWidth)
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

    private func renderTable(maxCellWidth: Int) -> String {
        let cells = rows.map { row in
            columns.indices.map { i in
                DisplayWidth.truncate(
                    (i < row.count ? TableData.text(row[i]) : "").replacingOccurrences(of: "\n", with: " "),
                    to: maxCellWidth)
            }
        }
        var widths = columns.map(DisplayWidth.of)
        for row in cells { for (i, c) in row.enumerated() { widths[i] = max(widths[i], DisplayWidth.of(c)) } }
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
            out += columns.indices.map { field($0 < row.count ? TableData.text(row[$0]) : "") }.joined(separator: ",") + "\r\n"
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
            out += "| " + columns.indices.map { esc($0 < row.count ? TableData.text(row[$0]) : "") }.joined(separator: " | ") + " |\n"
        }
        return out
    }
}
