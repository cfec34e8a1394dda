import GRDB

/// The database layout. Every filter of the Lua API has an index here; article and quote text
/// have FTS5 indexes kept in step by the writer (external-content tables, no triggers, so a bulk
/// ingest pays for one FTS insert per row and nothing else).
enum Schema {
    /// SQL for the first (`min`) or last (`max`) day, since 1970, of the fully dated articles
    /// that report the event whose id is the expression `event`.
    static func reportedDay(_ aggregate: String, of event: String) -> String {
        """
        (SELECT \(aggregate)(CAST(julianday(a.date) - 2440587.5 AS INTEGER))
          FROM event_mention m JOIN article a ON a.id = m.article_id
          WHERE m.event_id = \(event) AND length(a.date) = 10)
        """
    }

    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;

                    CREATE TABLE file(
                      id INTEGER PRIMARY KEY,
                      path TEXT NOT NULL UNIQUE,
                      size INTEGER NOT NULL,
                      mtime REAL NOT NULL,
                      hash TEXT NOT NULL,
                      format TEXT,
                      articles INTEGER NOT NULL DEFAULT 0,
                      problems TEXT,
                      ingested_at TEXT NOT NULL);

                    CREATE TABLE article(
                      id INTEGER PRIMARY KEY,
                      file_id INTEGER NOT NULL REFERENCES file(id) ON DELETE CASCADE,
                      ordinal INTEGER NOT NULL,
                      title TEXT, source TEXT, authors TEXT, url TEXT, language TEXT,
                      date TEXT, date_lo TEXT, date_hi TEXT,
                      text TEXT NOT NULL,
                      words INTEGER NOT NULL,
                      hash TEXT NOT NULL,
                      band0 INTEGER, band1 INTEGER, band2 INTEGER, band3 INTEGER,
                      simhash INTEGER,
                      duplicate_of INTEGER REFERENCES article(id) ON DELETE SET NULL);
                    CREATE INDEX article_file ON article(file_id, ordinal);
                    CREATE INDEX article_hash ON article(hash);
                    CREATE INDEX article_source ON article(source COLLATE NOCASE);
                    CREATE INDEX article_date ON article(date_lo, date_hi);
                    CREATE INDEX article_dup ON article(duplicate_of);
                    CREATE INDEX article_band0 ON article(band0);
                    CREATE INDEX article_band1 ON article(band1);
                    CREATE INDEX article_band2 ON article(band2);
                    CREATE INDEX article_band3 ON article(band3);
                    CREATE VIRTUAL TABLE article_fts USING fts5(
                      title, text, content='article', content_rowid='id', tokenize='unicode61 remove_diacritics 2');

                    CREATE TABLE entity(
                      id INTEGER PRIMARY KEY,
                      name TEXT NOT NULL,
                      kind TEXT NOT NULL,
                      country TEXT, title TEXT, role TEXT,
                      media INTEGER NOT NULL DEFAULT 0,
                      mentions INTEGER NOT NULL DEFAULT 0);
                    CREATE INDEX entity_kind ON entity(kind, mentions);
                    CREATE INDEX entity_name ON entity(name COLLATE NOCASE);
                    CREATE INDEX entity_mentions ON entity(mentions);

                    -- Normalized names and aliases, for linking and for name filters.
                    CREATE TABLE entity_key(
                      key TEXT NOT NULL,
                      entity_id INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
                      PRIMARY KEY(key, entity_id)) WITHOUT ROWID;
                    CREATE INDEX entity_key_entity ON entity_key(entity_id);

                    -- Surface forms per article, so that replacing a file drops the forms it brought.
                    CREATE TABLE alias(
                      entity_id INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
                      article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                      alias TEXT NOT NULL,
                      PRIMARY KEY(entity_id, alias, article_id)) WITHOUT ROWID;
                    CREATE INDEX alias_article ON alias(article_id);

                    CREATE TABLE mention(
                      id INTEGER PRIMARY KEY,
                      entity_id INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
                      article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                      sentence INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL);
                    CREATE INDEX mention_entity ON mention(entity_id, article_id);
                    CREATE INDEX mention_article ON mention(article_id);

                    CREATE TABLE event(
                      id INTEGER PRIMARY KEY,
                      type TEXT NOT NULL,
                      code TEXT NOT NULL,
                      key TEXT NOT NULL,
                      place_id INTEGER REFERENCES entity(id) ON DELETE SET NULL,
                      place TEXT,
                      date TEXT, date_lo TEXT, date_hi TEXT,
                      mentions INTEGER NOT NULL DEFAULT 0);
                    CREATE INDEX event_type ON event(type, date_lo);
                    CREATE INDEX event_key ON event(key, type);
                    CREATE INDEX event_date ON event(date_lo, date_hi);
                    CREATE INDEX event_place ON event(place_id);

                    CREATE TABLE participant(
                      event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
                      entity_id INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
                      role TEXT NOT NULL,
                      position INTEGER NOT NULL,
                      PRIMARY KEY(event_id, entity_id)) WITHOUT ROWID;
                    CREATE INDEX participant_entity ON participant(entity_id, event_id);

                    CREATE TABLE event_mention(
                      id INTEGER PRIMARY KEY,
                      event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
                      article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                      sentence_index INTEGER NOT NULL,
                      sentence TEXT NOT NULL,
                      status TEXT NOT NULL,
                      claimed_by TEXT,
                      claimed_by_id INTEGER REFERENCES entity(id) ON DELETE SET NULL,
                      date TEXT);
                    CREATE INDEX event_mention_event ON event_mention(event_id, status);
                    CREATE INDEX event_mention_article ON event_mention(article_id);
                    CREATE INDEX event_mention_status ON event_mention(status, event_id);

                    CREATE TABLE quote(
                      id INTEGER PRIMARY KEY,
                      article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                      speaker_id INTEGER REFERENCES entity(id) ON DELETE SET NULL,
                      speaker TEXT,
                      text TEXT NOT NULL,
                      sentence_index INTEGER NOT NULL,
                      sentence TEXT NOT NULL);
                    CREATE INDEX quote_speaker ON quote(speaker_id);
                    CREATE INDEX quote_article ON quote(article_id);
                    CREATE VIRTUAL TABLE quote_fts USING fts5(
                      text, content='quote', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
                    """)
        }
        m.registerMigration("v2") { db in
            // Deleting an entity sets claimed_by_id to NULL in event_mention: without an index
            // that is a scan of every event mention per entity a replaced file leaves behind.
            try db.execute(sql: "CREATE INDEX IF NOT EXISTS event_mention_claimed ON event_mention(claimed_by_id)")
            // entities{country=…} compares without case; it scanned every entity.
            try db.execute(sql: "CREATE INDEX IF NOT EXISTS entity_country ON entity(country COLLATE NOCASE)")
        }
        m.registerMigration("v3") { db in
            // The days (since 1970) of the first and last article that reported the event, for
            // telling apart undated reports of events months apart ("talks between the United
            // States and Japan" in February and in October).
            try db.execute(
                sql: """
                    ALTER TABLE event ADD COLUMN reported_lo INTEGER;
                    ALTER TABLE event ADD COLUMN reported_hi INTEGER;
                    UPDATE event SET reported_lo = \(reportedDay("min", of: "event.id")),
                      reported_hi = \(reportedDay("max", of: "event.id"));
                    """)
        }
        return m
    }
}
