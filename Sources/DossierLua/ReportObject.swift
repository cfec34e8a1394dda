import CLua
import DossierCore
import LuaShim

/// The Swift side of a report object: the report being built.
final class ReportBox {
    var report: Report

    init(_ report: Report) {
        self.report = report
    }
}

/// A report object in Lua: `r:heading`, `r:paragraph`, `r:list`, `r:table`, `r:quotes`,
/// `r:timeline`, `r:network`, `r:bars` add blocks and return the report (so calls chain);
/// `r:render(format)` returns the text. Blocks hold copies of the data, taken when added: a
/// report does not change when the corpus or the script's tables do afterwards.
enum ReportObject {
    static let typeName = "dossier.Report"

    static let methods: [(String, LuaCallback)] = [
        ("heading", heading), ("paragraph", paragraph), ("list", list), ("table", ReportTableBuilder.table),
        ("quotes", quotes), ("timeline", timeline), ("network", network), ("bars", bars), ("render", render),
    ]

    static var methodNames: [String] { methods.map(\.0) }

    static func install(_ rt: LuaRuntime) {
        let L = rt.L
        luaL_newmetatable(L, typeName)
        Lua.push(L, "Report")
        Lua.rawSetField(L, -2, "__name")
        Lua.push(L, "Report")
        Lua.rawSetField(L, -2, "__metatable")
        lua_createtable(L, 0, Int32(methods.count))
        for (name, fn) in methods { Lua.setFunction(L, name, fn) }
        lua_pushvalue(L, -1)
        Lua.rawSetField(L, -3, "__methods")
        Lua.rawSetField(L, -2, "__index")
        Lua.setFunction(L, "__gc", gc)
        Lua.setFunction(L, "__tostring", toString)
        luashim_pop(L, 1)
    }

    static func push(_ L: OpaquePointer, _ report: Report) {
        let p = lua_newuserdatauv(L, MemoryLayout<UnsafeMutableRawPointer>.size, 0)!
        p.storeBytes(of: Unmanaged.passRetained(ReportBox(report)).toOpaque(), as: UnsafeMutableRawPointer.self)
        Lua.rawGetField(L, Lua.registryIndex, typeName)
        lua_setmetatable(L, -2)
    }

    static func box(_ L: OpaquePointer, _ idx: Int32) -> ReportBox? {
        guard let p = luaL_testudata(L, idx, typeName), let raw = p.load(as: UnsafeMutableRawPointer?.self) else {
            return nil
        }
        return Unmanaged<ReportBox>.fromOpaque(raw).takeUnretainedValue()
    }

    static let gc: LuaCallback = { L in
        let L = L!
        if let p = luaL_testudata(L, 1, typeName), let raw = p.load(as: UnsafeMutableRawPointer?.self) {
            Unmanaged<ReportBox>.fromOpaque(raw).release()
            p.storeBytes(of: nil, as: UnsafeMutableRawPointer?.self)
        }
        return 0
    }

    static let toString: LuaCallback = { L in
        let L = L!
        guard let b = box(L, 1) else { return 0 }
        let n = b.report.blocks.count
        Lua.push(L, "Report “\(b.report.title)” (\(n) block\(n == 1 ? "" : "s"))")
        return 1
    }

    /// Checks `self`, runs `body` with the report's box, and returns the report for chaining.
    static func method(_ L: OpaquePointer, _ name: String, _ body: (ReportBox) throws -> Void) -> Int32 {
        guard let b = box(L, 1) else {
            return Lua.argError(L, 1, name, "report expected, got \(Lua.typeName(L, 1)); call it as r:\(name)(…)")
        }
        return ReportSources.guarded(L) {
            try body(b)
            lua_pushvalue(L, 1)
            return 1
        }
    }

    /// r:heading(text [, level]): level 1 to 6, 2 by default (the title is the level-1 heading).
    static let heading: LuaCallback = { L in
        let L = L!
        return method(L, "heading") { b in
            let text = try ReportSources.textArgument(L, 2, "heading")
            var level = 2
            if lua_type(L, 3) > LUA_TNIL {
                guard let v = Lua.integer(L, 3), (1...6).contains(v) else {
                    throw DossierError(
                        "bad argument #2 to 'heading' (level 1 to 6 expected, got \(Lua.describe(L, 3)))")
                }
                level = v
            }
            b.report.append(.heading(text, level: level))
        }
    }

    static let paragraph: LuaCallback = { L in
        let L = L!
        return method(L, "paragraph") { b in
            b.report.append(.paragraph(try ReportSources.textArgument(L, 2, "paragraph")))
        }
    }

    /// r:list(items): a bulleted list of strings, numbers or records (shown by name).
    static let list: LuaCallback = { L in
        let L = L!
        return method(L, "list") { b in
            let rt = LuaRuntime.from(L)
            let list = try ReportSources.pushList(L, at: 2, function: "list")
            var items: [String] = []
            for i in 0..<ReportSources.length(L, list) {
                lua_rawgeti(L, list, lua_Integer(i + 1))
                items.append(ReportSources.text(rt, at: -1))
                luashim_pop(L, 1)
            }
            luashim_pop(L, 1)
            b.report.append(.list(items))
        }
    }

