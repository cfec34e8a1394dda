import GRDB

/// Finding entities by what a user types: a name or alias in any case and spacing.
public enum EntityLookup {
    /// Ids of the entities `name` names (a name or an alias), most mentioned first.
    public static func ids(named name: String, db: Database) throws -> [Int64] {
        let key = CorpusLinking.normalize(name)
        let exact = try Int64.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT k.entity_id FROM entity_key k JOIN entity e ON e.id = k.entity_id
                    WHERE k.key = ? ORDER BY e.mentions DESC, e.id
                    """), arguments: [key])
        if !exact.isEmpty || key.isEmpty || key.contains(" ") { return exact }
        // A single word may be a surname the articles never used alone ("Peskov" for "Kremlin
        // spokesman Dmitry Peskov"): people whose name ends with it.
        return try Int64.fetchAll(
            db,
            sql: """
                SELECT DISTINCT k.entity_id FROM entity_key k JOIN entity e ON e.id = k.entity_id
                WHERE e.kind = 'person' AND k.key LIKE ? ESCAPE '\\' ORDER BY e.mentions DESC, e.id
                """,
            arguments: [
                "% " + key.replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
            ])
    }

    /// The best entity for `name`: an exact name first, then the most mentioned with that alias.
    public static func best(named name: String, db: Database) throws -> Int64? {
        if let id = try Int64.fetchOne(
            db.cachedStatement(
                sql: "SELECT id FROM entity WHERE name = ? COLLATE NOCASE ORDER BY mentions DESC, id LIMIT 1"),
            arguments: [name])
        {
            return id
        }
        return try ids(named: name, db: db).first
    }

    /// The stored name or alias closest to a misspelt `name`, for "did you mean".
    public static func nearestName(to name: String, db: Database) throws -> String? {
        let key = CorpusLinking.normalize(name)
        guard let first = key.first else { return nil }
        // Typos rarely hit the first letter; this keeps the scan small on a large corpus.
        let candidates = try String.fetchAll(
            db,
            sql: """
                SELECT DISTINCT al.alias FROM entity_key k JOIN alias al ON al.entity_id = k.entity_id
                WHERE k.key >= ? AND k.key < ? LIMIT 20000
                """, arguments: [String(first), String(first) + "\u{10FFFF}"])
        return Suggestion.nearest(name, in: candidates)
    }

    /// Names and aliases that start with `prefix` (case-insensitive), most mentioned first: tab
    /// completion inside a string.
    public static func names(withPrefix prefix: String, limit: Int, db: Database) throws -> [String] {
        try String.fetchAll(
            db,
            sql: """
                SELECT name FROM (
                  SELECT e.name AS name, e.mentions AS m FROM entity e WHERE e.name LIKE ? ESCAPE '\\'
                  UNION ALL
                  SELECT al.alias, e.mentions FROM alias al JOIN entity e ON e.id = al.entity_id WHERE al.alias LIKE ? ESCAPE '\\')
                GROUP BY name ORDER BY max(m) DESC, name LIMIT ?
                """, arguments: [likePrefix(prefix), likePrefix(prefix), limit])
    }

    static func likePrefix(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_") + "%"
    }
}

/// Full-text search expressions.
public enum FullText {
    /// A user's search text as an FTS5 MATCH expression: FTS5 syntax (quotes, AND/OR/NOT, NEAR,
    /// prefix stars) is kept; plain words become quoted terms, so that "U.S." or "Kim's" cannot
    /// be a syntax error.
    public static func matchExpression(_ text: String) -> String {
        let operators = ["AND", "OR", "NOT"]
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
        let usesSyntax =
            text.contains("\"") || text.contains("*") || text.contains("(") || text.contains("NEAR(")
            || words.contains(where: { operators.contains(String($0)) })
        if usesSyntax { return text }
        return words.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " ")
    }
}
