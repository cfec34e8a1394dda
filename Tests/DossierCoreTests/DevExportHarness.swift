// Opt-in development harness until `dossier export` lands on main: runs the pipeline over a
// folder, links entities and events across articles the way the store does (by CorpusLinking),
// and writes the export format of GUIDE.md.
//   DOSSIER_DEV_EXPORT=/tmp/x.jsonl swift test --filter DevExportHarness
import DossierCore
import Foundation
import Testing

@Suite struct DevExportHarness {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["DOSSIER_DEV_EXPORT"] != nil))
    func export() throws {
        let out = ProcessInfo.processInfo.environment["DOSSIER_DEV_EXPORT"]!
        let dir = ProcessInfo.processInfo.environment["DOSSIER_DEV_CORPUS"] ?? "seeds"
        let files = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".txt") }.sorted()
        var analyses: [Analysis] = []
        for f in files {
            let path = dir + "/" + f
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let doc = SourceDocument(file: path, metadata: Article(file: path, text: text), mayHoldSeveral: true)
            analyses += Pipeline().analyze(doc)
        }
        var store = MiniStore()
        var lines: [String] = []
        let linked = analyses.map { store.add($0) }
        for (a, ids) in zip(analyses, linked) {
            var ents: [[String: Any]] = []
            var seen = Set<Int>()
            for id in ids.entities where !seen.contains(id) {
                seen.insert(id)
                let e = store.entities[id]
                var d: [String: Any] = ["name": e.name, "kind": e.kind.rawValue, "aliases": e.aliases]
                if let c = e.country { d["country"] = c }
                if let t = e.title { d["title"] = t }
                if e.isMedia { d["media"] = true }
                ents.append(d)
            }
            var evs: [[String: Any]] = []
            var listedHere = Set<Int>()
            for id in ids.events where !listedHere.contains(id) {
                listedHere.insert(id)
                let ev = store.events[id]
                let mine = ev.mentions.filter { $0.article == ids.article }
                var d: [String: Any] = [
                    "type": ev.type.rawValue, "code": ev.code,
                    "participants": ev.participants.map { ["name": store.entities[$0.0].name, "role": $0.1] },
                    "statuses": EventStatus.allCases.filter { s in mine.contains { $0.status == s } }.map(\.rawValue),
                    "mentions": mine.map { ["status": $0.status.rawValue, "sentence": $0.sentence, "source": ($0.source as Any?) ?? NSNull()] as [String: Any] },
                ]
                d["place"] = ev.place.map { store.entities[$0].name } ?? NSNull()
                d["date"] = ev.date?.iso ?? NSNull()
                evs.append(d)
            }
            let quotes: [[String: Any]] = a.quotes.map { q in
                ["speaker": q.speaker.map { store.entities[ids.entities[$0]].name } ?? NSNull(), "text": q.text]
            }
            let art: [String: Any] = [
                "title": a.article.title ?? NSNull(), "source": a.article.source ?? NSNull(),
                "authors": a.article.authors, "date": a.article.date?.iso ?? NSNull(), "text": a.article.text,
            ]
            let rec: [String: Any] = ["file": a.article.file, "article": art, "entities": ents, "events": evs, "quotes": quotes]
            let data = try JSONSerialization.data(withJSONObject: rec, options: [.sortedKeys])
            lines.append(String(decoding: data, as: UTF8.self))
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: out, atomically: true, encoding: .utf8)
    }
}

/// The store's linking, in memory.
struct MiniStore {
    struct Ent {
        var name: String
        var kind: EntityKind
        var aliases: [String]
        var country: String?
        var title: String?
        var isMedia: Bool
    }
    struct Men {
        var article: Int
        var status: EventStatus
        var sentence: String
        var source: String?
    }
    struct Ev {
        var type: EventType
        var code: String
        var participants: [(Int, String)]
        var place: Int?
        var date: PartialDate?
        var mentions: [Men]
    }
    var entities: [Ent] = []
    var index: [String: [Int]] = [:]
    var events: [Ev] = []

    var articles = 0

    mutating func add(_ a: Analysis) -> (entities: [Int], events: [Int], article: Int) {
        articles += 1
        var ids: [Int] = []
        for e in a.entities {
            let keys = CorpusLinking.keys(name: e.name, aliases: e.aliases, kind: e.kind)
            var found: Int? = nil
            var cands: [Int] = []
            for k in keys { for c in index[k] ?? [] where !cands.contains(c) { cands.append(c) } }
            for c in cands.sorted() {
                let s = entities[c]
                let rec = EntityRecord(id: Int64(c), name: s.name, kind: s.kind, aliases: s.aliases, country: s.country, title: s.title, role: nil, isMedia: s.isMedia, mentionCount: 1)
                if CorpusLinking.isSame(e, as: rec) { found = c; break }
            }
            if let f = found {
                if e.name.count > entities[f].name.count && e.name.contains(entities[f].name) { entities[f].name = e.name }
                if entities[f].title == nil { entities[f].title = e.title }
                for al in [e.name] + e.aliases where al != entities[f].name && !entities[f].aliases.contains(al) { entities[f].aliases.append(al) }
                if entities[f].country == nil { entities[f].country = e.country }
                ids.append(f)
            } else {
                entities.append(Ent(name: e.name, kind: e.kind, aliases: e.aliases, country: e.country, title: e.title, isMedia: e.isMedia))
                ids.append(entities.count - 1)
                found = entities.count - 1
            }
            let all = CorpusLinking.keys(name: entities[found!].name, aliases: entities[found!].aliases, kind: e.kind)
            for k in all where !(index[k] ?? []).contains(found!) { index[k, default: []].append(found!) }
        }
        var evIDs: [Int] = []
        for ev in a.events {
            let parts = ev.participants.map { (ids[$0.entity], $0.role) }
            let set = Set(parts.map { Int64($0.0) })
            let place = ev.place.map { ids[$0] }
            let mens = ev.mentions.map { m in
                Men(article: articles, status: m.status, sentence: a.sentenceText(m.sentence), source: m.claimedBy.map { a.entities[$0].name } ?? m.claimedByText ?? a.article.source)
            }
            var hit: Int? = nil
            for (k, s) in events.enumerated() where Set(s.participants.map { Int64($0.0) }) == set && s.type == ev.type {
                if CorpusLinking.isSameEvent(type: ev.type, participants: set, place: place.map { Int64($0) }, date: ev.date,
                    as: (s.type, Set(s.participants.map { Int64($0.0) }), s.place.map { Int64($0) }, s.date)) { hit = k; break }
            }
            if let h = hit {
                events[h].mentions += mens
                if events[h].place == nil { events[h].place = place }
                if let d = ev.date, events[h].date == nil || d.precision == .day && events[h].date!.precision != .day { events[h].date = d }
                evIDs.append(h)
            } else {
                events.append(Ev(type: ev.type, code: ev.code, participants: parts, place: place, date: ev.date, mentions: mens))
                evIDs.append(events.count - 1)
            }
        }
        return (ids, evIDs, articles)
    }
}
