import CLua
import DossierCore
import LuaShim

/// r:network(source [, options]): the co-occurrence network of what `source` stands for.
/// - events (a query or a list): participants of the same event are linked; counts are events.
/// - articles: entities named in the same article are linked; counts are articles.
/// - entities: those entities, linked by the articles that name both.
/// - one entity: the entities named in its articles, drawn around it.
/// Options: caption=, max= (nodes, 30), min= (the least weight of an edge, 1), focus= (an entity
/// or a name, drawn outlined in the middle), kinds= (a kind or a list: "person", "country", …),
/// note=.
enum ReportNetworkBuilder {
    static let options = ["caption", "title", "max", "min", "focus", "kinds", "note"]

    static func build(_ rt: LuaRuntime, sourceAt source: Int32, optionsAt optionsIndex: Int32) throws -> ReportNetwork {
        try ReportSources.balanced(rt.L) { try buildNetwork(rt, sourceAt: source, optionsAt: optionsIndex) }
    }

    private static func buildNetwork(_ rt: LuaRuntime, sourceAt source: Int32, optionsAt optionsIndex: Int32) throws
        -> ReportNetwork
    {
        let L = rt.L
        let fn = "network"
        let opts = try ReportSources.options(L, at: optionsIndex, known: options, function: fn)
        let maxNodes = try ReportSources.intOption(L, opts, "max", function: fn, minimum: 1) ?? 30
        let minWeight = try ReportSources.intOption(L, opts, "min", function: fn, minimum: 1) ?? 1
        let kinds = try kindsOption(L, opts)
        var focus = try focusOption(rt, opts)

        let groups: [[Int64]]
        let unit: String
        if let single = RecordObjects.ref(L, source, .entity) {
            let articles = try rt.store.ids(
                {
                    var q = try rt.store.query(.article)
                    q.restrict(.articlesMentioning(entity: single.id))
                    return q
                }())
            groups = try rt.store.entityGroups(articles: articles)
            unit = "articles"
            focus = focus ?? single.id
        } else {
            let list = try ReportSources.pushList(L, at: source, function: fn)
            let kind = ReportSources.recordKind(L, list: list) ?? ReportSources.queryKind(L, source)
            switch kind {
            case .event?:
                let ids = try ReportSources.records(L, list: list, kind: .event, function: fn)
                try rt.cache.prefetch(.event, ids[...])
                groups = try ids.compactMap { try rt.cache.event($0)?.participants.map(\.entityID) }
                unit = "events"
            case .article?:
                groups = try rt.store.entityGroups(
                    articles: try ReportSources.records(L, list: list, kind: .article, function: fn))
                unit = "articles"
            case .entity?:
                groups = try rt.store.entityGroups(
                    among: try ReportSources.records(L, list: list, kind: .entity, function: fn))
                unit = "articles"
            case .quote?:
                throw DossierError("network: quotes have no network; give events, articles or entities")
            case nil:
                // An empty list or query: an empty network, which the report says is empty.
                groups = []
                unit = "articles"
            }
        }
        var entities: [Int64: (name: String, kind: String)] = [:]
        let ids = Array(Set(groups.joined())).sorted()
        try rt.cache.prefetch(.entity, ids[...])
        for id in ids {
            guard let e = try rt.cache.entity(id) else { continue }
            let kind = e.isMedia ? "media" : e.kind.rawValue
            if let kinds, !kinds.contains(kind), !(kinds.contains("organization") && kind == "media"), id != focus {
                continue
            }
            entities[id] = (e.name, e.kind.rawValue)
        }
        return ReportNetwork.coOccurrence(
            groups: groups, entities: entities, unit: unit, maxNodes: maxNodes, minWeight: minWeight, focus: focus,
            caption: try ReportSources.caption(L, opts, function: fn)
        ).withNote(try ReportSources.stringOption(L, opts, "note", function: fn))
    }

    static func kindsOption(_ L: OpaquePointer, _ opts: Int32?) throws -> Set<String>? {
        guard let opts else { return nil }
        defer { luashim_pop(L, 1) }
        let valid = EntityKind.allCases.map(\.rawValue) + ["media"]
        var kinds: [String] = []
        switch Lua.rawGetField(L, opts, "kinds") {
        case LUA_TNIL: return nil
        case LUA_TSTRING: kinds = [Lua.string(L, -1)!]
        case LUA_TTABLE: kinds = ValuePrinter.stringList(L, -1)
        default: throw DossierError("network{kinds=…}: expected a kind or a list of kinds, got \(Lua.typeName(L, -1))")
        }
        for k in kinds where !valid.contains(k) {
            throw DossierError(
                "network{kinds=…}: unknown kind '\(k)'\(Suggestion.hint(k, in: valid)) (one of: \(valid.joined(separator: ", ")))"
            )
        }
        return Set(kinds)
    }

    static func focusOption(_ rt: LuaRuntime, _ opts: Int32?) throws -> Int64? {
        let L = rt.L
        guard let opts else { return nil }
        defer { luashim_pop(L, 1) }
        switch Lua.rawGetField(L, opts, "focus") {
        case LUA_TNIL: return nil
        case LUA_TSTRING:
            let name = Lua.string(L, -1)!
            guard let id = try rt.store.entityID(named: name) else {
                let near = try rt.store.nearestEntityName(to: name)
                throw DossierError(
                    "network{focus=…}: no entity named '\(name)'" + (near.map { " (did you mean '\($0)'?)" } ?? ""))
            }
            return id
        default:
            guard let r = RecordObjects.ref(L, -1, .entity) else {
                throw DossierError("network{focus=…}: expected an entity or a name, got \(Lua.typeName(L, -1))")
            }
            return r.id
        }
    }
}

extension ReportNetwork {
    /// The network with the script's note in place of the computed one, when it gives one.
    func withNote(_ note: String?) -> ReportNetwork {
        guard let note else { return self }
        var n = self
        n.note = note
        return n
    }
}
