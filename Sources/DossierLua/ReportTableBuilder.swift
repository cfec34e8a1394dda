import CLua
import DossierCore
import LuaShim

/// r:table(source [, options]): a table from a query, a list of records, a `group` result or a
/// list of plain tables.
///
///     r:table(events{type="meet"}, {columns={"date", "type", {"Who", "participants"},
///             {"Sources", function(e) return table.concat(e.sources, ", ") end}},
///             sort="date", desc=true, limit=20, caption="Meetings"})
///
/// A column is a field name, or a pair {title, field name or function of the row}. Without
/// `columns`, records show the columns `show` uses and plain tables their keys.
enum ReportTableBuilder {
    static let options = ["columns", "caption", "title", "sort", "desc", "limit", "note"]

    struct Column {
        var title: String
        var field: String?
        /// Stack index of the function computing the cell.
        var function: Int32?
    }

    static let table: LuaCallback = { L in
        let L = L!
        return ReportObject.method(L, "table") { b in
            b.report.append(.table(try build(LuaRuntime.from(L), sourceAt: 2, optionsAt: 3)))
        }
    }

    static func build(_ rt: LuaRuntime, sourceAt source: Int32, optionsAt optionsIndex: Int32) throws -> ReportTable {
        try ReportSources.balanced(rt.L) { try buildTable(rt, sourceAt: source, optionsAt: optionsIndex) }
    }

    private static func buildTable(_ rt: LuaRuntime, sourceAt source: Int32, optionsAt optionsIndex: Int32) throws
        -> ReportTable
    {
        let L = rt.L
        let fn = "table"
        let opts = try ReportSources.options(L, at: optionsIndex, known: options, function: fn)
        let list = try ReportSources.pushList(L, at: source, function: fn)
        try ReportSources.sortList(L, list: list, opts: opts, function: fn)
        let count = ReportSources.length(L, list)
        let limit = min(count, try ReportSources.intOption(L, opts, "limit", function: fn) ?? count)
        let caption = try ReportSources.caption(L, opts, function: fn)
        let note = try ReportObject.note(L, opts, fn, omitted: count - limit, unit: "row")
        let kind = ReportSources.recordKind(L, list: list) ?? ReportSources.queryKind(L, source)
        guard let columns = try readColumns(L, opts, kind: kind) else {
            // The columns `show` would use; a `group` result keeps its own.
            guard
                var data = try ValuePrinter.tableData(rt, at: list)
                    ?? (count == 0 ? TableData(columns: ["value"], rows: []) : nil)
            else {
                throw DossierError(
                    "table: these rows have no common columns (records of several kinds, or tables mixed with values); give columns={…}"
                )
            }
            if data.rows.isEmpty, let kind, data.columns == ["value"] { data.columns = Summaries.columns(kind) }
            data.rows = Array(data.rows.prefix(limit))
            return ReportTable(caption: caption, data: data, note: note)
        }
        var rows: [[JSON]] = []
        rows.reserveCapacity(limit)
        for i in 0..<limit {
            lua_rawgeti(L, list, lua_Integer(i + 1))
            let item = lua_gettop(L)
            var row: [JSON] = []
            for c in columns { row.append(try cell(rt, item: item, column: c)) }
            rows.append(row)
            luashim_pop(L, 1)
        }
        return ReportTable(caption: caption, data: TableData(columns: columns.map(\.title), rows: rows), note: note)
    }

