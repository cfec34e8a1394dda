import GRDB

/// The four kinds of records a query returns.
public enum RecordKind: String, CaseIterable, Sendable {
    case article, entity, event, quote

    /// The Lua function that makes such a query: "articles", "entities", "events", "quotes".
    public var plural: String {
        switch self {
        case .article: return "articles"
        case .entity: return "entities"
        case .event: return "events"
        case .quote: return "quotes"
        }
    }

    var table: String { self == .entity ? "entity" : rawValue }
    var alias: String { String(rawValue.prefix(1)) }
}

/// A value given to a filter: a string, a number, a boolean or a list of them.
public enum FilterValue: Sendable, Equatable, CustomStringConvertible {
    case string(String)
    case number(Double)
    case bool(Bool)
    case list([FilterValue])

    public var description: String {
        switch self {
        case .string(let s): return "'\(s)'"
        case .number(let n): return n == n.rounded() ? String(Int64(n)) : String(n)
        case .bool(let b): return String(b)
        case .list(let l): return "{" + l.map(\.description).joined(separator: ", ") + "}"
        }
    }

    /// The values of a list, or the value itself.
    var items: [FilterValue] {
        if case .list(let l) = self { return l }
        return [self]
    }

    var text: String? {
        switch self {
        case .string(let s): return s
        case .number: return description
        default: return nil
        }
    }
}

/// A lazy, filtered and ordered selection of records, compiled to SQL. Filters are checked when
/// the query is made: an unknown key or value is an error naming it and the nearest valid one.
public struct Query: Sendable {
    public let kind: RecordKind
    /// The filters as given, for display.
    public private(set) var filters: [(key: String, value: FilterValue)]
    var conditions: [String] = []
    var arguments: [SQLArgument] = []
    public private(set) var order: [(field: String, descending: Bool)] = []
    public var limit: Int?
    public var offset = 0
    /// Links followed to make this query (entity:events() …), for display.
    public internal(set) var relations: [Relation] = []

    /// Filter keys each kind accepts.
    public static func filterKeys(_ kind: RecordKind) -> [String] {
        switch kind {
        case .article: return ["source", "text", "title", "since", "before", "file", "with", "language", "duplicates"]
        case .entity: return ["kind", "name", "country", "media"]
        case .event: return ["type", "with", "status", "place", "since", "before", "source", "code"]
        case .quote: return ["speaker", "text", "since", "before", "source"]
        }
    }

    /// Fields each kind can be sorted by in SQL.
    public static func sortFields(_ kind: RecordKind) -> [String] {
        switch kind {
        case .article: return ["id", "date", "title", "source", "words", "file"]
        case .entity: return ["id", "name", "kind", "country", "mentions"]
        case .event: return ["id", "date", "type", "place", "mentions", "code"]
        case .quote: return ["id", "speaker", "date", "article"]
        }
    }

    /// Keys `group` can count by in SQL.
    public static func groupKeys(_ kind: RecordKind) -> [String] {
        switch kind {
        case .article: return ["source", "date", "month", "year", "language", "file"]
        case .entity: return ["kind", "country", "title"]
        case .event: return ["type", "code", "place", "date", "month", "year", "status", "participant", "source"]
        case .quote: return ["speaker", "source", "date", "month", "year"]
        }
    }

    /// Compiles `filters` for `kind` against the store's entities (names in `with=`, `speaker=`
    /// and `place=` must name a stored entity).
    public init(_ kind: RecordKind, filters: [(key: String, value: FilterValue)], db: Database) throws {
        self.kind = kind
        self.filters = filters
        try Query.checkKeys(kind, filters)
        for (key, value) in filters { try add(key: key, value: value, db: db) }
    }

    static func checkKeys(_ kind: RecordKind, _ filters: [(key: String, value: FilterValue)]) throws {
        let valid = Query.filterKeys(kind)
        for (key, _) in filters where !valid.contains(key) {
            throw DossierError("\(kind.plural){\(key)=…}: unknown filter '\(key)'\(Suggestion.hint(key, in: valid))")
        }
    }

