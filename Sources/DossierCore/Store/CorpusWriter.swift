import Foundation
import GRDB

/// Writes analyzed articles into the store inside the caller's transaction, linking what each
/// article extracted to the entities and events the corpus already holds (CorpusLinking decides
/// what is the same), and removes what a replaced file brought.
final class CorpusWriter {
    private let db: Database
    private let pipeline: Pipeline
    /// Entity ids by normalized key; bounded so memory does not grow with the corpus.
    private var keyCache: [String: [Int64]] = [:]
    private static let keyCacheLimit = 200_000
    /// Entities as linking compares them, by id. A common key ("~john") has hundreds of
    /// candidates, each compared for every mention; reading them from the database each time
    /// was most of an ingest. Kept in step with every update this writer makes; bounded.
    private var entityCache: [Int64: EntityRecord] = [:]
    private static let entityCacheLimit = 100_000
    /// The most aliases linking looks at per entity (the first in byte order).
    private static let aliasLimit = 50
    /// Mentions counted for entities that already existed, written once per file by
    /// `finishFile` rather than one UPDATE per article that names them.
    private var pendingMentions: [Int64: Int] = [:]

    init(db: Database, pipeline: Pipeline) {
        self.db = db
        self.pipeline = pipeline
    }

    struct Outcome {
        var articles = 0
        var duplicates = 0
    }

    // MARK: files

    /// The stored file row for `path`: id, size, mtime and content hash.
    func storedFile(path: String) throws -> (id: Int64, size: Int, mtime: Double, hash: String)? {
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT id, size, mtime, hash FROM file WHERE path = ?"), arguments: [path])
        else { return nil }
        return (row[0], row[1], row[2], row[3])
    }

