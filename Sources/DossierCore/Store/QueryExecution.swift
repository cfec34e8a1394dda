import GRDB

/// One full-text match: the article, a snippet with the matched words marked, and the rank.
public struct SearchHit: Sendable {
    public var articleID: Int64
    public var title: String?
    public var snippet: String
    public var score: Double
}

extension Store {
    /// Compiles a query (filters are checked here).
    public func query(_ kind: RecordKind, filters: [(key: String, value: FilterValue)] = []) throws -> Query {
        // Unknown keys are found without touching the database.
        try Query.checkKeys(kind, filters)
        // Most filters need no database, and those that do (names to entity ids) read one
        // statement each: no transaction around them (BEGIN, COMMIT and their file locks cost
        // more than the lookups).
        return try readOneStatement { db in try Query(kind, filters: filters, db: db) }
    }

    /// The ids the query selects, in order.
    public func ids(_ query: Query) throws -> [Int64] {
        try readOneStatement { db in
            try Int64.fetchAll(db.cachedStatement(sql: query.idSQL), arguments: query.statementArguments)
        }
    }

    public func count(_ query: Query) throws -> Int {
        try readOneStatement { db in
            if query.limit == nil && query.offset == 0 {
                return try Int.fetchOne(
                    db.cachedStatement(sql: "SELECT count(*)" + query.fromClause + query.whereClause),
                    arguments: query.statementArguments) ?? 0
            }
            return try Int.fetchOne(
                db.cachedStatement(sql: "SELECT count(*) FROM (\(query.idSQL))"), arguments: query.statementArguments)
                ?? 0
        }
    }

    /// Counts per value of `key`, most frequent first; nil stands for records without a value.
    public func group(_ query: Query, by key: String) throws -> [(key: String?, count: Int)] {
        let valid = Query.groupKeys(query.kind)
        guard valid.contains(key) else {
            throw DossierError(
                "group: \(query.kind.plural) cannot be grouped by '\(key)'\(Suggestion.hint(key, in: valid)) (keys: \(valid.joined(separator: ", ")))"
            )
        }
        let inner =
            "SELECT \(query.kind.alias).id" + query.fromClause + query.whereClause
            + (query.limit == nil && query.offset == 0 ? "" : query.orderClause + query.limitClause)
        let sql: String
        switch (query.kind, key) {
        case (.article, "month"), (.event, "month"):
            sql =
                "SELECT substr(date, 1, 7) AS k, count(*) AS n FROM \(query.kind.table) WHERE id IN (\(inner)) GROUP BY k"
        case (.article, "year"), (.event, "year"):
            sql =
                "SELECT substr(date, 1, 4) AS k, count(*) AS n FROM \(query.kind.table) WHERE id IN (\(inner)) GROUP BY k"
        case (.article, "file"):
            sql =
                "SELECT f.path AS k, count(*) AS n FROM article a JOIN file f ON f.id = a.file_id WHERE a.id IN (\(inner)) GROUP BY k"
        case (.event, "status"):
            sql =
                "SELECT status AS k, count(DISTINCT event_id) AS n FROM event_mention WHERE event_id IN (\(inner)) GROUP BY k"
        case (.event, "participant"):
            sql =
                "SELECT en.name AS k, count(*) AS n FROM participant p JOIN entity en ON en.id = p.entity_id WHERE p.event_id IN (\(inner)) GROUP BY p.entity_id"
        case (.event, "source"):
            sql = """
                SELECT coalesce(m.claimed_by, a.source) AS k, count(DISTINCT m.event_id) AS n FROM event_mention m
                JOIN article a ON a.id = m.article_id WHERE m.event_id IN (\(inner)) GROUP BY k
                """
        case (.quote, "speaker"):
            sql =
                "SELECT coalesce(en.name, q.speaker) AS k, count(*) AS n FROM quote q LEFT JOIN entity en ON en.id = q.speaker_id WHERE q.id IN (\(inner)) GROUP BY k"
        case (.quote, "source"):
            sql =
                "SELECT a.source AS k, count(*) AS n FROM quote q JOIN article a ON a.id = q.article_id WHERE q.id IN (\(inner)) GROUP BY k"
        case (.quote, "date"), (.quote, "month"), (.quote, "year"):
            let len = key == "date" ? 10 : key == "month" ? 7 : 4
            sql =
                "SELECT substr(a.date, 1, \(len)) AS k, count(*) AS n FROM quote q JOIN article a ON a.id = q.article_id WHERE q.id IN (\(inner)) GROUP BY k"
        default: sql = "SELECT \(key) AS k, count(*) AS n FROM \(query.kind.table) WHERE id IN (\(inner)) GROUP BY k"
        }
        return try readOneStatement { db in
            try Row.fetchAll(db, sql: sql + " ORDER BY n DESC, k", arguments: query.statementArguments).map {
                ($0[0], $0[1])
            }
        }
    }

    /// Full-text search over titles and texts, best matches first, with highlighted snippets.
    public func search(_ text: String, limit: Int = 20, mark: (String, String) = ("[", "]")) throws -> [SearchHit] {
        let expression = FullText.matchExpression(text)
        return try readOneStatement { db in
            do {
                return try Row.fetchAll(
                    db,
                    sql: """
                        SELECT f.rowid, a.title, snippet(article_fts, 1, ?, ?, '…', 10), bm25(article_fts, 5.0, 1.0) AS score
                        FROM article_fts f JOIN article a ON a.id = f.rowid
                        WHERE article_fts MATCH ? AND a.duplicate_of IS NULL ORDER BY score LIMIT ?
                        """, arguments: [mark.0, mark.1, expression, limit]
                ).map { SearchHit(articleID: $0[0], title: $0[1], snippet: $0[2], score: -($0[3] as Double)) }
            } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR {
                throw DossierError("search: bad search expression '\(text)': \(error.message ?? "syntax error")")
            }
        }
    }
}
