/// Events placed in time: the dated ones in date order, and the ones without a usable date
/// (no date, or a day without a year) kept apart, so a timeline never invents a position.
public struct ReportTimeline: Sendable, Equatable {
    public struct Item: Sendable, Equatable {
        public var id: Int64
        public var date: PartialDate?
        public var type: String
        public var participants: [String]
        public var place: String?
        public var statuses: [String]
        public var sources: [String]

        public init(
            id: Int64, date: PartialDate?, type: String, participants: [String], place: String?, statuses: [String],
            sources: [String]
        ) {
            self.id = id
            self.date = date
            self.type = type
            self.participants = participants
            self.place = place
            self.statuses = statuses
            self.sources = sources
        }

        public init(_ event: EventRecord) {
            var seen = Set<String>()
            self.init(
                id: event.id, date: event.date, type: event.type.rawValue, participants: event.participants.map(\.name),
                place: event.place, statuses: event.statuses.map(\.rawValue),
                sources: event.mentions.compactMap(\.source).filter { seen.insert($0).inserted })
        }

        /// Whether the item can sit on a time axis: it needs a year.
        public var isDated: Bool { date?.year != nil }

        /// "Moon Jae-in, Vladimir Putin @ Moscow"
        public var summary: String {
            let who = participants.isEmpty ? "(no participants named)" : participants.joined(separator: ", ")
            return who + (place.map { " @ \($0)" } ?? "")
        }
    }

    public var caption: String?
    public private(set) var dated: [Item]
    public private(set) var undated: [Item]
    public var note: String?

    /// Sorts the items: by first day covered, a more precise date first on the same day, then by id.
    public init(caption: String? = nil, items: [Item], note: String? = nil) {
        self.caption = caption
        self.note = note
        dated = items.filter(\.isDated).sorted { a, b in
            let (x, y) = (a.date!.lowerBound!, b.date!.lowerBound!)
            if x != y { return x < y }
            let (px, py) = (ReportTimeline.rank(a.date!.precision), ReportTimeline.rank(b.date!.precision))
            return px != py ? px < py : a.id < b.id
        }
        undated = items.filter { !$0.isDated }.sorted { a, b in
            // Days without a year ("--03-26") in calendar order before the ones with no date at all.
            switch (a.date?.iso, b.date?.iso) {
            case let (x?, y?): return x != y ? x < y : a.id < b.id
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a.id < b.id
            }
        }
    }

    public var items: [Item] { dated + undated }
    public var isEmpty: Bool { dated.isEmpty && undated.isEmpty }

    private static func rank(_ p: PartialDate.Precision) -> Int {
        switch p {
        case .day: return 0
        case .month: return 1
        case .year: return 2
        }
    }

    /// The dated items grouped by their date as written ("2018-06-22", "2018-06"), in order.
    public var byDate: [(date: String, items: [Item])] {
        var out: [(date: String, items: [Item])] = []
        for item in dated {
            let d = item.date!.iso
            if out.last?.date == d { out[out.count - 1].items.append(item) } else { out.append((d, [item])) }
        }
        return out
    }

    /// The items as a table, for CSV.
    public var table: TableData {
        TableData(
            columns: ["id", "date", "type", "participants", "place", "statuses", "sources"],
            rows: items.map { i in
                [
                    .int(i.id), .str(i.date?.iso), .string(i.type), .array(i.participants.map(JSON.string)),
                    .str(i.place),
                    .array(i.statuses.map(JSON.string)), .array(i.sources.map(JSON.string)),
                ]
            })
    }
}