    /// The `columns=` option, checked against the fields of `kind` when the rows are records.
    /// Functions stay on the stack (their indexes are in the columns) until the table is built.
    static func readColumns(_ L: OpaquePointer, _ opts: Int32?, kind: RecordKind?) throws -> [Column]? {
        guard let opts else { return nil }
        let t = Lua.rawGetField(L, opts, "columns")
        if t == LUA_TNIL {
            luashim_pop(L, 1)
            return nil
        }
        guard t == LUA_TTABLE, lua_rawlen(L, -1) > 0 else {
            throw DossierError(
                "table{columns=…}: expected a list such as {\"date\", \"type\", {\"Who\", \"participants\"}}, got \(Lua.describe(L, -1))"
            )
        }
        let spec = lua_gettop(L)
        var columns: [Column] = []
        let fields = kind.flatMap { RecordObjects.fields[$0] }
        func check(_ field: String) throws {
            guard let fields, let kind, !fields.contains(field) else { return }
            throw DossierError(
                "table{columns=…}: \(kind.plural) have no field '\(field)'\(Suggestion.hint(field, in: fields)) (fields: \(fields.joined(separator: ", ")))"
            )
        }
        for i in 1...Int(lua_rawlen(L, spec)) {
            switch lua_rawgeti(L, spec, lua_Integer(i)) {
            case LUA_TSTRING:
                let field = Lua.string(L, -1)!
                try check(field)
                columns.append(Column(title: field, field: field))
                luashim_pop(L, 1)
            case LUA_TTABLE:
                let pair = lua_gettop(L)
                lua_rawgeti(L, pair, 1)
                let title = Lua.string(L, -1)
                luashim_pop(L, 1)
                guard let title else {
                    throw DossierError(
                        "table{columns=…}: column \(i) needs a title first, as in {\"Who\", \"participants\"}")
                }
                switch lua_rawgeti(L, pair, 2) {
                case LUA_TSTRING:
                    let field = Lua.string(L, -1)!
                    try check(field)
                    columns.append(Column(title: title, field: field))
                    luashim_pop(L, 2)
                case LUA_TFUNCTION:
                    // Keep the function on the stack, where the pair was.
                    lua_rotate(L, pair, 1)
                    luashim_pop(L, 1)
                    columns.append(Column(title: title, function: lua_gettop(L)))
                case LUA_TNIL:
                    try check(title)
                    columns.append(Column(title: title, field: title))
                    luashim_pop(L, 2)
                default:
                    throw DossierError(
                        "table{columns=…}: column '\(title)' must name a field or give a function, got \(Lua.typeName(L, -1))"
                    )
                }
            default:
                throw DossierError(
                    "table{columns=…}: column \(i) must be a field name or {title, field or function}, got \(Lua.typeName(L, -1))"
                )
            }
        }
        return columns
    }

    /// One cell: a field of a record (read directly, no metamethods) or of a plain table, or what
    /// the column's function returns for the row.
    static func cell(_ rt: LuaRuntime, item: Int32, column: Column) throws -> JSON {
        let L = rt.L
        if let f = column.function {
            lua_pushvalue(L, f)
            lua_pushvalue(L, item)
            if luashim_pcall(L, 1, 1) != LUA_OK { throw LuaRaised() }
        } else if let field = column.field {
            if let r = RecordObjects.ref(L, item) {
                let code = RecordObjects.pushField(L, RecordObjects.kind(r.kind), r.id, field)
                if code == LUASHIM_ERROR { throw LuaRaised() }
                if code < 0 {
                    let message = Lua.string(L, -1) ?? "error"
                    luashim_pop(L, 1)
                    throw DossierError(message)
                }
            } else if lua_type(L, item) == LUA_TTABLE {
                Lua.rawGetField(L, item, field)
            } else {
                lua_pushnil(L)
            }
        } else {
            lua_pushnil(L)
        }
        defer { luashim_pop(L, 1) }
        return named(rt, at: -1)
    }

    /// Lists of tables with a name (an event's participants) as their names; anything else as
    /// the REPL's tables show it.
    static func named(_ rt: LuaRuntime, at idx: Int32) -> JSON {
        let L = rt.L
        let t = lua_absindex(L, idx)
        if lua_type(L, t) == LUA_TTABLE, lua_rawlen(L, t) > 0 {
            var names: [JSON] = []
            for i in 1...lua_rawlen(L, t) {
                lua_rawgeti(L, t, lua_Integer(i))
                defer { luashim_pop(L, 1) }
                guard lua_type(L, -1) == LUA_TTABLE else { return ValuePrinter.cell(rt, at: t) }
                Lua.rawGetField(L, -1, "name")
                defer { luashim_pop(L, 1) }
                guard let name = Lua.string(L, -1) else { return ValuePrinter.cell(rt, at: t) }
                names.append(.string(name))
            }
            return .array(names)
        }
        return ValuePrinter.cell(rt, at: t)
    }
}
