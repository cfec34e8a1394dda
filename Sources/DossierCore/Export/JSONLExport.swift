import GRDB

/// `dossier export --format jsonl`: one JSON object per article, in the stable format of the
/// guide — the article with its text, the entities it names, the events it reports and its quotes.
/// A file holding several articles (a collage of excerpts) is one document: an event it reports
/// is listed once, under the first of its articles that reports it, with the mentions and
/// statuses of all of them.
public enum JSONLExport {
    /// Writes every article (or those of `files`, when given) to `sink`, one line each.
    public static func write(store: Store, files: [String]? = nil, to sink: (String) throws -> Void) throws {
        try store.read { db in
            var sql = "SELECT a.id FROM article a JOIN file f ON f.id = a.file_id"
            var args: [DatabaseValueConvertible] = []
            if let files, !files.isEmpty {
                sql += " WHERE f.path IN (\(Array(repeating: "?", count: files.count).joined(separator: ",")))"
                args = files
            }
            sql += " ORDER BY f.path, a.ordinal, a.id"
            let ids = try Int64.fetchAll(db, sql: sql, arguments: StatementArguments(args))
            var i = 0
            var file: String?
            var fileArticles: Set<Int64> = []
            var listed: Set<Int64> = []
            while i < ids.count {
                let batch = Array(ids[i..<min(ids.count, i + 200)])
                for article in try db.articles(ids: batch) {
                    if article.file != file {
                        file = article.file
                        listed = []
                        fileArticles = Set(
                            try Int64.fetchAll(
                                db,
                                sql: """
                                    SELECT coalesce(a.duplicate_of, a.id) FROM article a JOIN file f ON f.id = a.file_id WHERE f.path = ?
                                    """, arguments: [article.file]))
                    }
                    try sink(try line(for: article, fileArticles: fileArticles, listed: &listed, db: db))
                }
                i += 200
            }
        }
    }

    /// One article's line. `fileArticles` are the articles (their extraction sources) of its file;
    /// `listed` the events already written for the file.
    static func line(
        for article: ArticleRecord, fileArticles: Set<Int64>, listed: inout Set<Int64>, db: Database
    ) throws -> String {
        // A duplicate carries what was extracted from the article it duplicates.
        let source = article.duplicateOf ?? article.id
        let text = try db.articleText(id: article.id) ?? ""
        var fields: [JSON.Member] = [
            .init("id", .int(article.id)),
            .init("title", .str(article.title)),
            .init("source", .str(article.source)),
            .init("authors", .array(article.authors.map(JSON.string))),
            .init("date", .str(article.date?.iso)),
            .init("url", .str(article.url)),
            .init("language", .str(article.language)),
        ]
        if let dup = article.duplicateOf { fields.append(.init("duplicate_of", .int(dup))) }
        fields.append(.init("text", .string(text)))

        let entityIDs = try Int64.fetchAll(
            db,
            sql: """
                SELECT entity_id FROM mention WHERE article_id = ? GROUP BY entity_id ORDER BY min(start)
                """, arguments: [source])
        let entities = try db.entities(ids: entityIDs).map { e -> JSON in
            var m: [JSON.Member] = [
                .init("name", .string(e.name)), .init("kind", .string(e.kind.rawValue)),
                .init("aliases", .array(e.aliases.map(JSON.string))),
            ]
            if let c = e.country { m.append(.init("country", .string(c))) }
            if let t = e.title { m.append(.init("title", .string(t))) }
            if let r = e.role { m.append(.init("role", .string(r))) }
            if e.isMedia { m.append(.init("media", .bool(true))) }
            return .object(m)
        }

        let eventIDs = try Int64.fetchAll(
            db,
            sql: """
                SELECT event_id FROM event_mention WHERE article_id = ? GROUP BY event_id ORDER BY min(sentence_index), event_id
                """, arguments: [source])
        let fresh = eventIDs.filter { !listed.contains($0) }
        listed.formUnion(fresh)
        let events = try db.events(ids: fresh).map { e -> JSON in
            let mine = e.mentions.filter { fileArticles.contains($0.articleID) }
            let statuses = EventStatus.allCases.filter { s in mine.contains { $0.status == s } }
            return .object([
                .init("id", .int(e.id)),
                .init("type", .string(e.type.rawValue)),
                .init("code", .string(e.code)),
                .init(
                    "participants",
                    .array(
                        e.participants.map {
                            .object([.init("name", .string($0.name)), .init("role", .string($0.role))])
                        })),
                .init("place", .str(e.place)),
                .init("date", .str(e.date?.iso)),
                .init("statuses", .array(statuses.map { .string($0.rawValue) })),
                .init(
                    "mentions",
                    .array(
                        mine.map { m in
                            .object([
                                .init("status", .string(m.status.rawValue)), .init("sentence", .string(m.sentence)),
                                .init("source", .str(m.source)),
                            ])
                        })),
            ])
        }

        let quoteIDs = try Int64.fetchAll(
            db, sql: "SELECT id FROM quote WHERE article_id = ? ORDER BY sentence_index, id", arguments: [source])
        let quotes = try db.quotes(ids: quoteIDs).map { q -> JSON in
            .object([.init("speaker", .str(q.speaker)), .init("text", .string(q.text))])
        }

        return JSON.object([
            .init("file", .string(article.file)),
            .init("article", .object(fields)),
            .init("entities", .array(entities)),
            .init("events", .array(events)),
            .init("quotes", .array(quotes)),
        ]).serialized
    }
}
