import DossierCore

/// Records read for Lua objects, by id. Lua objects hold only a kind and an id; their fields come
/// from here. Query iteration fills the cache a batch at a time; the cache is bounded so that
/// iterating a million rows does not keep a million records.
final class RecordCache {
    private let store: Store
    private var articles: [Int64: ArticleRecord] = [:]
    private var entities: [Int64: EntityRecord] = [:]
    private var events: [Int64: EventRecord] = [:]
    private var quotes: [Int64: QuoteRecord] = [:]
    private static let limit = 50_000

    init(store: Store) {
        self.store = store
    }

    func clear() {
        articles.removeAll()
        entities.removeAll()
        events.removeAll()
        quotes.removeAll()
    }

    /// Reads the records of `ids` not cached yet, in one batch.
    func prefetch(_ kind: RecordKind, _ ids: ArraySlice<Int64>) throws {
        switch kind {
        case .article: try fill(&articles, ids, store.articles)
        case .entity: try fill(&entities, ids, store.entities)
        case .event: try fill(&events, ids, store.events)
        case .quote: try fill(&quotes, ids, store.quotes)
        }
    }

    private func fill<R>(
        _ table: inout [Int64: R], _ ids: ArraySlice<Int64>, _ fetch: ([Int64]) throws -> [R]
    ) throws where R: Identified {
        let missing = ids.filter { table[$0] == nil }
        guard !missing.isEmpty else { return }
        if table.count + missing.count > RecordCache.limit { table.removeAll(keepingCapacity: true) }
        let records = try fetch(Array(missing))
        for r in records { table[r.id] = r }
    }

    func article(_ id: Int64) throws -> ArticleRecord? {
        if let r = articles[id] { return r }
        try prefetch(.article, [id])
        return articles[id]
    }

    func entity(_ id: Int64) throws -> EntityRecord? {
        if let r = entities[id] { return r }
        try prefetch(.entity, [id])
        return entities[id]
    }

    func event(_ id: Int64) throws -> EventRecord? {
        if let r = events[id] { return r }
        try prefetch(.event, [id])
        return events[id]
    }

    func quote(_ id: Int64) throws -> QuoteRecord? {
        if let r = quotes[id] { return r }
        try prefetch(.quote, [id])
        return quotes[id]
    }
}

protocol Identified { var id: Int64 { get } }
extension ArticleRecord: Identified {}
extension EntityRecord: Identified {}
extension EventRecord: Identified {}
extension QuoteRecord: Identified {}
