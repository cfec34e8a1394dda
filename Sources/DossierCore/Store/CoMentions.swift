import GRDB

/// Which entities the same article names: the raw material of a co-occurrence network.
extension Store {
    /// For each of `articles` (in the order given), the ids of the entities it names, news
    /// outlets left out (every article names its own, which would tie everything to it).
    public func entityGroups(articles: [Int64]) throws -> [[Int64]] {
        try read { db in
            var byArticle: [Int64: [Int64]] = [:]
            try chunks(articles) { chunk, marks in
                let rows = try Row.fetchCursor(
                    db,
                    sql: """
                        SELECT DISTINCT m.article_id, m.entity_id FROM mention m JOIN entity e ON e.id = m.entity_id
                        WHERE m.article_id IN (\(marks)) AND e.media = 0 ORDER BY m.article_id, m.entity_id
                        """, arguments: StatementArguments(chunk))
                while let row = try rows.next() { byArticle[row[0], default: []].append(row[1]) }
            }
            return articles.map { byArticle[$0] ?? [] }
        }
    }

    /// The articles naming at least one of `entities`, each as the ids of those of `entities` it
    /// names, in article order.
    public func entityGroups(among entities: [Int64]) throws -> [[Int64]] {
        try read { db in
            var byArticle: [Int64: [Int64]] = [:]
            try chunks(entities) { chunk, marks in
                let rows = try Row.fetchCursor(
                    db,
                    sql: """
                        SELECT DISTINCT article_id, entity_id FROM mention WHERE entity_id IN (\(marks))
                        """, arguments: StatementArguments(chunk))
                while let row = try rows.next() { byArticle[row[0], default: []].append(row[1]) }
            }
            return byArticle.keys.sorted().map { byArticle[$0]!.sorted() }
        }
    }

    private func chunks(_ ids: [Int64], _ body: ([Int64], String) throws -> Void) throws {
        var i = 0
        while i < ids.count {
            let chunk = Array(ids[i..<min(ids.count, i + 500)])
            try body(chunk, Array(repeating: "?", count: chunk.count).joined(separator: ","))
            i += 500
        }
    }
}