    /// This query with `other`'s filters added (both of the same kind).
    public func merging(_ other: Query) throws -> Query {
        guard other.kind == kind else { throw DossierError("cannot combine \(kind.plural) with \(other.kind.plural)") }
        var q = self
        q.conditions += other.conditions
        q.arguments += other.arguments
        q.filters += other.filters
        return q
    }

    public mutating func sort(by field: String, descending: Bool) throws {
        let valid = Query.sortFields(kind)
        guard valid.contains(field) else {
            throw DossierError(
                "sort: \(kind.plural) cannot be sorted by '\(field)'\(Suggestion.hint(field, in: valid)) (fields: \(valid.joined(separator: ", ")))"
            )
        }
        order.append((field, descending))
    }

    // MARK: filters

    private func fail(_ key: String, _ message: String) -> DossierError {
        DossierError("\(kind.plural){\(key)=…}: \(message)")
    }

    private mutating func condition(_ sql: String, _ args: [SQLArgument] = []) {
        conditions.append(sql)
        arguments += args
    }

    private func strings(_ key: String, _ value: FilterValue) throws -> [String] {
        try value.items.map { item in
            guard let s = item.text else { throw fail(key, "expected a string or a list of strings, got \(item)") }
            return s
        }
    }

    private func oneOf(_ key: String, _ value: FilterValue, _ allowed: [String]) throws -> [String] {
        let values = try strings(key, value).map { $0.lowercased() }
        for v in values where !allowed.contains(v) {
            throw fail(
                key,
                "unknown \(key) '\(v)'\(Suggestion.hint(v, in: allowed)) (one of: \(allowed.joined(separator: ", ")))")
        }
        return values
    }

    private func marks(_ n: Int) -> String { Array(repeating: "?", count: n).joined(separator: ",") }

    private func date(_ key: String, _ value: FilterValue) throws -> String {
        guard case .string(let s) = value, let d = PartialDate(iso: s), d.year != nil else {
            if case .number(let n) = value, n >= 1000, n <= 9999, n == n.rounded() { return "\(Int(n))-01-01" }
            throw fail(key, "expected a date such as '2018', '2018-06' or '2018-06-22', got \(value)")
        }
        return d.lowerBound!
    }

