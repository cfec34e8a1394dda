import DossierCore

/// How records read to a person: a one-line summary (`tostring`), the columns of a table of
/// them, and a card with every field (a record auto-printed in the REPL).
enum Summaries {
    static func line(_ rt: LuaRuntime, _ kind: RecordKind, _ id: Int64) throws -> String {
        switch kind {
        case .article:
            guard let a = try rt.cache.article(id) else { return "Article #\(id) (gone)" }
            let meta = [a.source, a.date?.iso].compactMap { $0 }.joined(separator: ", ")
            return "Article #\(id): \(a.title.map { "“\($0)”" } ?? "(untitled)")" + (meta.isEmpty ? "" : " — \(meta)")
        case .entity:
            guard let e = try rt.cache.entity(id) else { return "Entity #\(id) (gone)" }
            let detail = [e.isMedia ? "media" : e.kind.rawValue, e.title, e.country].compactMap { $0 }.joined(
                separator: ", ")
            return "\(e.name) (\(detail)) — \(e.mentionCount) mention\(e.mentionCount == 1 ? "" : "s")"
        case .event:
            guard let e = try rt.cache.event(id) else { return "Event #\(id) (gone)" }
            var s = "Event #\(id) \(e.type.rawValue): " + e.participants.map(\.name).joined(separator: ", ")
            if let p = e.place { s += " @ \(p)" }
            if let d = e.date { s += " \(d.iso)" }
            return s + " [" + e.statuses.map(\.rawValue).joined(separator: ", ") + "]"
        case .quote:
            guard let q = try rt.cache.quote(id) else { return "Quote #\(id) (gone)" }
            return "\(q.speaker ?? "(unknown)"): “\(DisplayWidth.truncate(q.text, to: 100))”"
        }
    }

    static func columns(_ kind: RecordKind) -> [String] {
        switch kind {
        case .article: return ["id", "date", "source", "title"]
        case .entity: return ["name", "kind", "country", "mentions"]
        case .event: return ["id", "type", "participants", "place", "date", "statuses"]
        case .quote: return ["speaker", "text", "source", "date"]
        }
    }

    static func row(_ rt: LuaRuntime, _ kind: RecordKind, _ id: Int64) throws -> [JSON] {
        switch kind {
        case .article:
            guard let a = try rt.cache.article(id) else { return [.int(id)] }
            return [.int(a.id), .str(a.date?.iso), .str(a.source), .str(a.title)]
        case .entity:
            guard let e = try rt.cache.entity(id) else { return [.int(id)] }
            return [
                .string(e.name), .string(e.isMedia ? "media" : e.kind.rawValue), .str(e.country),
                .int(Int64(e.mentionCount)),
            ]
        case .event:
            guard let e = try rt.cache.event(id) else { return [.int(id)] }
            return [
                .int(e.id), .string(e.type.rawValue), .array(e.participants.map { .string($0.name) }), .str(e.place),
                .str(e.date?.iso), .array(e.statuses.map { .string($0.rawValue) }),
            ]
        case .quote:
            guard let q = try rt.cache.quote(id) else { return [.int(id)] }
            let a = try rt.cache.article(q.articleID)
            return [.str(q.speaker), .string(q.text), .str(a?.source), .str(a?.date?.iso)]
        }
    }

    /// Every field, one per line, for a record shown on its own.
    static func card(_ rt: LuaRuntime, _ kind: RecordKind, _ id: Int64) throws -> String {
        var lines: [(String, String)] = []
        switch kind {
        case .article:
            guard let a = try rt.cache.article(id) else { return "Article #\(id) (gone)" }
            let text = try rt.store.articleText(id: id) ?? ""
            lines = [
                ("Article", "#\(a.id)"), ("title", a.title ?? ""), ("source", a.source ?? ""),
                ("date", a.date?.iso ?? ""), ("authors", a.authors.joined(separator: ", ")), ("url", a.url ?? ""),
                ("file", a.file + (a.ordinal > 0 ? " (article \(a.ordinal + 1))" : "")),
                ("text", DisplayWidth.truncate(text.replacingOccurrences(of: "\n", with: " "), to: 200)),
            ]
            if let d = a.duplicateOf { lines.append(("duplicate of", "Article #\(d)")) }
        case .entity:
            guard let e = try rt.cache.entity(id) else { return "Entity #\(id) (gone)" }
            lines = [
                ("Entity", "#\(e.id) \(e.name)"), ("kind", e.isMedia ? "organization (media)" : e.kind.rawValue),
                ("aliases", e.aliases.joined(separator: ", ")), ("country", e.country ?? ""),
                ("title", e.title ?? ""), ("role", e.role ?? ""), ("mentions", String(e.mentionCount)),
            ]
        case .event:
            guard let e = try rt.cache.event(id) else { return "Event #\(id) (gone)" }
            lines = [
                ("Event", "#\(e.id) \(e.type.rawValue) (CAMEO \(e.code))"),
                ("participants", e.participants.map { "\($0.name) (\($0.role))" }.joined(separator: ", ")),
                ("place", e.place ?? ""), ("date", e.date.map { "\($0.iso) (\($0.precision.rawValue))" } ?? ""),
                ("statuses", e.statuses.map(\.rawValue).joined(separator: ", ")),
            ]
            for m in e.mentions {
                lines.append(("  \(m.status.rawValue)", "\(m.source.map { "[\($0)] " } ?? "")\(m.sentence)"))
            }
        case .quote:
            guard let q = try rt.cache.quote(id) else { return "Quote #\(id) (gone)" }
            let a = try rt.cache.article(q.articleID)
            lines = [
                ("Quote", "#\(q.id)"), ("speaker", q.speaker ?? ""), ("text", "“\(q.text)”"),
                ("source", a?.source ?? ""), ("date", a?.date?.iso ?? ""),
                ("article", "#\(q.articleID) \(a?.title ?? "")"),
            ]
        }
        let width = lines.map { DisplayWidth.of($0.0) }.max() ?? 0
        return lines.filter { !$0.1.isEmpty || $0.0 == "Article" }
            .map { DisplayWidth.pad($0.0, to: width) + "  " + $0.1 }.joined(separator: "\n") + "\n"
    }
}
