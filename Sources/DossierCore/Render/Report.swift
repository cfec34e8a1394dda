/// A report as data: a title, the period it covers, and a list of blocks (headings, text,
/// tables, quotes, charts). Scripts build it through the Lua `report` module; the renderers turn
/// the same value into Markdown, HTML, CSV and JSON, so every format says the same thing.
/// A report holds only what it was given: no clock, no randomness, so one corpus and one script
/// give byte-identical files.
public struct Report: Sendable, Equatable {
    public var title: String
    public var subtitle: String?
    /// A date or time to print under the title, only when the script passes one in.
    public var date: String?
    public var period: ReportPeriod?
    public var blocks: [ReportBlock] = []

    public init(title: String, subtitle: String? = nil, date: String? = nil, period: ReportPeriod? = nil) {
        self.title = title
        self.subtitle = subtitle
        self.date = date
        self.period = period
    }

    public mutating func append(_ block: ReportBlock) { blocks.append(block) }

    /// What an empty report says instead of nothing, in every format.
    public var emptyNotice: String {
        "Nothing to report" + (period.map { " for \($0.label)" } ?? "") + "."
    }
}

/// The days a report covers, both ends inclusive; either end may be open.
public struct ReportPeriod: Sendable, Equatable {
    public var since: PartialDate?
    public var until: PartialDate?

    public init(since: PartialDate?, until: PartialDate?) {
        self.since = since
        self.until = until
    }

    /// The first day covered ("2018-06-18"), from the lower end of `since`.
    public var firstDay: String? { since?.lowerBound }
    /// The last day covered, from the upper end of `until` ("2018-06" ends on "2018-06-30").
    public var lastDay: String? { until?.upperBound }

    /// The day after the last one, for the exclusive `before=` filters of queries.
    public var dayAfter: String? {
        guard let last = until?.upperBound, let d = PartialDate(iso: last), let n = d.dayNumber else { return nil }
        return PartialDate(dayNumber: n + 1).iso
    }

    /// "2018-06-18 to 2018-06-24", "since 2018-06-18", "until 2018-06-24".
    public var label: String {
        switch (firstDay, lastDay) {
        case let (s?, u?): return s == u ? s : "\(s) to \(u)"
        case let (s?, nil): return "since \(s)"
        case let (nil, u?): return "until \(u)"
        default: return "all dates"
        }
    }

    public var isOpen: Bool { since == nil && until == nil }
}

public enum ReportBlock: Sendable, Equatable {
    case heading(String, level: Int)
    case paragraph(String)
    case list([String])
    case table(ReportTable)
    case quotes(ReportQuotes)
    case timeline(ReportTimeline)
    case network(ReportNetwork)
    case bars(ReportBars)

    /// The name of the block's kind in JSON and in messages.
    public var kind: String {
        switch self {
        case .heading: return "heading"
        case .paragraph: return "paragraph"
        case .list: return "list"
        case .table: return "table"
        case .quotes: return "quotes"
        case .timeline: return "timeline"
        case .network: return "network"
        case .bars: return "bars"
        }
    }
}

/// A table with an optional caption; `note` says what was left out ("12 more rows").
public struct ReportTable: Sendable, Equatable {
    public var caption: String?
    public var data: TableData
    public var note: String?

    public init(caption: String? = nil, data: TableData, note: String? = nil) {
        self.caption = caption
        self.data = data
        self.note = note
    }
}

public struct ReportQuote: Sendable, Equatable {
    public var speaker: String?
    public var text: String
    public var source: String?
    public var date: String?
    public var article: String?

    public init(speaker: String?, text: String, source: String?, date: String?, article: String? = nil) {
        self.speaker = speaker
        self.text = text
        self.source = source
        self.date = date
        self.article = article
    }

    /// "Dmitry Peskov (Korea Times, 2018-03-29)".
    public var attribution: String {
        let origin = [source, date].compactMap { $0 }.joined(separator: ", ")
        return (speaker ?? "Unknown speaker") + (origin.isEmpty ? "" : " (\(origin))")
    }
}

public struct ReportQuotes: Sendable, Equatable {
    public var caption: String?
    public var quotes: [ReportQuote]
    public var note: String?

    public init(caption: String? = nil, quotes: [ReportQuote], note: String? = nil) {
        self.caption = caption
        self.quotes = quotes
        self.note = note
    }
}

/// Labelled values for a bar chart, in the order they are drawn.
public struct ReportBars: Sendable, Equatable {
    public struct Bar: Sendable, Equatable {
        public var label: String
        public var value: Double

        public init(label: String, value: Double) {
            self.label = label
            self.value = value
        }
    }

    public var caption: String?
    public var bars: [Bar]
    public var note: String?

    public init(caption: String? = nil, bars: [Bar], note: String? = nil) {
        self.caption = caption
        self.bars = bars
        self.note = note
    }

    /// The bars as a two-column table (label, value).
    public var table: TableData {
        TableData(columns: ["label", "value"], rows: bars.map { [.string($0.label), NumberText.json($0.value)] })
    }
}

extension Report {
    /// A table cell as report text: like `TableData.text`, but fractions through `NumberText` so
    /// that every renderer writes a number the same way.
    public static func cellText(_ cell: JSON) -> String {
        switch cell {
        case .double(let d): return NumberText.plain(d)
        case .array(let items): return items.map(cellText).joined(separator: ", ")
        default: return TableData.text(cell)
        }
    }

    /// Whether every non-empty cell of a column is a number (such columns are right-aligned).
    public static func isNumeric(_ data: TableData, column: Int) -> Bool {
        var any = false
        for row in data.rows where column < row.count {
            switch row[column] {
            case .int, .double: any = true
            case .null: continue
            default: return false
            }
        }
        return any
    }
}