    /// Every change to the stored articles bumps the generation, so readers in any process can
    /// tell whether a result they hold is still current.
    static func bumpGeneration(_ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO meta(key, value) VALUES ('generation', '1')
                ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1
                """)
    }

    func touchFile(id: Int64, mtime: Double, path: String? = nil) throws {
        try db.execute(
            sql: "UPDATE file SET mtime = ?, path = coalesce(?, path) WHERE id = ?", arguments: [mtime, path, id])
    }

    /// Starts storing the file at `path` inside the caller's transaction: its row is made (or,
    /// for a file stored before, reset and its articles removed). Articles follow with `insert`,
    /// and `finishFile` completes the row.
    func beginFile(path: String, size: Int, mtime: Double, hash: String) throws -> (id: Int64, replaced: Bool) {
        let now = ISO8601DateFormatter().string(from: Date())
        if let old = try storedFile(path: path) {
            try removeArticles(ofFile: old.id)
            try db.execute(
                sql:
                    "UPDATE file SET size=?, mtime=?, hash=?, format=NULL, articles=0, problems=NULL, ingested_at=? WHERE id=?",
                arguments: [size, mtime, hash, now, old.id])
            try CorpusWriter.bumpGeneration(db)
            return (old.id, true)
        }
        try db.cachedStatement(
            sql: "INSERT INTO file(path, size, mtime, hash, articles, ingested_at) VALUES (?,?,?,?,0,?)"
        ).execute(arguments: [path, size, mtime, hash, now])
        let id = db.lastInsertedRowID
        try CorpusWriter.bumpGeneration(db)
        return (id, false)
    }

    /// Records what reading the file found, once its articles are in.
    func finishFile(id: Int64, articles: Int, format: String?, problems: [String]) throws {
        try flushMentionCounts()
        try db.cachedStatement(sql: "UPDATE file SET articles=?, format=?, problems=? WHERE id=?").execute(arguments: [
            articles, format, problems.isEmpty ? nil : problems.joined(separator: "\n"), id,
        ])
    }

    /// After a rollback the caches may name rows that no longer exist.
    func discardCaches() {
        keyCache.removeAll(keepingCapacity: true)
        entityCache.removeAll(keepingCapacity: true)
        pendingMentions.removeAll(keepingCapacity: true)
    }

    private func flushMentionCounts() throws {
        let statement = try db.cachedStatement(sql: "UPDATE entity SET mentions = mentions + ? WHERE id = ?")
        for (id, count) in pendingMentions { try statement.execute(arguments: [count, id]) }
        pendingMentions.removeAll(keepingCapacity: true)
    }

    /// Stores a file's articles in one go, replacing whatever an earlier version of the file brought.
    func storeFile(path: String, size: Int, mtime: Double, hash: String, format: String?, analyses: [Analysis]) throws
        -> Outcome
    {
        let fileID = try beginFile(path: path, size: size, mtime: mtime, hash: hash).id
        var outcome = Outcome()
        for analysis in analyses {
            if try insert(analysis, fileID: fileID) { outcome.duplicates += 1 }
            outcome.articles += 1
        }
        try finishFile(id: fileID, articles: outcome.articles, format: format, problems: [])
        return outcome
    }

    // MARK: articles

    /// Inserts one article; returns true when it duplicates a stored one (then nothing is
    /// extracted from it, so the same wire story does not count twice).
    @discardableResult
    func insert(_ analysis: Analysis, fileID: Int64) throws -> Bool {
        try insert(PreparedArticle(analysis), fileID: fileID)
    }

    /// `insert` of an article prepared already (by an ingest's analysis thread).
    func insert(_ prepared: PreparedArticle, fileID: Int64) throws -> Bool {
        let a = prepared.analysis.article
        let fp = prepared.fingerprint
        let duplicateOf = try findDuplicate(fp)
        let bands = fp.bands
        let authors = a.authors.isEmpty ? nil : a.authors.joined(separator: "\n")
        try db.cachedStatement(
            sql: """
                INSERT INTO article(file_id, ordinal, title, source, authors, url, language, date, date_lo, date_hi,
                  text, words, hash, band0, band1, band2, band3, simhash, duplicate_of)
                VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
                """
        ).execute(arguments: [
            fileID, a.ordinal, a.title, a.source, authors, a.url, a.language, a.date?.iso, a.date?.lowerBound,
            a.date?.upperBound, a.text, fp.words, fp.exact, bands[0], bands[1], bands[2], bands[3],
            Int64(bitPattern: fp.simhash), duplicateOf,
        ])
        let articleID = db.lastInsertedRowID
        try db.cachedStatement(sql: "INSERT INTO article_fts(rowid, title, text) VALUES (?,?,?)")
            .execute(arguments: [articleID, a.title ?? "", a.text])
        if duplicateOf != nil { return true }
        try insertExtraction(prepared, articleID: articleID)
        return false
    }

    private func findDuplicate(_ fp: TextFingerprint) throws -> Int64? {
        if let id = try Int64.fetchOne(
            db.cachedStatement(
                sql: "SELECT id FROM article WHERE hash = ? AND +duplicate_of IS NULL ORDER BY id LIMIT 1"),
            arguments: [fp.exact])
        {
            return id
        }
        guard fp.words >= TextFingerprint.minimumWordsForNearDuplicates else { return nil }
        let b = fp.bands
        // `+duplicate_of` keeps the planner on the four band indexes: on duplicate_of's index it
        // walked every original for every new article, and ingest time grew with the square of it.
        let rows = try Row.fetchCursor(
            db.cachedStatement(
                sql: """
                    SELECT id, simhash, words FROM article
                    WHERE (band0 = ? OR band1 = ? OR band2 = ? OR band3 = ?) AND +duplicate_of IS NULL AND words >= ?
                    ORDER BY id
                    """),
            arguments: [b[0], b[1], b[2], b[3], TextFingerprint.minimumWordsForNearDuplicates])
        while let row = try rows.next() {
            let other = UInt64(bitPattern: row[1] as Int64)
            let words: Int = row[2]
            // Same story: nearly the same shingles and a similar length.
            if (other ^ fp.simhash).nonzeroBitCount <= TextFingerprint.maximumDistance,
                abs(words - fp.words) * 5 <= max(words, fp.words)
            {
                return row[0]
            }
        }
        return nil
    }

    private func insertExtraction(_ prepared: PreparedArticle, articleID: Int64) throws {
        let analysis = prepared.analysis
        var ids: [Int64] = []
        ids.reserveCapacity(analysis.entities.count)
        for (i, entity) in analysis.entities.enumerated() {
            ids.append(try link(entity, keys: prepared.entityKeys[i], articleID: articleID))
        }
        let mentionStatement = try db.cachedStatement(
            sql: "INSERT INTO mention(entity_id, article_id, sentence, start, end) VALUES (?,?,?,?,?)")
        for (i, entity) in analysis.entities.enumerated() {
            for m in entity.mentions {
                try mentionStatement.execute(arguments: [ids[i], articleID, m.sentence, m.start, m.end])
            }
        }
        for event in analysis.events {
            try insert(event, analysis: analysis, entityIDs: ids, articleID: articleID)
        }
        let quoteStatement = try db.cachedStatement(
            sql:
                "INSERT INTO quote(article_id, speaker_id, speaker, text, sentence_index, sentence) VALUES (?,?,?,?,?,?)"
        )
        let quoteFTS = try db.cachedStatement(sql: "INSERT INTO quote_fts(rowid, text) VALUES (?,?)")
        for q in analysis.quotes {
            let speakerID = q.speaker.map { ids[$0] }
            let speaker = q.speaker.map { analysis.entities[$0].name }
            try quoteStatement.execute(arguments: [
                articleID, speakerID, speaker, q.text, q.sentence, analysis.sentenceText(q.sentence),
            ])
            try quoteFTS.execute(arguments: [db.lastInsertedRowID, q.text])
        }
    }

    // MARK: entities

    /// The stored entity `entity` is, created when the corpus has none.
    private func link(_ entity: ExtractedEntity, keys: [String], articleID: Int64) throws -> Int64 {
        // A common key ("~john") lists hundreds of entities: a set, not a scan per id.
        var candidates = Set<Int64>()
        for key in keys { candidates.formUnion(try entityIDs(forKey: key)) }
        var chosen: Int64?
        for id in candidates.sorted() {
            if let record = try fetchEntity(id), CorpusLinking.isSame(entity, as: record) {
                chosen = id
                break
            }
        }
        let id: Int64
        if let chosen {
            id = chosen
            pendingMentions[id, default: 0] += entity.mentions.count
            entityCache[id]?.mentionCount += entity.mentions.count
            if mayChange(entityCache[id], with: entity) {
                // A fuller name wins ("Vladimir Putin" over "Putin"); missing attributes are filled in.
                try db.cachedStatement(
                    sql: """
                        UPDATE entity SET
                          name = CASE WHEN length(?) > length(name) AND instr(?, name) > 0 THEN ? ELSE name END,
                          country = coalesce(country, ?), title = coalesce(title, ?), role = coalesce(role, ?),
                          media = max(media, ?)
                        WHERE id = ?
                        """
                ).execute(arguments: [
                    entity.name, entity.name, entity.name, entity.country, entity.title, entity.role,
                    entity.isMedia ? 1 : 0, id,
                ])
                // Read again when next compared: the database's rules decided the new values.
                entityCache[id] = nil
            }
        } else {
            try db.cachedStatement(
                sql: "INSERT INTO entity(name, kind, country, title, role, media, mentions) VALUES (?,?,?,?,?,?,?)"
            ).execute(arguments: [
                entity.name, entity.kind.rawValue, entity.country, entity.title, entity.role,
                entity.isMedia ? 1 : 0, entity.mentions.count,
            ])
            id = db.lastInsertedRowID
            // Its aliases are the forms stored just below.
            let forms = Set([entity.name] + entity.aliases).sorted(by: CorpusWriter.bytewise)
            cacheEntity(
                EntityRecord(
                    id: id, name: entity.name, kind: entity.kind, aliases: Array(forms.prefix(CorpusWriter.aliasLimit)),
                    country: entity.country, title: entity.title, role: entity.role, isMedia: entity.isMedia,
                    mentionCount: entity.mentions.count))
        }
        let keyStatement = try db.cachedStatement(sql: "INSERT OR IGNORE INTO entity_key(key, entity_id) VALUES (?,?)")
        for key in keys {
            // A key the cache lists for this entity is stored already.
            if keyCache[key]?.contains(id) == true { continue }
            try keyStatement.execute(arguments: [key, id])
            if db.changesCount > 0, keyCache[key] != nil { keyCache[key]!.append(id) }
        }
        let aliasStatement = try db.cachedStatement(
            sql: "INSERT OR IGNORE INTO alias(entity_id, article_id, alias) VALUES (?,?,?)")
        for form in [entity.name] + entity.aliases {
            try aliasStatement.execute(arguments: [id, articleID, form])
            noteAlias(form, of: id)
        }
        return id
    }

    /// Whether linking `entity` to `record` may change the stored row, by the rules of the
    /// UPDATE in `link`; unknown (not cached) counts as yes. A longer name in bytes is necessary
    /// for the fuller-name rule, so checking only that never misses a change.
    private func mayChange(_ record: EntityRecord?, with entity: ExtractedEntity) -> Bool {
        guard let record else { return true }
        return entity.name.utf8.count > record.name.utf8.count
            || (record.country == nil && entity.country != nil) || (record.title == nil && entity.title != nil)
            || (record.role == nil && entity.role != nil) || (!record.isMedia && entity.isMedia)
    }

    private func entityIDs(forKey key: String) throws -> [Int64] {
        if let ids = keyCache[key] { return ids }
        let ids = try Int64.fetchAll(
            db.cachedStatement(sql: "SELECT entity_id FROM entity_key WHERE key = ?"), arguments: [key])
        if keyCache.count >= CorpusWriter.keyCacheLimit { keyCache.removeAll(keepingCapacity: true) }
        keyCache[key] = ids
        return ids
    }

    private func fetchEntity(_ id: Int64) throws -> EntityRecord? {
        if let record = entityCache[id] { return record }
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(
                    sql: "SELECT id, name, kind, country, title, role, media, mentions FROM entity WHERE id = ?"),
                arguments: [id])
        else { return nil }
        // The distinct aliases by seeking from one to the next in the primary key: a plain
        // DISTINCT reads every (alias, article) row, tens of thousands for a common entity.
        let aliases = try String.fetchAll(
            db.cachedStatement(
                sql: """
                    WITH RECURSIVE next(alias) AS (
                      SELECT min(alias) FROM alias WHERE entity_id = ?1
                      UNION ALL
                      SELECT (SELECT min(alias) FROM alias WHERE entity_id = ?1 AND alias > next.alias)
                      FROM next WHERE next.alias IS NOT NULL LIMIT ?2)
                    SELECT alias FROM next WHERE alias IS NOT NULL
                    """),
            arguments: [id, CorpusWriter.aliasLimit])
        let record = EntityRecord(
            id: row[0], name: row[1], kind: EntityKind(rawValue: row[2]) ?? .organization, aliases: aliases,
            country: row[3], title: row[4], role: row[5], isMedia: (row[6] as Int) != 0, mentionCount: row[7])
        cacheEntity(record)
        return record
    }

    private func cacheEntity(_ record: EntityRecord) {
        if entityCache[record.id] == nil && entityCache.count >= CorpusWriter.entityCacheLimit {
            entityCache.removeAll(keepingCapacity: true)
        }
        entityCache[record.id] = record
    }

    private static func bytewise(_ a: String, _ b: String) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }

    /// Keeps a cached entity's aliases what the database would answer: the first `aliasLimit`
    /// distinct forms in byte order.
    private func noteAlias(_ form: String, of id: Int64) {
        guard var record = entityCache[id], !record.aliases.contains(form) else { return }
        if record.aliases.count >= CorpusWriter.aliasLimit {
            // A form past the last one kept changes nothing; one before it would push it out.
            guard let last = record.aliases.last, CorpusWriter.bytewise(form, last) else { return }
            record.aliases.removeLast()
        }
        let at = record.aliases.firstIndex { CorpusWriter.bytewise(form, $0) } ?? record.aliases.count
        record.aliases.insert(form, at: at)
        entityCache[id] = record
    }

    // MARK: events

    private func insert(_ event: ExtractedEvent, analysis: Analysis, entityIDs ids: [Int64], articleID: Int64) throws {
        let participants = event.participants.map { (id: ids[$0.entity], role: $0.role) }
        let participantSet = Set(participants.map(\.id))
        let key = participantSet.sorted().map(String.init).joined(separator: ",")
        let placeID = event.place.map { ids[$0] }
        let placeName = event.place.map { analysis.entities[$0].name }
        var eventID: Int64?
        // The day of the article that reports it (a full date only).
        let reported = analysis.article.date?.dayNumber
        let occurred = event.mentions.contains { $0.status == .occurred }
        let candidates = try Row.fetchAll(
            db.cachedStatement(
                sql: "SELECT id, place_id, date, reported_lo, reported_hi FROM event WHERE key = ? AND type = ? ORDER BY id"
            ),
            arguments: [key, event.type.rawValue])
        for row in candidates {
            let storedDate = (row[2] as String?).flatMap(PartialDate.init(iso:))
            let lo: Int? = row[3]
            let hi: Int? = row[4]
            let storedReported = lo.flatMap { lo in hi.map { lo...max(lo, $0) } }
            let candidateID: Int64 = row[0]
            if CorpusLinking.isSameEvent(
                type: event.type, participants: participantSet, place: placeID, date: event.date, reported: reported,
                occurred: occurred, as: (event.type, participantSet, row[1], storedDate, storedReported),
                storedOccurred: {
                    (try? Bool.fetchOne(
                        db.cachedStatement(
                            sql: "SELECT EXISTS(SELECT 1 FROM event_mention WHERE event_id = ? AND status = 'occurred')"),
                        arguments: [candidateID])) ?? false
                })
            {
                eventID = row[0]
                if let day = reported {
                    try db.cachedStatement(
                        sql: """
                            UPDATE event SET reported_lo = min(coalesce(reported_lo, ?1), ?1),
                              reported_hi = max(coalesce(reported_hi, ?1), ?1) WHERE id = ?2
                            """
                    ).execute(arguments: [day, row[0]])
                }
                // Keep the most precise date and the place once one article names them.
                if let d = event.date, storedDate == nil || (storedDate!.precision != .day && d.precision == .day) {
                    try db.cachedStatement(sql: "UPDATE event SET date=?, date_lo=?, date_hi=? WHERE id=?")
                        .execute(arguments: [d.iso, d.lowerBound, d.upperBound, row[0]])
                }
                if placeID != nil && (row[1] as Int64?) == nil {
                    try db.cachedStatement(sql: "UPDATE event SET place_id=?, place=? WHERE id=?")
                        .execute(arguments: [placeID, placeName, row[0]])
                }
                break
            }
        }
        if eventID == nil {
            try db.cachedStatement(
                sql: """
                    INSERT INTO event(type, code, key, place_id, place, date, date_lo, date_hi, reported_lo, reported_hi)
                    VALUES (?,?,?,?,?,?,?,?,?,?)
                    """
            ).execute(arguments: [
                event.type.rawValue, event.code, key, placeID, placeName, event.date?.iso, event.date?.lowerBound,
                event.date?.upperBound, reported, reported,
            ])
            eventID = db.lastInsertedRowID
            let participantStatement = try db.cachedStatement(
                sql: "INSERT OR IGNORE INTO participant(event_id, entity_id, role, position) VALUES (?,?,?,?)")
            for (position, p) in participants.enumerated() {
                try participantStatement.execute(arguments: [eventID, p.id, p.role, position])
            }
        }
        let mentionStatement = try db.cachedStatement(
            sql: """
                INSERT INTO event_mention(event_id, article_id, sentence_index, sentence, status, claimed_by, claimed_by_id, date)
                VALUES (?,?,?,?,?,?,?,?)
                """)
        for m in event.mentions {
            let claimedByID = m.claimedBy.map { ids[$0] }
            let claimedBy = m.claimedBy.map { analysis.entities[$0].name } ?? m.claimedByText
            try mentionStatement.execute(arguments: [
                eventID, articleID, m.sentence, analysis.sentenceText(m.sentence), m.status.rawValue, claimedBy,
                claimedByID, m.date?.iso,
            ])
        }
        try db.cachedStatement(sql: "UPDATE event SET mentions = mentions + ? WHERE id = ?")
            .execute(arguments: [event.mentions.count, eventID])
    }

    // MARK: removal

    /// Removes a file's articles and what they brought; entities and events nothing else reports
    /// go too, and articles that duplicated a removed one get their own extraction.
    func removeArticles(ofFile fileID: Int64) throws {
        let articleIDs = try Int64.fetchAll(db, sql: "SELECT id FROM article WHERE file_id = ?", arguments: [fileID])
        guard !articleIDs.isEmpty else { return }
        try db.execute(sql: "CREATE TEMP TABLE IF NOT EXISTS gone(id INTEGER PRIMARY KEY)")
        try db.execute(sql: "DELETE FROM temp.gone")
        let ins = try db.cachedStatement(sql: "INSERT INTO temp.gone(id) VALUES (?)")
        for id in articleIDs { try ins.execute(arguments: [id]) }

        let entities = try Int64.fetchAll(
            db,
            sql: """
                SELECT DISTINCT entity_id FROM mention WHERE article_id IN temp.gone
                UNION SELECT speaker_id FROM quote WHERE article_id IN temp.gone AND speaker_id IS NOT NULL
                """)
        let events = try Int64.fetchAll(
            db, sql: "SELECT DISTINCT event_id FROM event_mention WHERE article_id IN temp.gone")
        let orphans = try Int64.fetchAll(
            db,
            sql: """
                SELECT id FROM article WHERE duplicate_of IN temp.gone AND file_id <> ? ORDER BY id
                """, arguments: [fileID])

        try db.execute(
            sql: """
                INSERT INTO article_fts(article_fts, rowid, title, text)
                  SELECT 'delete', id, coalesce(title, ''), text FROM article WHERE id IN temp.gone;
                INSERT INTO quote_fts(quote_fts, rowid, text)
                  SELECT 'delete', id, text FROM quote WHERE article_id IN temp.gone;
                DELETE FROM article WHERE id IN temp.gone;
                """)
        for id in events {
            let left =
                try Int.fetchOne(
                    db.cachedStatement(sql: "SELECT count(*) FROM event_mention WHERE event_id = ?"), arguments: [id])
                ?? 0
            if left == 0 {
                try db.cachedStatement(sql: "DELETE FROM event WHERE id = ?").execute(arguments: [id])
            } else {
                try db.cachedStatement(
                    sql: """
                        UPDATE event SET mentions = ?1, reported_lo = \(Schema.reportedDay("min", of: "?2")),
                          reported_hi = \(Schema.reportedDay("max", of: "?2"))
                        WHERE id = ?2
                        """
                ).execute(arguments: [left, id])
            }
        }
        for id in entities {
            let left =
                try Int.fetchOne(
                    db.cachedStatement(sql: "SELECT count(*) FROM mention WHERE entity_id = ?"), arguments: [id]) ?? 0
            let used =
                try Bool.fetchOne(
                    db.cachedStatement(
                        sql: """
                            SELECT EXISTS(SELECT 1 FROM participant WHERE entity_id = ?1)
                                OR EXISTS(SELECT 1 FROM quote WHERE speaker_id = ?1)
                            """),
                    arguments: [id]) ?? false
            if left == 0 && !used {
                try db.cachedStatement(sql: "DELETE FROM entity WHERE id = ?").execute(arguments: [id])
            } else {
                try db.cachedStatement(sql: "UPDATE entity SET mentions = ? WHERE id = ?").execute(arguments: [
                    left, id,
                ])
            }
        }
        discardCaches()
        try db.execute(sql: "DELETE FROM temp.gone")
        for id in orphans { try promote(articleID: id) }
    }

    /// An article that duplicated a removed one becomes an original: extract from it now.
    private func promote(articleID: Int64) throws {
        guard
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT a.ordinal, a.title, a.source, a.authors, a.url, a.language, a.date, a.text, f.path
                    FROM article a JOIN file f ON f.id = a.file_id WHERE a.id = ?
                    """, arguments: [articleID])
        else { return }
        // A later orphan may duplicate this one: the first stays the original.
        let article = Article(
            file: row[8], ordinal: row[0], title: row[1], source: row[2],
            authors: (row[3] as String?)?.split(separator: "\n").map(String.init) ?? [],
            date: (row[6] as String?).flatMap(PartialDate.init(iso:)), url: row[4], language: row[5], text: row[7])
        let fp = TextFingerprint(text: article.text)
        if let original = try findDuplicate(fp), original != articleID {
            try db.cachedStatement(sql: "UPDATE article SET duplicate_of = ? WHERE id = ?")
                .execute(arguments: [original, articleID])
            return
        }
        try insertExtraction(PreparedArticle(pipeline.analyze(article)), articleID: articleID)
    }
}
