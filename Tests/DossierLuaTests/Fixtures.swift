import DossierCore
import DossierLua

/// A small corpus built by hand (not by the pipeline), so that these tests check the bridge and
/// the store whatever the extraction does: three articles, a meeting planned in one and reported
/// as held in another, a denied summit, two quotes.
enum Fixtures {
    struct Builder {
        var article: Article
        var entities: [ExtractedEntity] = []
        var events: [ExtractedEvent] = []
        var quotes: [ExtractedQuote] = []
        var sentences: [SentenceSpan] = []

        init(file: String, source: String, date: String, title: String, text: String) {
            article = Article(file: file, title: title, source: source, date: PartialDate(iso: date), text: text)
            // Sentences end at ". " (the texts here are written that way).
            var start = 0
            let bytes = Array(text.utf8)
            var i = 0
            while i < bytes.count {
                if bytes[i] == UInt8(ascii: "."), i + 1 == bytes.count || bytes[i + 1] == UInt8(ascii: " ") {
                    sentences.append(SentenceSpan(start: start, end: i + 1, paragraph: 0))
                    start = i + 2
                }
                i += 1
            }
            if start < bytes.count { sentences.append(SentenceSpan(start: start, end: bytes.count, paragraph: 0)) }
        }

        func sentence(containing offset: Int) -> Int {
            sentences.firstIndex { $0.start <= offset && offset < $0.end } ?? 0
        }

        /// Adds an entity with a mention at every occurrence of each of its forms.
        @discardableResult
        mutating func entity(
            _ name: String, _ kind: EntityKind, aliases: [String] = [], country: String? = nil,
            title: String? = nil, role: String? = nil, media: Bool = false
        ) -> Int {
            var mentions: [MentionSpan] = []
            let text = Array(article.text.utf8)
            for form in [name] + aliases {
                let f = Array(form.utf8)
                var i = 0
                while i + f.count <= text.count {
                    if Array(text[i..<(i + f.count)]) == f, !mentions.contains(where: { $0.start <= i && i < $0.end }) {
                        mentions.append(MentionSpan(sentence: sentence(containing: i), start: i, end: i + f.count))
                    }
                    i += 1
                }
            }
            entities.append(
                ExtractedEntity(
                    name: name, kind: kind, aliases: aliases, country: country, title: title,
                    role: role, isMedia: media, mentions: mentions))
            return entities.count - 1
        }

        mutating func event(
            _ type: EventType, _ participants: [(Int, String)], place: Int? = nil, date: String? = nil,
            _ mentions: [(Int, EventStatus, Int?)]
        ) {
            events.append(
                ExtractedEvent(
                    type: type, participants: participants.map { ExtractedParticipant(entity: $0.0, role: $0.1) },
                    place: place,
                    date: date.flatMap(PartialDate.init(iso:)),
                    mentions: mentions.map { ExtractedEventMention(sentence: $0.0, status: $0.1, claimedBy: $0.2) }))
        }

        var analysis: Analysis {
            Analysis(article: article, sentences: sentences, entities: entities, events: events, quotes: quotes)
        }
    }

    static func analyses() -> [(file: String, Analysis)] {
        var a = Builder(
            file: "a.txt", source: "Yonhap", date: "2018-06-21", title: "Moon arrives in Moscow",
            text:
                "South Korean President Moon Jae-in arrived in Moscow on Thursday. He will meet Russian President Vladimir Putin on Friday. \"We will talk about the peninsula,\" Putin said."
        )
        let moon = a.entity("Moon Jae-in", .person, country: "South Korea", title: "President")
        let putin = a.entity("Vladimir Putin", .person, aliases: ["Putin"], country: "Russia", title: "President")
        let moscow = a.entity("Moscow", .place, country: "Russia")
        a.entity("Yonhap", .organization, media: true)
        a.event(.visit, [(moon, "visitor")], place: moscow, date: "2018-06-21", [(0, .occurred, nil)])
        a.event(.meet, [(moon, "participant"), (putin, "participant")], date: "2018-06-22", [(1, .planned, nil)])
        a.quotes.append(ExtractedQuote(speaker: putin, text: "We will talk about the peninsula,", sentence: 2))

        var b = Builder(
            file: "b.txt", source: "TASS", date: "2018-06-23", title: "Putin and Moon hold talks",
            text: "Putin met Moon Jae-in in Moscow on Friday, the Kremlin said. The talks in Russia lasted three hours."
        )
        let putinB = b.entity("Vladimir Putin", .person, aliases: ["Putin"], country: "Russia")
        let moonB = b.entity("Moon Jae-in", .person, country: "South Korea")
        b.entity("Moscow", .place, country: "Russia")
        let kremlin = b.entity("Kremlin", .organization, country: "Russia")
        b.entity("Russia", .country)
        b.event(
            .meet, [(putinB, "participant"), (moonB, "participant")], date: "2018-06-22", [(0, .occurred, kremlin)])

        var c = Builder(
            file: "c.txt", source: "Korea Times", date: "2018-03-29", title: "No Putin-Kim summit planned",
            text:
                "The Kremlin denied plans for a summit between Putin and Kim Jong-un. \"There are no plans for a summit,\" Peskov said."
        )
        let kremlinC = c.entity("Kremlin", .organization, country: "Russia")
        let putinC = c.entity("Vladimir Putin", .person, aliases: ["Putin"], country: "Russia")
        let kim = c.entity("Kim Jong-un", .person, aliases: ["Kim"], country: "North Korea", title: "leader")
        let peskov = c.entity(
            "Dmitry Peskov", .person, aliases: ["Peskov"], country: "Russia", title: "spokesman",
            role: "Kremlin spokesman")
        c.event(.meet, [(putinC, "participant"), (kim, "participant")], [(0, .denied, kremlinC)])
        c.quotes.append(ExtractedQuote(speaker: peskov, text: "There are no plans for a summit,", sentence: 1))
        return [("a.txt", a.analysis), ("b.txt", b.analysis), ("c.txt", c.analysis)]
    }

    static func store(_ analyses: [(file: String, Analysis)] = analyses()) throws -> Store {
        let store = try Store.inMemory()
        for (file, analysis) in analyses { try store.add([analysis], file: file) }
        return store
    }

    /// A runtime over a fixture corpus whose output is collected.
    class Session {
        let runtime: LuaRuntime
        var output = ""

        init(store: Store? = nil) throws {
            runtime = LuaRuntime(store: try store ?? Fixtures.store())
            runtime.output = { [unowned self] in self.output += $0 }
        }

        /// Runs `code`; returns what it printed, or throws its error message.
        @discardableResult
        func run(_ code: String) throws -> String {
            output = ""
            if let error = runtime.run(code, name: "=test") { throw LuaFailure(message: error) }
            return output
        }

        /// The error `code` raises (its first line).
        func error(_ code: String) -> String? {
            output = ""
            return runtime.run(code, name: "=test").map { String($0.split(separator: "\n").first ?? "") }
        }
    }

    struct LuaFailure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