    private mutating func add(key: String, value: FilterValue, db: Database) throws {
        let t = kind.alias
        switch (kind, key) {
        case (.article, "source"):
            let v = try strings(key, value)
            condition("\(t).source COLLATE NOCASE IN (\(marks(v.count)))", v.map(SQLArgument.text))
        case (.article, "text"), (.quote, "text"):
            let v = try strings(key, value)
            let table = kind == .article ? "article_fts" : "quote_fts"
            for s in v {
                condition(
                    "\(t).id IN (SELECT rowid FROM \(table) WHERE \(table) MATCH ?)",
                    [.text(FullText.matchExpression(s))])
            }
        case (.article, "title"):
            for s in try strings(key, value) { condition("\(t).title LIKE ?", [.text("%\(s)%")]) }
        case (.article, "file"):
            let v = try strings(key, value)
            condition(
                "\(t).file_id IN (SELECT id FROM file WHERE \(v.map { _ in "path LIKE ?" }.joined(separator: " OR ")))",
                v.map { .text("%\($0)") })
        case (.article, "language"):
            let v = try strings(key, value)
            condition("\(t).language IN (\(marks(v.count)))", v.map(SQLArgument.text))
        case (.article, "duplicates"):
            guard case .bool(let b) = value else { throw fail(key, "expected true or false, got \(value)") }
            if !b { condition("\(t).duplicate_of IS NULL") }
        case (.article, "with"):
            for name in try strings(key, value) {
                let ids = try entityIDs(key, name, db: db)
                condition(
                    "\(t).id IN (SELECT article_id FROM mention WHERE entity_id IN (\(marks(ids.count))))",
                    ids.map(SQLArgument.int))
            }
        case (.article, "since"), (.event, "since"):
            condition("\(t).date_hi >= ?", [.text(try date(key, value))])
        case (.article, "before"), (.event, "before"):
            condition("\(t).date_lo < ?", [.text(try date(key, value))])
        case (.quote, "since"):
            condition("q.article_id IN (SELECT id FROM article WHERE date_hi >= ?)", [.text(try date(key, value))])
        case (.quote, "before"):
            condition("q.article_id IN (SELECT id FROM article WHERE date_lo < ?)", [.text(try date(key, value))])
        case (.entity, "kind"):
            let v = try oneOf(key, value, EntityKind.allCases.map(\.rawValue) + ["media"])
            var parts: [String] = []
            var args: [SQLArgument] = []
            for k in v {
                if k == "media" {
                    parts.append("\(t).media = 1")
                } else {
                    parts.append("\(t).kind = ?")
                    args.append(.text(k))
                }
            }
            condition("(" + parts.joined(separator: " OR ") + ")", args)
        case (.entity, "name"):
            var parts: [String] = []
            var args: [SQLArgument] = []
            for s in try strings(key, value) {
                if s.contains("*") || s.contains("%") {
                    let pattern = s.replacingOccurrences(of: "*", with: "%")
                    parts.append("\(t).name LIKE ? OR \(t).id IN (SELECT entity_id FROM alias WHERE alias LIKE ?)")
                    args += [.text(pattern), .text(pattern)]
                } else {
                    parts.append("\(t).id IN (SELECT entity_id FROM entity_key WHERE key = ?)")
                    args.append(.text(CorpusLinking.normalize(s)))
                }
            }
            condition("(" + parts.joined(separator: " OR ") + ")", args)
        case (.entity, "country"):
            let v = try strings(key, value)
            condition("\(t).country COLLATE NOCASE IN (\(marks(v.count)))", v.map(SQLArgument.text))
        case (.entity, "media"):
            guard case .bool(let b) = value else { throw fail(key, "expected true or false, got \(value)") }
            condition("\(t).media = ?", [.int(b ? 1 : 0)])
        case (.event, "type"):
            let v = try oneOf(key, value, EventType.allCases.map(\.rawValue))
            condition("\(t).type IN (\(marks(v.count)))", v.map(SQLArgument.text))
        case (.event, "code"):
            let v = try strings(key, value)
            condition("\(t).code IN (\(marks(v.count)))", v.map(SQLArgument.text))
        case (.event, "status"):
            let v = try oneOf(key, value, EventStatus.allCases.map(\.rawValue))
            condition(
                "\(t).id IN (SELECT event_id FROM event_mention WHERE status IN (\(marks(v.count))))",
                v.map(SQLArgument.text))
        case (.event, "with"):
            for name in try strings(key, value) {
                let ids = try entityIDs(key, name, db: db)
                condition(
                    "\(t).id IN (SELECT event_id FROM participant WHERE entity_id IN (\(marks(ids.count))))",
                    ids.map(SQLArgument.int))
            }
        case (.event, "place"):
            var parts: [String] = []
            var args: [SQLArgument] = []
            for name in try strings(key, value) {
                let ids = try entityIDs(key, name, db: db)
                let names = try String.fetchAll(
                    db, sql: "SELECT name FROM entity WHERE id IN (\(marks(ids.count)))",
                    arguments: StatementArguments(ids))
                // A country also matches the places that lie in it.
                parts.append(
                    "\(t).place_id IN (\(marks(ids.count))) OR \(t).place_id IN (SELECT id FROM entity WHERE country IN (\(marks(names.count))) AND kind = 'place')"
                )
                args += ids.map(SQLArgument.int) + names.map(SQLArgument.text)
            }
            condition("(" + parts.joined(separator: " OR ") + ")", args)
        case (.event, "source"):
            for s in try strings(key, value) {
                condition(
                    """
                    \(t).id IN (SELECT m.event_id FROM event_mention m JOIN article a ON a.id = m.article_id
                      WHERE m.claimed_by = ?1 COLLATE NOCASE OR (m.claimed_by IS NULL AND a.source = ?1 COLLATE NOCASE))
                    """.replacingOccurrences(of: "?1", with: "?"), [.text(s), .text(s)])
            }
        case (.quote, "speaker"):
            var parts: [String] = []
            var args: [SQLArgument] = []
            for name in try strings(key, value) {
                let ids = try entityIDs(key, name, db: db)
                parts.append("q.speaker_id IN (\(marks(ids.count)))")
                args += ids.map(SQLArgument.int)
            }
            condition("(" + parts.joined(separator: " OR ") + ")", args)
        case (.quote, "source"):
            let v = try strings(key, value)
            condition(
                "q.article_id IN (SELECT id FROM article WHERE source COLLATE NOCASE IN (\(marks(v.count))))",
                v.map(SQLArgument.text))
        default:
            throw fail(key, "unknown filter '\(key)'")
        }
    }