    /// "12 more rows not shown", or the script's own note.
    static func note(_ L: OpaquePointer, _ opts: Int32?, _ function: String, omitted: Int, unit: String) throws
        -> String?
    {
        if let n = try ReportSources.stringOption(L, opts, "note", function: function) { return n }
        return omitted > 0 ? "\(omitted) more \(unit)\(omitted == 1 ? "" : "s") not shown" : nil
    }

    /// r:quotes(q [, {caption=, limit=, sort=, desc=, note=}]): quotes with speaker, source and date.
    static let quotes: LuaCallback = { L in
        let L = L!
        return method(L, "quotes") { b in
            let rt = LuaRuntime.from(L)
            let fn = "quotes"
            if let k = ReportSources.queryKind(L, 2), k != .quote {
                throw DossierError("quotes: expected quotes, got a query of \(k.plural) (try quotes{…} or e:quotes())")
            }
            let opts = try ReportSources.options(
                L, at: 3, known: ["caption", "title", "limit", "sort", "desc", "note"], function: fn)
            let list = try ReportSources.pushList(L, at: 2, function: fn)
            try ReportSources.sortList(L, list: list, opts: opts, function: fn)
            let ids = try ReportSources.records(L, list: list, kind: .quote, function: fn)
            luashim_pop(L, 1)
            let limit = try ReportSources.intOption(L, opts, "limit", function: fn) ?? ids.count
            try rt.cache.prefetch(.quote, ids[...])
            var out: [ReportQuote] = []
            for id in ids.prefix(limit) {
                guard let q = try rt.cache.quote(id) else { continue }
                let a = try rt.cache.article(q.articleID)
                out.append(
                    ReportQuote(
                        speaker: q.speaker, text: q.text, source: a?.source, date: a?.date?.iso, article: a?.title))
            }
            b.report.append(
                .quotes(
                    ReportQuotes(
                        caption: try ReportSources.caption(L, opts, function: fn), quotes: out,
                        note: try note(L, opts, fn, omitted: ids.count - out.count, unit: "quote"))))
        }
    }

    /// r:timeline(q [, {caption=, limit=, note=}]): the events on a time axis and as a list.
    static let timeline: LuaCallback = { L in
        let L = L!
        return method(L, "timeline") { b in
            let rt = LuaRuntime.from(L)
            let fn = "timeline"
            let opts = try ReportSources.options(L, at: 3, known: ["caption", "title", "limit", "note"], function: fn)
            let events = try ReportSources.events(rt, at: 2, function: fn)
            let full = ReportTimeline(items: events.map(ReportTimeline.Item.init))
            let limit = try ReportSources.intOption(L, opts, "limit", function: fn) ?? full.items.count
            let kept = Array(full.items.prefix(limit))
            b.report.append(
                .timeline(
                    ReportTimeline(
                        caption: try ReportSources.caption(L, opts, function: fn), items: kept,
                        note: try note(L, opts, fn, omitted: full.items.count - kept.count, unit: "event"))))
        }
    }

    /// r:network(source [, {caption=, max=, min=, focus=, kinds=, note=}]): who appears with whom.
    static let network: LuaCallback = { L in
        let L = L!
        return method(L, "network") { b in
            b.report.append(.network(try ReportNetworkBuilder.build(LuaRuntime.from(L), sourceAt: 2, optionsAt: 3)))
        }
    }

    /// r:bars(counts [, {caption=, limit=, note=}]): a bar chart of q:group(…) or {label=count}.
    static let bars: LuaCallback = { L in
        let L = L!
        return method(L, "bars") { b in
            let fn = "bars"
            let opts = try ReportSources.options(L, at: 3, known: ["caption", "title", "limit", "note"], function: fn)
            let all = try ReportSources.bars(LuaRuntime.from(L), at: 2, function: fn)
            let limit = try ReportSources.intOption(L, opts, "limit", function: fn) ?? all.count
            b.report.append(
                .bars(
                    ReportBars(
                        caption: try ReportSources.caption(L, opts, function: fn), bars: Array(all.prefix(limit)),
                        note: try note(L, opts, fn, omitted: all.count - min(limit, all.count), unit: "value"))))
        }
    }

    /// r:render([format]): the report as "markdown" (the default; "md" too), "html", "csv" or "json".
    static let render: LuaCallback = { L in
        let L = L!
        guard let b = box(L, 1) else {
            return Lua.argError(
                L, 1, "render", "report expected, got \(Lua.typeName(L, 1)); call it as r:render(\"html\")")
        }
        var format = ReportFormat.markdown
        if lua_type(L, 2) > LUA_TNIL {
            guard let s = Lua.string(L, 2), let f = ReportFormat(name: s) else {
                let given = Lua.describe(L, 2)
                return Lua.argError(
                    L, 2, "render",
                    "unknown format '\(given)'\(Suggestion.hint(given, in: ReportFormat.names)) (one of: markdown, html, csv, json)"
                )
            }
            format = f
        }
        Lua.push(L, b.report.render(format))
        return 1
    }
}
