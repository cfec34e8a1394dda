/// The text pipeline: segmentation of a document into articles, then sentences, tokens, mentions,
/// entities, events and quotes for each article.
public struct Pipeline: Sendable {
    public init() {}

    /// Splits `document` into articles (when it may hold several) and analyzes each.
    public func analyze(_ document: SourceDocument) -> [Analysis] {
        Segmenter.split(document).map { analyze($0) }
    }

    /// Analyzes one article as it is.
    public func analyze(_ article: Article) -> Analysis {
        var article = article
        let doc = TextDocument(article.text)
        let layout = Layout.paragraphs(doc.bytes, doc.paragraphs)
        // Metadata the page itself gives, when the reader had none.
        let local = Segmenter.describe(layout, doc.bytes)
        if article.title == nil { article.title = local.title }
        if article.source == nil { article.source = local.source }
        if article.date == nil { article.date = local.date }
        if article.authors.isEmpty { article.authors = local.authors }

        var headlines = Set<Int>()
        var captions = Set<Int>()
        for (k, s) in doc.sentences.enumerated() where s.paragraph < layout.count {
            switch layout[s.paragraph].role {
            case .headline: headlines.insert(k)
            case .caption: captions.insert(k)
            default: break
            }
        }
        // The dateline's place ("SANTA BARBARA, Calif., April 13 -", "HANOI, Vietnam (AP) —") is a place.
        let furniture = Self.dateline(doc, layout)
        var datelinePlace = furniture.lowerBound..<furniture.lowerBound
        if !furniture.isEmpty {
            var e = furniture.lowerBound
            while e < furniture.upperBound, doc.tokens[e].kind == .word { e += 1 }
            datelinePlace = furniture.lowerBound..<e
        }
        let (mentions, titles) = MentionFinder(doc, headlines: headlines, datelinePlace: datelinePlace).find()
        var linker = Linker(doc: doc, mentions: mentions, titles: titles)
        linker.link()

        let context = ArticleContext(
            doc: doc, article: article, mentions: linker.mentions, entities: linker.entities, headlines: headlines,
            captions: captions, furniture: furniture)
        let quotes = QuoteFinder(context).find()
        let events = EventFinder(context, quotes: quotes).find()
        return Output.build(context, events: events, quotes: quotes)
    }
}

extension Pipeline {
    /// The tokens of a dateline ("March 29 (UPI) —", "MOSCOW (Reuters) -"): page furniture whose
    /// date is the story's, not an event's.
    static func dateline(_ doc: TextDocument, _ layout: [ParagraphInfo]) -> Range<Int> {
        guard let p = layout.prefix(4).first(where: { $0.hasDateline }) else { return 0..<0 }
        guard let first = doc.tokens.firstIndex(where: { Int($0.start) >= p.range.lowerBound }) else { return 0..<0 }
        var i = first
        while i < min(doc.tokens.count, first + 16) {
            let t = doc.tokens[i]
            // "PEKING, March 2 -": up to the dash.
            if p.source == nil && t.kind == .dash { return first..<(i + 1) }
            if t.kind == .punct && t.hash == W.rparen {
                var e = i + 1
                if e < doc.tokens.count, doc.tokens[e].kind == .dash || doc.tokens[e].hash == W.colon { e += 1 }
                return first..<e
            }
            i += 1
        }
        return 0..<0
    }
}

/// What the event and quote rules read: the article, its tokens, and the linked mentions.
struct ArticleContext {
    let doc: TextDocument
    let article: Article
    let mentions: [Mention]
    let entities: [EntityDraft]
    let headlines: Set<Int>
    let captions: Set<Int>
    /// Tokens of page furniture (a dateline) that report no event.
    let furniture: Range<Int>
    /// Mentions of each sentence, in text order.
    let bySentence: [[Int32]]

    init(
        doc: TextDocument, article: Article, mentions: [Mention], entities: [EntityDraft], headlines: Set<Int>,
        captions: Set<Int>, furniture: Range<Int> = 0..<0
    ) {
        self.furniture = furniture
        self.doc = doc
        self.article = article
        self.mentions = mentions
        self.entities = entities
        self.headlines = headlines
        self.captions = captions
        var by = [[Int32]](repeating: [], count: doc.sentences.count)
        for (k, m) in mentions.enumerated() where m.entity >= 0 { by[Int(m.sentence)].append(Int32(k)) }
        for s in by.indices {
            by[s].sort {
                (mentions[Int($0)].start, mentions[Int($0)].byteStart) < (
                    mentions[Int($1)].start, mentions[Int($1)].byteStart
                )
            }
        }
        bySentence = by
    }

    /// The linked mention covering token `i`, if any: a name, or the person whose role phrase
    /// holds the token ("U.S." in "U.S. Defense Secretary Lloyd Austin").
    func mention(at i: Int) -> Int? {
        let s = Int(doc.sentenceOf[i])
        var plain: Int? = nil
        for k in bySentence[s] {
            let m = mentions[Int(k)]
            if m.roleStart >= 0 && Int(m.roleStart) <= i && i < Int(m.end) { return Int(k) }
            if plain == nil && Int(m.start) <= i && i < Int(m.end) { plain = Int(k) }
        }
        return plain
    }

    func entityKind(_ e: Int32) -> EntityKind { entities[Int(e)].kind }
}
