import CLua
import DossierCore
import LuaShim

/// The `report` module (a global, and `require "report"`): `report.new{title=…}` makes a report
/// object; `report.period` is the period `dossier report --since/--until` gave (fields `since`,
/// `until` — write `report.period["until"]`, `until` being a Lua keyword — `before`, the day after
/// `until`, for the `before=` filters, and `label`); `report.within{…}` adds the period to a
/// filter table; `report.add_days(date, n)` does date arithmetic.
///
/// The period is not applied to queries behind the script's back: a script says where it wants it
/// (`events(report.within{type="meet"})`), so the same script reads the same in the REPL.
public enum ReportModule {
    static let lastKey = "dossier.report.last"
    static let functions: [(String, LuaCallback)] = [
        ("new", new), ("within", within), ("add_days", addDays), ("set_period", setPeriodFunction),
    ]

    static func install(_ rt: LuaRuntime) {
        let L = rt.L
        ReportObject.install(rt)
        lua_createtable(L, 0, 6)
        for (name, fn) in functions { Lua.setFunction(L, name, fn) }
        Lua.push(L, ReportFormat.allCases.map(\.rawValue))
        Lua.rawSetField(L, -2, "formats")
        // `period` is computed on each read from the runtime's period, its one source of truth.
        lua_createtable(L, 0, 1)
        Lua.setFunction(L, "__index", moduleIndex)
        lua_setmetatable(L, -2)
        lua_pushvalue(L, -1)
        Lua.setGlobal(L, "report")
        // require "report" finds it in package.loaded.
        if Lua.getGlobal(L, "package") == LUA_TTABLE, Lua.rawGetField(L, -1, "loaded") == LUA_TTABLE {
            lua_pushvalue(L, -3)
            Lua.rawSetField(L, -2, "report")
            luashim_pop(L, 1)
        } else {
            luashim_pop(L, 1)
        }
        luashim_pop(L, 2)
    }

    // MARK: Swift API (the CLI and tests)

    /// Sets the period scripts see as `report.period` and new reports print under their title.
    public static func setPeriod(_ rt: LuaRuntime, _ period: ReportPeriod?) {
        rt.reportPeriod = period
    }

    /// The report the last `report.new` made, if any.
    public static func lastReport(_ rt: LuaRuntime) -> Report? {
        let L = rt.L
        Lua.getRegistry(L, lastKey)
        defer { luashim_pop(L, 1) }
        return ReportObject.box(L, -1)?.report
    }

    /// The report at stack index `idx`, if the value there is a report object.
    public static func report(_ rt: LuaRuntime, at idx: Int32) -> Report? {
        ReportObject.box(rt.L, idx)?.report
    }

    // MARK: module functions

    /// report.new{title=, subtitle=, date=, period=} or report.new("Title").
    static let new: LuaCallback = { L in
        let L = L!
        return ReportSources.guarded(L) {
            let rt = LuaRuntime.from(L)
            var title = "Report"
            var subtitle: String?
            var date: String?
            var period = rt.reportPeriod
            if lua_type(L, 1) == LUA_TSTRING {
                title = Lua.string(L, 1)!
            } else if lua_type(L, 1) == LUA_TTABLE {
                let fn = "report.new"
                let opts = try ReportSources.options(
                    L, at: 1, known: ["title", "subtitle", "date", "period"], function: fn)
                title = try ReportSources.stringOption(L, opts, "title", function: fn) ?? title
                subtitle = try ReportSources.stringOption(L, opts, "subtitle", function: fn)
                date = try ReportSources.stringOption(L, opts, "date", function: fn)
                switch Lua.rawGetField(L, 1, "period") {
                case LUA_TNIL: break
                case LUA_TBOOLEAN:
                    if lua_toboolean(L, -1) == 0 { period = nil }
                case LUA_TTABLE:
                    period = try readPeriod(L, at: lua_gettop(L), function: fn)
                default:
                    throw DossierError(
                        "\(fn){period=…}: expected false or {since=…, [\"until\"]=…}, got \(Lua.typeName(L, -1))")
                }
                luashim_pop(L, 1)
            } else if lua_type(L, 1) > LUA_TNIL {
                return Lua.argError(L, 1, "report.new", "table of options or title expected, got \(Lua.typeName(L, 1))")
            }
            ReportObject.push(L, Report(title: title, subtitle: subtitle, date: date, period: period))
            lua_pushvalue(L, -1)
            Lua.setRegistry(L, lastKey)
            return 1
        }
    }

