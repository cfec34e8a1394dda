/// The model as stored and queried: entities, events and quotes linked across the whole corpus,
/// each with a stable id.
public struct ArticleRecord: Sendable, Hashable {
    public var id: Int64
    public var file: String
    public var ordinal: Int
    public var title: String?
    public var source: String?
    public var authors: [String]
    public var date: PartialDate?
    public var url: String?
    public var language: String?
    /// The article this one duplicates (the same story republished), if any.
    public var duplicateOf: Int64?

    public init(
        id: Int64, file: String, ordinal: Int, title: String?, source: String?, authors: [String],
        date: PartialDate?, url: String?, language: String?, duplicateOf: Int64?
    ) {
        self.id = id
        self.file = file
        self.ordinal = ordinal
        self.title = title
        self.source = source
        self.authors = authors
        self.date = date
        self.url = url
        self.language = language
        self.duplicateOf = duplicateOf
    }
}

public struct EntityRecord: Sendable, Hashable {
    public var id: Int64
    public var name: String
    public var kind: EntityKind
    public var aliases: [String]
    public var country: String?
    public var title: String?
    public var role: String?
    public var isMedia: Bool
    /// How many times the corpus names it.
    public var mentionCount: Int

    public init(
        id: Int64, name: String, kind: EntityKind, aliases: [String], country: String?, title: String?,
        role: String?, isMedia: Bool, mentionCount: Int
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.country = country
        self.title = title
        self.role = role
        self.isMedia = isMedia
        self.mentionCount = mentionCount
    }
}

public struct ParticipantRecord: Sendable, Hashable {
    public var entityID: Int64
    public var name: String
    public var role: String

    public init(entityID: Int64, name: String, role: String) {
        self.entityID = entityID
        self.name = name
        self.role = role
    }
}

public struct EventMentionRecord: Sendable, Hashable {
    public var id: Int64
    public var articleID: Int64
    public var sentence: String
    public var status: EventStatus
    /// Who the sentence says claims it ("Kremlin", "TASS"), or nil when the article itself reports it.
    public var claimedBy: String?
    /// The outlet of the article, the default source of the claim.
    public var outlet: String?
    public var date: PartialDate?

    public init(
        id: Int64, articleID: Int64, sentence: String, status: EventStatus, claimedBy: String?, outlet: String?,
        date: PartialDate?
    ) {
        self.id = id
        self.articleID = articleID
        self.sentence = sentence
        self.status = status
        self.claimedBy = claimedBy
        self.outlet = outlet
        self.date = date
    }

    /// Who stands behind this report: the claimant named in the sentence, else the outlet.
    public var source: String? { claimedBy ?? outlet }
}

public struct EventRecord: Sendable, Hashable {
    public var id: Int64
    public var type: EventType
    public var code: String
    public var participants: [ParticipantRecord]
    public var place: String?
    public var placeID: Int64?
    public var date: PartialDate?
    public var mentions: [EventMentionRecord]

    public init(
        id: Int64, type: EventType, code: String, participants: [ParticipantRecord], place: String?,
        placeID: Int64?, date: PartialDate?, mentions: [EventMentionRecord]
    ) {
        self.id = id
        self.type = type
        self.code = code
        self.participants = participants
        self.place = place
        self.placeID = placeID
        self.date = date
        self.mentions = mentions
    }

    /// Every status its mentions give, in the order of `EventStatus.allCases`.
    public var statuses: [EventStatus] {
        let seen = Set(mentions.map(\.status))
        return EventStatus.allCases.filter(seen.contains)
    }
}

public struct QuoteRecord: Sendable, Hashable {
    public var id: Int64
    public var speaker: String?
    public var speakerID: Int64?
    public var text: String
    public var articleID: Int64
    public var sentence: String

    public init(id: Int64, speaker: String?, speakerID: Int64?, text: String, articleID: Int64, sentence: String) {
        self.id = id
        self.speaker = speaker
        self.speakerID = speakerID
        self.text = text
        self.articleID = articleID
        self.sentence = sentence
    }
}
