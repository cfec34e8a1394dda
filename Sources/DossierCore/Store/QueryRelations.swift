/// Queries that follow the model's links: an entity's events, an article's quotes, …
public enum Relation: Sendable, Equatable {
    /// Events in which the entity takes part.
    case eventsWith(entity: Int64)
    /// Events an article reports.
    case eventsIn(article: Int64)
    /// Articles that name the entity.
    case articlesMentioning(entity: Int64)
    /// Articles that report the event.
    case articlesReporting(event: Int64)
    /// Entities an article names.
    case entitiesIn(article: Int64)
    /// The entities taking part in an event.
    case participantsOf(event: Int64)
    /// Entities named in the same articles as the entity (itself excluded).
    case entitiesNamedWith(entity: Int64)
    /// Quotes by the entity.
    case quotesBy(entity: Int64)
    /// Quotes in an article.
    case quotesIn(article: Int64)

    public var kind: RecordKind {
        switch self {
        case .eventsWith, .eventsIn: return .event
        case .articlesMentioning, .articlesReporting: return .article
        case .entitiesIn, .entitiesNamedWith, .participantsOf: return .entity
        case .quotesBy, .quotesIn: return .quote
        }
    }

    /// How the relation is shown in a query's description.
    public var label: (key: String, id: Int64) {
        switch self {
        case .eventsWith(let id): return ("with", id)
        case .eventsIn(let id): return ("article", id)
        case .articlesMentioning(let id): return ("with", id)
        case .articlesReporting(let id): return ("event", id)
        case .entitiesIn(let id): return ("article", id)
        case .entitiesNamedWith(let id): return ("named_with", id)
        case .participantsOf(let id): return ("event", id)
        case .quotesBy(let id): return ("speaker", id)
        case .quotesIn(let id): return ("article", id)
        }
    }
}

extension Query {
    /// The query restricted to records related as `relation` says.
    public mutating func restrict(_ relation: Relation) {
        precondition(relation.kind == kind, "relation \(relation) does not select \(kind.plural)")
        let sql: String
        let id: Int64
        switch relation {
        case .eventsWith(let e): (sql, id) = ("e.id IN (SELECT event_id FROM participant WHERE entity_id = ?)", e)
        case .eventsIn(let a): (sql, id) = ("e.id IN (SELECT event_id FROM event_mention WHERE article_id = ?)", a)
        case .articlesMentioning(let e): (sql, id) = ("a.id IN (SELECT article_id FROM mention WHERE entity_id = ?)", e)
        case .articlesReporting(let ev):
            (sql, id) = ("a.id IN (SELECT article_id FROM event_mention WHERE event_id = ?)", ev)
        case .entitiesIn(let a): (sql, id) = ("e.id IN (SELECT entity_id FROM mention WHERE article_id = ?)", a)
        case .participantsOf(let ev): (sql, id) = ("e.id IN (SELECT entity_id FROM participant WHERE event_id = ?)", ev)
        case .entitiesNamedWith(let e):
            (sql, id) = (
                "e.id IN (SELECT m2.entity_id FROM mention m1 JOIN mention m2 ON m2.article_id = m1.article_id WHERE m1.entity_id = ?1 AND m2.entity_id <> ?1)",
                e
            )
        case .quotesBy(let e): (sql, id) = ("q.speaker_id = ?", e)
        case .quotesIn(let a): (sql, id) = ("q.article_id = ?", a)
        }
        if sql.contains("?1") {
            conditions.append(sql.replacingOccurrences(of: "?1", with: "?"))
            arguments += [.int(id), .int(id)]
        } else {
            conditions.append(sql)
            arguments.append(.int(id))
        }
        relations.append(relation)
    }
}
