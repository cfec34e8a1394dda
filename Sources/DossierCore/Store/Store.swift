import Foundation
import GRDB

/// The corpus database: articles and everything extracted from them. A file database runs in WAL
/// mode, so a REPL can read while an ingest writes; without a path the store lives in memory.
public final class Store: @unchecked Sendable {
    /// The database file, or nil for an in-memory store.
    public let path: String?
    let writer: any DatabaseWriter

    private init(path: String?, writer: any DatabaseWriter) {
        self.path = path
        self.writer = writer
    }

    /// A new, empty store in memory.
    public static func inMemory() throws -> Store {
        let queue = try DatabaseQueue(configuration: configuration(readOnly: false))
        try Schema.migrator.migrate(queue)
        return Store(path: nil, writer: queue)
    }

    /// Opens the database at `path`. With `create`, a missing file is created and an old schema
    /// migrated; without it, a missing file is an error that says how to make one.
    public static func open(path: String, create: Bool) throws -> Store {
        let exists = FileManager.default.fileExists(atPath: path)
        if !exists && !create {
            throw DossierError("\(path): no such database (create it with: dossier ingest PATHS… --db \(path))")
        }
        do {
            let pool = try DatabasePool(path: path, configuration: configuration(readOnly: false))
            let migrator = Schema.migrator
            if try pool.read({ try migrator.hasCompletedMigrations($0) }) == false {
                try migrator.migrate(pool)
            }
            return Store(path: path, writer: pool)
        } catch let error as DatabaseError {
            throw DossierError("\(path): \(error.message ?? "\(error)")")
        }
    }

    private static func configuration(readOnly: Bool) -> Configuration {
        var config = Configuration()
        config.readonly = readOnly
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(10)
        config.prepareDatabase { db in
            // NORMAL is durable in WAL mode across process crashes (kill -9); only a power loss can
            // drop the last transactions, never corrupt the file.
            try db.execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -65536")
        }
        return config
    }

    public func read<T>(_ body: (Database) throws -> T) throws -> T {
        try writer.read(body)
    }

    /// A read of a single statement, without the transaction `read` opens around it: SQLite
    /// reads one statement from one snapshot anyway, and BEGIN/COMMIT cost more than a small query.
    func readOneStatement<T>(_ body: (Database) throws -> T) throws -> T {
        try writer.unsafeRead(body)
    }

    public func write<T>(_ body: (Database) throws -> T) throws -> T {
        try writer.write(body)
    }

    /// Runs `body` outside a transaction: VACUUM needs that, and an ingest holds the writer for
    /// the whole run and opens one transaction per file itself.
    public func writeWithoutTransaction<T>(_ body: (Database) throws -> T) throws -> T {
        try writer.writeWithoutTransaction(body)
    }

    /// Cancels the statement running on this store, if any (Ctrl-C during a long query).
    public func interrupt() {
        writer.interrupt()
    }

    /// Row counts of the main tables.
    public func counts() throws -> (articles: Int, entities: Int, events: Int, quotes: Int) {
        try read { db in
            (
                try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0,
                try Int.fetchOne(db, sql: "SELECT count(*) FROM entity") ?? 0,
                try Int.fetchOne(db, sql: "SELECT count(*) FROM event") ?? 0,
                try Int.fetchOne(db, sql: "SELECT count(*) FROM quote") ?? 0
            )
        }
    }

    /// A number that changes whenever the stored articles change (in any process).
    public func generation() throws -> Int {
        try readOneStatement { db in try Store.generation(db) }
    }

    static func generation(_ db: Database) throws -> Int {
        try Int.fetchOne(db.cachedStatement(sql: "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'generation'"))
            ?? 0
    }

    /// `PRAGMA integrity_check`'s answer ("ok" when the file is sound).
    public func integrityCheck() throws -> String {
        try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "\n") }
    }
}

extension Store {
    /// Stores already-analyzed articles as the contents of `file` (replacing what the file had):
    /// for readers registered from Lua, generated corpora and tests.
    @discardableResult
    public func add(_ analyses: [Analysis], file: String, pipeline: Pipeline = Pipeline()) throws -> (
        articles: Int, duplicates: Int
    ) {
        var bytes: [UInt8] = []
        for a in analyses { bytes += a.article.text.utf8 }
        let outcome = try write { db in
            try CorpusWriter(db: db, pipeline: pipeline).storeFile(
                path: file, size: bytes.count, mtime: 0, hash: Hashing.contentHash(bytes), format: "analysis",
                analyses: analyses)
        }
        return (outcome.articles, outcome.duplicates)
    }
}
