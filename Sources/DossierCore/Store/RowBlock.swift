import GRDB
import GRDBSQLite

/// A query's rows read in one pass, kept as columns: integers, and text as raw UTF-8 in one
/// arena. Iterating a large result from Lua reads its fields from here, so no row costs an SQL
/// lookup, a Swift String or a dictionary entry; fields not kept here (aliases, participants, an
/// article's text) are read per record when asked for.
public final class RowBlock: @unchecked Sendable {
    public enum ColumnType: Sendable { case text, integer, flag }

    public struct Column: Sendable {
        public let field: String
        let sql: String
        public let type: ColumnType
    }

    public let kind: RecordKind
    /// The type of each column, by position (looked up per field read, so kept at hand).
    public let types: [ColumnType]
    public let ids: [Int64]
    /// Row-major cells: an integer, or for text the arena offset << 32 | length (-1: NULL);
    /// Int64.min is a NULL integer.
    private let cells: [Int64]
    private let arena: [UInt8]

    public var count: Int { ids.count }

    /// The columns kept for each kind (the cheap, commonly read fields).
    public static func columns(_ kind: RecordKind) -> [Column] {
        switch kind {
        case .article:
            return [
                Column(field: "title", sql: "a.title", type: .text),
                Column(field: "source", sql: "a.source", type: .text),
                Column(field: "date", sql: "a.date", type: .text), Column(field: "url", sql: "a.url", type: .text),
                Column(field: "language", sql: "a.language", type: .text),
            ]
        case .entity:
            return [
                Column(field: "name", sql: "e.name", type: .text), Column(field: "kind", sql: "e.kind", type: .text),
                Column(field: "country", sql: "e.country", type: .text),
                Column(field: "title", sql: "e.title", type: .text),
                Column(field: "role", sql: "e.role", type: .text), Column(field: "media", sql: "e.media", type: .flag),
                Column(field: "mentions", sql: "e.mentions", type: .integer),
            ]
        case .event:
            return [
                Column(field: "type", sql: "e.type", type: .text), Column(field: "code", sql: "e.code", type: .text),
                Column(field: "place", sql: "e.place", type: .text), Column(field: "date", sql: "e.date", type: .text),
            ]
        case .quote:
            return [
                Column(
                    field: "speaker", sql: "coalesce((SELECT name FROM entity WHERE id = q.speaker_id), q.speaker)",
                    type: .text),
                Column(field: "text", sql: "q.text", type: .text),
                Column(field: "sentence", sql: "q.sentence", type: .text),
            ]
        }
    }

    init(kind: RecordKind, types: [ColumnType], ids: [Int64], cells: [Int64], arena: [UInt8]) {
        self.kind = kind
        self.types = types
        self.ids = ids
        self.cells = cells
        self.arena = arena
    }

    /// The integer of column `c` at `row` (nil for NULL).
    @inline(__always)
    public func integer(_ c: Int, _ row: Int) -> Int64? {
        let v = cells[row &* types.count &+ c]
        return v == Int64.min ? nil : v
    }

    /// Calls `body` with the UTF-8 bytes of text column `c` at `row`, or nil for NULL.
    @inline(__always)
    public func withText<R>(_ c: Int, _ row: Int, _ body: (UnsafeBufferPointer<UInt8>?) -> R) -> R {
        let v = cells[row &* types.count &+ c]
        if v < 0 { return body(nil) }
        let offset = Int(v >> 32)
        let length = Int(v & 0xFFFF_FFFF)
        return arena.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[offset..<(offset + length)])) }
    }
}

extension RowBlock {
    /// The reading loop, on plain inout arrays so that appends stay in place.
    fileprivate static func step(
        _ raw: OpaquePointer, _ types: [ColumnType], _ ids: inout [Int64], _ cells: inout [Int64],
        _ arena: inout [UInt8], _ shouldStop: () -> Bool
    ) throws {
        let n = Int32(types.count)
        var rows = 0
        while true {
            let rc = sqlite3_step(raw)
            if rc == SQLITE_DONE { return }
            guard rc == SQLITE_ROW else {
                throw DossierError(String(cString: sqlite3_errmsg(sqlite3_db_handle(raw))))
            }
            ids.append(sqlite3_column_int64(raw, 0))
            var i: Int32 = 0
            while i < n {
                let index = i + 1
                switch types[Int(i)] {
                case .text:
                    // A NULL reads as a null pointer; an empty string as a valid one.
                    if let p = sqlite3_column_text(raw, index) {
                        let length = Int(sqlite3_column_bytes(raw, index))
                        let offset = arena.count
                        arena.append(contentsOf: UnsafeBufferPointer(start: p, count: length))
                        cells.append(Int64(offset) << 32 | Int64(length))
                    } else {
                        cells.append(-1)
                    }
                case .integer, .flag:
                    cells.append(
                        sqlite3_column_type(raw, index) == SQLITE_NULL ? Int64.min : sqlite3_column_int64(raw, index))
                }
                i += 1
            }
            rows += 1
            if rows & 4095 == 0 && shouldStop() { return }
        }
    }
}

extension Store {
    /// The corpus generation, then the query's rows with the kind's block columns, in the query's
    /// order, in one visit to the connection pool: the generation labels the rows for the runs
    /// after this one. `shouldStop` is asked now and then; when it says yes, reading ends early
    /// and the rows so far come back.
    public func generationAndRows(_ query: Query, shouldStop: () -> Bool = { false }) throws -> (Int, RowBlock) {
        try readOneStatement { db in
            (try Store.generation(db), try RowBlock.read(query, db: db, shouldStop: shouldStop))
        }
    }
}

extension RowBlock {
    static func read(_ query: Query, db: Database, shouldStop: () -> Bool) throws -> RowBlock {
        let columns = RowBlock.columns(query.kind)
        let sql = query.rowsSQL
        // A closure, not \.type: a key path is built at run time, on every call.
        let types = columns.map { $0.type }
        var ids: [Int64] = []
        var cells: [Int64] = []
        var arena: [UInt8] = []
        // One statement needs no transaction around it (SQLite reads it from one snapshot), and a
        // statement kept prepared is not parsed and authorized again on every call.
        let statement = try db.cachedStatement(sql: sql)
        try statement.setArguments(query.statementArguments)
        let raw = statement.sqliteStatement
        defer { sqlite3_reset(raw) }
        try RowBlock.step(raw, types, &ids, &cells, &arena, shouldStop)
        return RowBlock(kind: query.kind, types: types, ids: ids, cells: cells, arena: arena)
    }
}