    /// The entities a name or alias stands for; an unknown name is an error with the nearest one.
    private func entityIDs(_ key: String, _ name: String, db: Database) throws -> [Int64] {
        let ids = try EntityLookup.ids(named: name, db: db)
        if ids.isEmpty {
            let near = try EntityLookup.nearestName(to: name, db: db)
            throw fail(key, "no entity named '\(name)'" + (near.map { " (did you mean '\($0)'?)" } ?? ""))
        }
        return ids
    }

    // MARK: SQL

    var whereClause: String { conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ") }

    func sortExpression(_ field: String) -> String {
        let t = kind.alias
        switch (kind, field) {
        case (_, "id"): return "\(t).id"
        case (.article, "date"), (.event, "date"): return "\(t).date_lo"
        case (.article, "file"): return "(SELECT path FROM file WHERE id = a.file_id), a.ordinal"
        case (.quote, "speaker"): return "q.speaker"
        case (.quote, "date"): return "(SELECT date_lo FROM article WHERE id = q.article_id)"
        case (.quote, "article"): return "q.article_id"
        case (.entity, "name"), (.article, "title"), (.article, "source"), (.event, "place"):
            return "\(t).\(field) COLLATE NOCASE"
        default: return "\(t).\(field)"
        }
    }

    /// The default order: events by date, entities by how often they are named, the rest as stored.
    var orderClause: String {
        let t = kind.alias
        var parts = order.map { "\(sortExpression($0.field)) \($0.descending ? "DESC" : "ASC") NULLS LAST" }
        if parts.isEmpty {
            switch kind {
            case .entity: parts = ["e.mentions DESC"]
            case .event: parts = ["e.date_lo ASC NULLS LAST"]
            default: break
            }
        }
        parts.append("\(t).id")
        return " ORDER BY " + parts.joined(separator: ", ")
    }

    var limitClause: String {
        if let limit { return " LIMIT \(max(0, limit)) OFFSET \(offset)" }
        return offset > 0 ? " LIMIT -1 OFFSET \(offset)" : ""
    }

    var fromClause: String { " FROM \(kind.table) \(kind.alias)" }

    /// SQL selecting the ids, in order.
    public var idSQL: String { "SELECT \(kind.alias).id" + fromClause + whereClause + orderClause + limitClause }

    public var statementArguments: StatementArguments { StatementArguments(arguments.map { $0.databaseValue }) }
}

/// A bound SQL value.
enum SQLArgument: Sendable {
    case text(String)
    case int(Int64)

    var databaseValue: DatabaseValue {
        switch self {
        case .text(let s): return s.databaseValue
        case .int(let i): return i.databaseValue
        }
    }
}
