/// What the text pipeline extracts from one article. Entities are local to the article; events,
/// quotes and mentions refer to them by index into `entities`. The store links them across the
/// corpus.
public struct Analysis: Sendable {
    public var article: Article
    public var sentences: [SentenceSpan]
    public var entities: [ExtractedEntity]
    public var events: [ExtractedEvent]
    public var quotes: [ExtractedQuote]

    public init(
        article: Article, sentences: [SentenceSpan] = [], entities: [ExtractedEntity] = [],
        events: [ExtractedEvent] = [], quotes: [ExtractedQuote] = []
    ) {
        self.article = article
        self.sentences = sentences
        self.entities = entities
        self.events = events
        self.quotes = quotes
    }

    /// The text of sentence `i`.
    public func sentenceText(_ i: Int) -> String {
        guard sentences.indices.contains(i) else { return "" }
        return article.text.utf8Slice(sentences[i].start, sentences[i].end)
    }
}

/// A sentence as UTF-8 byte offsets into the article's text.
public struct SentenceSpan: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var paragraph: Int

    public init(start: Int, end: Int, paragraph: Int) {
        self.start = start
        self.end = end
        self.paragraph = paragraph
    }
}

/// One place an entity is named: a sentence and UTF-8 byte offsets into the article's text.
public struct MentionSpan: Sendable, Hashable {
    public var sentence: Int
    public var start: Int
    public var end: Int

    public init(sentence: Int, start: Int, end: Int) {
        self.sentence = sentence
        self.start = start
        self.end = end
    }
}

public struct ExtractedEntity: Sendable, Hashable {
    /// The fullest name the article gives ("Vladimir Putin").
    public var name: String
    public var kind: EntityKind
    /// Other forms the article uses ("Putin", "President Putin").
    public var aliases: [String]
    /// A person's or organization's country; the country a place lies in.
    public var country: String?
    /// A person's title ("President", "spokesman").
    public var title: String?
    /// The role in full as the text gives it ("Kremlin spokesman").
    public var role: String?
    /// A news outlet.
    public var isMedia: Bool
    public var mentions: [MentionSpan]

    public init(
        name: String, kind: EntityKind, aliases: [String] = [], country: String? = nil, title: String? = nil,
        role: String? = nil, isMedia: Bool = false, mentions: [MentionSpan] = []
    ) {
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.country = country
        self.title = title
        self.role = role
        self.isMedia = isMedia
        self.mentions = mentions
    }
}

public struct ExtractedParticipant: Sendable, Hashable {
    /// Index into `Analysis.entities`.
    public var entity: Int
    /// "host", "guest", "visitor", "inviter", "invitee", "speaker" or "participant".
    public var role: String

    public init(entity: Int, role: String) {
        self.entity = entity
        self.role = role
    }
}

public struct ExtractedEvent: Sendable, Hashable {
    public var type: EventType
    /// CAMEO 1.1b3 code.
    public var code: String
    public var participants: [ExtractedParticipant]
    /// Index into `Analysis.entities` of the place, when it is a named entity.
    public var place: Int?
    public var date: PartialDate?
    public var mentions: [ExtractedEventMention]

    public init(
        type: EventType, code: String? = nil, participants: [ExtractedParticipant], place: Int? = nil,
        date: PartialDate? = nil, mentions: [ExtractedEventMention] = []
    ) {
        self.type = type
        self.code = code ?? type.defaultCode
        self.participants = participants
        self.place = place
        self.date = date
        self.mentions = mentions
    }
}

/// One sentence reporting an event, with the status it gives the event and who it says claims it.
public struct ExtractedEventMention: Sendable, Hashable {
    public var sentence: Int
    public var status: EventStatus
    /// Index into `Analysis.entities` of who claims it ("the Kremlin said").
    public var claimedBy: Int?
    /// Who claims it when that is not an entity ("officials", "sources").
    public var claimedByText: String?
    /// The date this sentence gives the event, if any.
    public var date: PartialDate?

    public init(
        sentence: Int, status: EventStatus, claimedBy: Int? = nil, claimedByText: String? = nil,
        date: PartialDate? = nil
    ) {
        self.sentence = sentence
        self.status = status
        self.claimedBy = claimedBy
        self.claimedByText = claimedByText
        self.date = date
    }
}

public struct ExtractedQuote: Sendable, Hashable {
    /// Index into `Analysis.entities` of the speaker.
    public var speaker: Int?
    public var text: String
    /// The sentence holding the quote's start.
    public var sentence: Int

    public init(speaker: Int?, text: String, sentence: Int) {
        self.speaker = speaker
        self.text = text
        self.sentence = sentence
    }
}