    static func readPeriod(_ L: OpaquePointer, at idx: Int32, function: String) throws -> ReportPeriod {
        func date(_ key: String) throws -> PartialDate? {
            defer { luashim_pop(L, 1) }
            if Lua.rawGetField(L, idx, key) == LUA_TNIL { return nil }
            if let s = Lua.string(L, -1), let d = PartialDate(iso: s), d.year != nil { return d }
            throw DossierError(
                "\(function){period=…}: \(key) must be a date such as '2018-06-18', got \(Lua.describe(L, -1))")
        }
        return ReportPeriod(since: try date("since"), until: try date("until"))
    }

    /// report.period, read through the module table's __index.
    static let moduleIndex: LuaCallback = { L in
        let L = L!
        guard Lua.string(L, 2) == "period" else {
            lua_pushnil(L)
            return 1
        }
        pushPeriod(L, LuaRuntime.from(L).reportPeriod)
        return 1
    }

    static func pushPeriod(_ L: OpaquePointer, _ p: ReportPeriod?) {
        lua_createtable(L, 0, 4)
        Lua.push(L, p?.firstDay)
        Lua.rawSetField(L, -2, "since")
        Lua.push(L, p?.lastDay)
        Lua.rawSetField(L, -2, "until")
        Lua.push(L, p?.dayAfter)
        Lua.rawSetField(L, -2, "before")
        Lua.push(L, p?.label ?? "all dates")
        Lua.rawSetField(L, -2, "label")
    }

    /// report.set_period(since, until): what --since and --until do, for trying a script in the REPL.
    static let setPeriodFunction: LuaCallback = { L in
        let L = L!
        var dates: [PartialDate?] = []
        for i: Int32 in 1...2 {
            if lua_type(L, i) <= LUA_TNIL {
                dates.append(nil)
                continue
            }
            guard let s = Lua.string(L, i), let d = PartialDate(iso: s), d.year != nil else {
                return Lua.argError(
                    L, Int(i), "report.set_period",
                    "a date such as '2018-06-18' or nil expected, got \(Lua.describe(L, i))")
            }
            dates.append(d)
        }
        let rt = LuaRuntime.from(L)
        rt.reportPeriod = dates.allSatisfy { $0 == nil } ? nil : ReportPeriod(since: dates[0], until: dates[1])
        pushPeriod(L, rt.reportPeriod)
        return 1
    }

    /// report.within(filters): a copy of the filter table with the period's since= and before=
    /// added (where the table does not set them itself).
    static let within: LuaCallback = { L in
        let L = L!
        let t = lua_type(L, 1)
        guard t <= LUA_TNIL || t == LUA_TTABLE else {
            return Lua.argError(L, 1, "report.within", "table of filters expected, got \(Lua.typeName(L, 1))")
        }
        lua_createtable(L, 0, 4)
        let out = lua_gettop(L)
        if t == LUA_TTABLE {
            lua_pushnil(L)
            while lua_next(L, 1) != 0 {
                lua_pushvalue(L, -2)
                lua_rotate(L, -2, 1)
                lua_rawset(L, out)
            }
        }
        if let p = LuaRuntime.from(L).reportPeriod {
            for (key, value) in [("since", p.firstDay), ("before", p.dayAfter)] {
                guard let value else { continue }
                if Lua.rawGetField(L, out, key) == LUA_TNIL {
                    Lua.push(L, value)
                    Lua.rawSetField(L, out, key)
                }
                luashim_pop(L, 1)
            }
        }
        return 1
    }

    /// report.add_days("2018-06-24", -6) → "2018-06-18".
    static let addDays: LuaCallback = { L in
        let L = L!
        guard let s = Lua.string(L, 1), let d = PartialDate(iso: s), let n = d.dayNumber else {
            return Lua.argError(
                L, 1, "report.add_days", "a full date such as '2018-06-24' expected, got \(Lua.describe(L, 1))")
        }
        guard lua_type(L, 2) == LUA_TNUMBER, let days = Lua.integer(L, 2) else {
            return Lua.argError(L, 2, "report.add_days", "integer expected, got \(Lua.describe(L, 2))")
        }
        Lua.push(L, PartialDate(dayNumber: n + days).iso)
        return 1
    }
}
