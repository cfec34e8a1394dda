/// Turns the article's drafts into the shared model: entities with their mention spans, events
/// with participants, place, date and per-sentence reports, quotes with speakers.
enum Output {
    static func build(_ ctx: ArticleContext, events: [EventDraft], quotes: [FoundQuote]) -> Analysis {
        let doc = ctx.doc
        let gaz = Gazetteer.shared
        var analysis = Analysis(article: ctx.article)
        analysis.sentences = doc.sentences.map { s in
            let a = doc.tokens[s.tokens.lowerBound]
            let b = doc.tokens[s.tokens.upperBound - 1]
            return SentenceSpan(start: Int(a.start), end: Int(b.end), paragraph: s.paragraph)
        }
        // Entities that were named (not only referred to by a descriptor).
        var index = [Int32](repeating: -1, count: ctx.entities.count)
        for (k, d) in ctx.entities.enumerated() {
            let named = d.mentions.contains {
                ctx.mentions[Int($0)].form != .descriptor && ctx.mentions[Int($0)].entity == Int32(k)
            }
            guard named else { continue }
            var e = ExtractedEntity(name: d.name, kind: d.kind, aliases: d.forms)
            if d.country >= 0 && !(d.kind == .country) { e.country = gaz.entries[Int(d.country)].name }
            e.title = d.title
            e.role = d.role
            e.isMedia = d.isMedia
            e.mentions = d.mentions.map {
                let m = ctx.mentions[Int($0)]
                return MentionSpan(sentence: Int(m.sentence), start: Int(m.byteStart), end: Int(m.byteEnd))
            }
            index[k] = Int32(analysis.entities.count)
            analysis.entities.append(e)
        }
        for ev in events {
            let parts = ev.participants.compactMap { p -> ExtractedParticipant? in
                let i = index[Int(p.entity)]
                return i < 0 ? nil : ExtractedParticipant(entity: Int(i), role: p.role)
            }
            var out = ExtractedEvent(type: ev.type, code: ev.code, participants: parts)
            if let p = ev.place, index[Int(p)] >= 0 { out.place = Int(index[Int(p)]) }
            // What an event needs must survive the mapping (a participant known only by a
            // descriptor has no entity of its own).
            switch ev.type {
            case .meet: if Set(parts.map(\.entity)).count < 2 { continue }
            case .visit: if parts.isEmpty || out.place == nil { continue }
            case .invite:
                if !(parts.contains { $0.role == "inviter" } && parts.contains { $0.role == "invitee" }) { continue }
            case .speech: if parts.isEmpty { continue }
            }
            out.date = ev.date
            out.mentions = ev.mentions.map { m in
                var claimed: Int? = nil
                if let c = m.claimant, index[Int(c)] >= 0 { claimed = Int(index[Int(c)]) }
                return ExtractedEventMention(
                    sentence: m.sentence, status: m.status, claimedBy: claimed,
                    claimedByText: claimed == nil ? m.claimantText : nil, date: m.date)
            }
            analysis.events.append(out)
        }
        for q in quotes {
            var speaker: Int? = nil
            if let s = q.speaker, index[Int(s)] >= 0 { speaker = Int(index[Int(s)]) }
            analysis.quotes.append(ExtractedQuote(speaker: speaker, text: q.text, sentence: q.sentence))
        }
        return analysis
    }
}
