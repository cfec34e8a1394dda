import GRDB

/// Reads model records by id, in batches: one query per table for a whole batch of ids, so that
/// iterating a large query costs a few statements per thousand rows.
extension Database {
    /// Runs `body` over `ids` in chunks small enough for SQLite's bound-parameter limit. Chunks
    /// are padded (with their first id) to a few fixed sizes, so the statements are prepared once
    /// and cached.
    private func chunked<T>(_ ids: [Int64], _ body: ([Int64], String) throws -> [T]) throws -> [T] {
        var out: [T] = []
        out.reserveCapacity(ids.count)
        var i = 0
        while i < ids.count {
            var chunk = Array(ids[i..<min(ids.count, i + 500)])
            let size = [1, 16, 128, 500].first { $0 >= chunk.count }!
            chunk += Array(repeating: chunk[0], count: size - chunk.count)
            out += try body(chunk, RecordFetchMarks.marks(size))
            i += 500
        }
        return out
    }

    /// Records in the order of `ids`; ids no longer stored are left out.
    public func articles(ids: [Int64]) throws -> [ArticleRecord] {
        let found = try chunked(ids) { chunk, marks in
            try Row.fetchAll(
                cachedStatement(
                    sql: """
                        SELECT a.id, f.path, a.ordinal, a.title, a.source, a.authors, a.date, a.url, a.language, a.duplicate_of
                        FROM article a JOIN file f ON f.id = a.file_id WHERE a.id IN (\(marks))
                        """), arguments: StatementArguments(chunk)
            ).map { row in
                ArticleRecord(
                    id: row[0], file: row[1], ordinal: row[2], title: row[3], source: row[4],
                    authors: (row[5] as String?)?.split(separator: "\n").map(String.init) ?? [],
                    date: (row[6] as String?).flatMap(PartialDate.init(iso:)), url: row[7], language: row[8],
                    duplicateOf: row[9])
            }
        }
        return ordered(found, by: ids, id: \.id)
    }

    public func articleText(id: Int64) throws -> String? {
        try String.fetchOne(self, sql: "SELECT text FROM article WHERE id = ?", arguments: [id])
    }

    public func entities(ids: [Int64]) throws -> [EntityRecord] {
        var aliases: [Int64: [String]] = [:]
        _ = try chunked(ids) { chunk, marks -> [Int] in
            let rows = try Row.fetchCursor(
                cachedStatement(
                    sql: """
                        SELECT al.entity_id, al.alias FROM alias al JOIN entity e ON e.id = al.entity_id
                        WHERE al.entity_id IN (\(marks)) AND al.alias <> e.name
                        GROUP BY al.entity_id, al.alias ORDER BY al.entity_id, min(al.article_id), al.alias
                        """), arguments: StatementArguments(chunk))
            while let row = try rows.next() { aliases[row[0], default: []].append(row[1]) }
            return []
        }
        let found = try chunked(ids) { chunk, marks in
            try Row.fetchAll(
                cachedStatement(
                    sql: """
                        SELECT id, name, kind, country, title, role, media, mentions FROM entity WHERE id IN (\(marks))
                        """), arguments: StatementArguments(chunk)
            ).map { row in
                EntityRecord(
                    id: row[0], name: row[1], kind: EntityKind(rawValue: row[2]) ?? .organization,
                    aliases: aliases[row[0]] ?? [], country: row[3], title: row[4], role: row[5],
                    isMedia: (row[6] as Int) != 0, mentionCount: row[7])
            }
        }
        return ordered(found, by: ids, id: \.id)
    }

