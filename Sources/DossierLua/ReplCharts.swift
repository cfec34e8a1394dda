import CLua
import DossierCore
import Foundation
import LuaShim

/// The REPL's text charts: `timeline(q [, n])` prints events in date order (undated ones apart),
/// `chart(counts [, {title=, width=, limit=}])` a bar chart in Unicode blocks. Both colour their
/// output only when it goes to a terminal and NO_COLOR is not set.
enum ReplCharts {
    static func install(_ rt: LuaRuntime) {
        Lua.pushFunction(rt.L, timeline)
        Lua.setGlobal(rt.L, "timeline")
        Lua.pushFunction(rt.L, chart)
        Lua.setGlobal(rt.L, "chart")
    }

    static func style(_ rt: LuaRuntime) -> TerminalStyle {
        TerminalStyle(
            enabled: TerminalStyle.colorAllowed(
                isTerminal: rt.isTerminal, environment: ProcessInfo.processInfo.environment))
    }

    static let timeline: LuaCallback = { L in
        let L = L!
        return ReportSources.guarded(L) {
            let rt = LuaRuntime.from(L)
            if lua_type(L, 1) <= LUA_TNIL {
                return Lua.argError(L, 1, "timeline", "events expected, e.g. timeline(events{with=\"Putin\"})")
            }
            var limit: Int?
            if lua_type(L, 2) > LUA_TNIL {
                guard let n = Lua.integer(L, 2), n >= 0 else {
                    return Lua.argError(L, 2, "timeline", "non-negative integer expected, got \(Lua.describe(L, 2))")
                }
                limit = n
            }
            let events = try ReportSources.events(rt, at: 1, function: "timeline")
            let full = ReportTimeline(items: events.map(ReportTimeline.Item.init))
            let kept = limit.map { Array(full.items.prefix($0)) } ?? full.items
            var text = TextTimeline.render(ReportTimeline(items: kept), style: style(rt))
            if kept.count < full.items.count { text += "(\(full.items.count - kept.count) more not shown)\n" }
            rt.emit(text)
            return 0
        }
    }

    static let chart: LuaCallback = { L in
        let L = L!
        return ReportSources.guarded(L) {
            let rt = LuaRuntime.from(L)
            let fn = "chart"
            let opts = try ReportSources.options(L, at: 2, known: ["title", "caption", "width", "limit"], function: fn)
            let width = try ReportSources.intOption(L, opts, "width", function: fn, minimum: 1) ?? 40
            let all = try ReportSources.bars(rt, at: 1, function: fn)
            let limit = try ReportSources.intOption(L, opts, "limit", function: fn) ?? all.count
            let omitted = all.count - min(limit, all.count)
            let chart = ReportBars(
                caption: try ReportSources.caption(L, opts, function: fn), bars: Array(all.prefix(limit)),
                note: omitted > 0 ? "\(omitted) more not shown" : nil)
            rt.emit(TextBarChart.render(chart, style: style(rt), width: width))
            return 0
        }
    }
}
