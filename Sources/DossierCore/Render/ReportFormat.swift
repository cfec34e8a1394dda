/// The formats a report renders to, with their file extensions and the names people type.
public enum ReportFormat: String, CaseIterable, Sendable {
    case markdown, html, csv, json

    /// Accepts "markdown" or "md", "html" or "htm", "csv", "json" (any case).
    public init?(name: String) {
        switch name.lowercased() {
        case "markdown", "md": self = .markdown
        case "html", "htm": self = .html
        case "csv": self = .csv
        case "json": self = .json
        default: return nil
        }
    }

    public var fileExtension: String {
        switch self {
        case .markdown: return "md"
        case .html: return "html"
        case .csv: return "csv"
        case .json: return "json"
        }
    }

    public static let names = ["markdown", "md", "html", "csv", "json"]
}

extension Report {
    public func render(_ format: ReportFormat) -> String {
        switch format {
        case .markdown: return MarkdownReport.render(self)
        case .html: return HTMLReport.render(self)
        case .csv: return CSVReport.render(self)
        case .json: return JSONReport.render(self)
        }
    }
}