    public func events(ids: [Int64]) throws -> [EventRecord] {
        var participants: [Int64: [ParticipantRecord]] = [:]
        var mentions: [Int64: [EventMentionRecord]] = [:]
        _ = try chunked(ids) { chunk, marks -> [Int] in
            let prows = try Row.fetchCursor(
                cachedStatement(
                    sql: """
                        SELECT p.event_id, p.entity_id, e.name, p.role FROM participant p JOIN entity e ON e.id = p.entity_id
                        WHERE p.event_id IN (\(marks)) ORDER BY p.event_id, p.position
                        """), arguments: StatementArguments(chunk))
            while let row = try prows.next() {
                participants[row[0], default: []].append(
                    ParticipantRecord(entityID: row[1], name: row[2], role: row[3]))
            }
            let mrows = try Row.fetchCursor(
                cachedStatement(
                    sql: """
                        SELECT m.event_id, m.id, m.article_id, m.sentence, m.status, m.claimed_by, a.source, m.date
                        FROM event_mention m JOIN article a ON a.id = m.article_id
                        WHERE m.event_id IN (\(marks)) ORDER BY m.event_id, m.article_id, m.sentence_index, m.id
                        """), arguments: StatementArguments(chunk))
            while let row = try mrows.next() {
                mentions[row[0], default: []].append(
                    EventMentionRecord(
                        id: row[1], articleID: row[2], sentence: row[3],
                        status: EventStatus(rawValue: row[4]) ?? .occurred, claimedBy: row[5], outlet: row[6],
                        date: (row[7] as String?).flatMap(PartialDate.init(iso:))))
            }
            return []
        }
        let found = try chunked(ids) { chunk, marks in
            try Row.fetchAll(
                cachedStatement(
                    sql: """
                        SELECT id, type, code, place, place_id, date FROM event WHERE id IN (\(marks))
                        """), arguments: StatementArguments(chunk)
            ).map { row in
                EventRecord(
                    id: row[0], type: EventType(rawValue: row[1]) ?? .meet, code: row[2],
                    participants: participants[row[0]] ?? [], place: row[3], placeID: row[4],
                    date: (row[5] as String?).flatMap(PartialDate.init(iso:)), mentions: mentions[row[0]] ?? [])
            }
        }
        return ordered(found, by: ids, id: \.id)
    }

    public func quotes(ids: [Int64]) throws -> [QuoteRecord] {
        let found = try chunked(ids) { chunk, marks in
            try Row.fetchAll(
                cachedStatement(
                    sql: """
                        SELECT q.id, coalesce(e.name, q.speaker), q.speaker_id, q.text, q.article_id, q.sentence
                        FROM quote q LEFT JOIN entity e ON e.id = q.speaker_id WHERE q.id IN (\(marks))
                        """), arguments: StatementArguments(chunk)
            ).map { row in
                QuoteRecord(
                    id: row[0], speaker: row[1], speakerID: row[2], text: row[3], articleID: row[4], sentence: row[5])
            }
        }
        return ordered(found, by: ids, id: \.id)
    }

    private func ordered<T>(_ items: [T], by ids: [Int64], id: KeyPath<T, Int64>) -> [T] {
        if items.count <= 1 { return items }
        var byID: [Int64: T] = [:]
        byID.reserveCapacity(items.count)
        for item in items { byID[item[keyPath: id]] = item }
        return ids.compactMap { byID[$0] }
    }
}

extension Store {
    public func articles(ids: [Int64]) throws -> [ArticleRecord] { try read { try $0.articles(ids: ids) } }
    public func entities(ids: [Int64]) throws -> [EntityRecord] { try read { try $0.entities(ids: ids) } }
    public func events(ids: [Int64]) throws -> [EventRecord] { try read { try $0.events(ids: ids) } }
    public func quotes(ids: [Int64]) throws -> [QuoteRecord] { try read { try $0.quotes(ids: ids) } }
    public func articleText(id: Int64) throws -> String? { try read { try $0.articleText(id: id) } }

    /// The entity a user means by `name` (a name or alias), most mentioned first.
    public func entityID(named name: String) throws -> Int64? {
        try readOneStatement { try EntityLookup.best(named: name, db: $0) }
    }
    public func nearestEntityName(to name: String) throws -> String? {
        try readOneStatement { try EntityLookup.nearestName(to: name, db: $0) }
    }
    public func entityNames(withPrefix prefix: String, limit: Int) throws -> [String] {
        try readOneStatement { try EntityLookup.names(withPrefix: prefix, limit: limit, db: $0) }
    }
}

/// "?,?,…" strings for the chunk sizes, made once.
enum RecordFetchMarks {
    private static let table: [Int: String] = Dictionary(
        uniqueKeysWithValues: [1, 16, 128, 500].map { ($0, Array(repeating: "?", count: $0).joined(separator: ",")) })
    static func marks(_ n: Int) -> String { table[n]! }
}
