/// One sentence's report of an event.
struct EventMentionDraft: Sendable {
    var sentence: Int
    var trigger: Int
    var status: EventStatus
    var claimant: Int32?
    var claimantText: String?
    var date: PartialDate?
}

/// An event of one article, with every sentence that reports it.
struct EventDraft: Sendable {
    var type: EventType
    var code: String
    var participants: [(entity: Int32, role: String)]
    var place: Int32?
    var date: PartialDate?
    var mentions: [EventMentionDraft]

    var entitySet: Set<Int32> { Set(participants.map(\.entity)) }
}

/// Finds meetings, visits, invitations and speeches: a trigger word, the participants its frame
/// gives (subject, object, "with"/"between" partners, a possessive, a hyphenated pair, "to" a
/// destination), a place, a date, the status its clause gives, and who claims it. Reports of the
/// same event in one article are merged; a definite "the summit" without participants of its own
/// is a further report of the last such event.
struct EventFinder {
    let ctx: ArticleContext
    let att: Attribution
    let quotes: [FoundQuote]
    let doc: TextDocument
    /// The entity a token stands for: its mention, or the person whose role phrase it is part of
    /// ("Russian" in "Russian President Vladimir Putin"), or a resolved pronoun.
    var tokenRef: [Int32]
    /// Where the reference covering a token ends (exclusive).
    var refEnd: [Int32]
    /// Entities named by the parts of a hyphenated pair ("Moon-Putin").
    var pairs: [Int: [Int32]] = [:]
    /// The place the story is filed from, as its dateline names it ("LONDON, March 22 -").
    var datelinePlace: Int32? = nil
    /// Whether the story reads as sports (at least 5 sports words and 1 in 200 words).
    var sports = false
    let gaz = Gazetteer.shared

    init(_ ctx: ArticleContext, quotes: [FoundQuote]) {
        self.ctx = ctx
        self.att = Attribution(ctx)
        self.quotes = quotes
        self.doc = ctx.doc
        let n = ctx.doc.tokens.count
        tokenRef = [Int32](repeating: -1, count: n)
        refEnd = [Int32](repeating: -1, count: n)
        // Plain names and adjectives first; then role phrases and descriptors, which cover the
        // adjectives inside them ("Russian" of "the Russian leader" is the leader, not Russia).
        for pass in 0..<2 {
            for m in ctx.mentions where m.entity >= 0 {
                if m.form == .part {
                    if pass == 0 { pairs[Int(m.start), default: []].append(m.entity) }
                    continue
                }
                let covering = m.form == .descriptor || (m.roleStart >= 0 && m.roleStart < m.start)
                if covering != (pass == 1) { continue }
                if m.form == .adjective {
                    // A country adjective stands for the country only before a collective noun
                    // ("Russian officials"); otherwise it qualifies a name or a thing.
                    // ("Afghan rebel leaders", "Saudi oil minister": one modifier may come between.)
                    var e = Int(m.end)
                    if e + 1 < n, ctx.doc.tokens[e].kind == .word, !ctx.doc.tokens[e].flags.contains(.capitalized),
                        !EventLexicon.collective.contains(ctx.doc.tokens[e].hash),
                        EventLexicon.collective.contains(ctx.doc.tokens[e + 1].hash)
                    {
                        e += 1
                    }
                    guard e < n, ctx.doc.tokens[e].kind == .word,
                        EventLexicon.collective.contains(ctx.doc.tokens[e].hash)
                    else { continue }
                    // "a North Korean leader": indefinite, no one in particular ("a French minister"
                    // acting for the government is someone).
                    if m.start > 0,
                        ctx.doc.tokens[Int(m.start) - 1].hash == W.a || ctx.doc.tokens[Int(m.start) - 1].hash == W.an,
                        Self.leaderNouns.contains(ctx.doc.tokens[e].hash)
                    {
                        continue
                    }
                    if e > Int(m.end) {
                        for i in Int(m.start)...e {
                            tokenRef[i] = m.entity
                            refEnd[i] = Int32(e + 1)
                        }
                        continue
                    }
                }
                let from = covering && m.roleStart >= 0 ? Int(m.roleStart) : Int(m.start)
                for i in from..<Int(m.end) {
                    tokenRef[i] = m.entity
                    refEnd[i] = m.end
                }
            }
        }
        // "French and Italian leaders": the first adjective shares the collective noun.
        for m in ctx.mentions where m.entity >= 0 && m.form == .adjective {
            let e = Int(m.end)
            guard e + 1 < n, tokenRef[Int(m.start)] < 0,
                ctx.doc.tokens[e].hash == W.and || ctx.doc.tokens[e].hash == W.comma,
                let next = ctx.mentions.first(where: { Int($0.start) == e + 1 && $0.form == .adjective }),
                tokenRef[e + 1] >= 0
            else { continue }
            _ = next
            for i in Int(m.start)..<Int(m.end) {
                tokenRef[i] = m.entity
                refEnd[i] = m.end
            }
        }
        var sportsCount = 0
        var words = 0
        let sportsWords = Self.sportsWords
        for t in ctx.doc.tokens where t.kind == .word {
            words += 1
            if sportsWords.contains(t.hash) { sportsCount += 1 }
        }
        sports = sportsCount >= 5 && sportsCount * 200 >= words
        if !ctx.furniture.isEmpty,
            let m = ctx.mentions.first(where: {
                $0.entity >= 0 && ctx.furniture.contains(Int($0.start)) && ctx.entities[Int($0.entity)].kind == .place
                    || $0.entity >= 0 && ctx.furniture.contains(Int($0.start))
                        && ctx.entities[Int($0.entity)].kind == .country
            })
        {
            datelinePlace = m.entity
        }
        // Subject and object pronouns; possessives are read where a frame asks for a possessor.
        for (i, e) in att.pronouns where !Self.possessivePronouns.contains(ctx.doc.tokens[i].hash) {
            tokenRef[i] = e
            refEnd[i] = Int32(i + 1)
        }
        // "his government", "the Kabul government": a government named by its leader or its capital
        // is the country.
        let governmentNouns = Self.governmentNouns
        let possessivePronouns = Self.possessivePronouns
        for i in 0..<max(0, n - 1) where tokenRef[i + 1] < 0 && governmentNouns.contains(ctx.doc.tokens[i + 1].hash) {
            var country: Int32 = -1
            if let p = att.pronouns[i], possessivePronouns.contains(ctx.doc.tokens[i].hash) {
                country = ctx.entities[Int(p)].country
            } else if tokenRef[i] >= 0, Int(refEnd[i]) == i + 1 {
                let d = ctx.entities[Int(tokenRef[i])]
                if d.kind == .place, d.gaz >= 0, d.country >= 0,
                    Gazetteer.shared.entries[Int(d.country)].capital == d.gaz
                {
                    country = d.country
                }
            }
            guard country >= 0, let c = ctx.entities.firstIndex(where: { $0.gaz == country && $0.kind == .country })
            else { continue }
            var s = i
            while s > 0, tokenRef[s - 1] == tokenRef[i], tokenRef[i] >= 0 { s -= 1 }
            for k in s...(i + 1) {
                tokenRef[k] = Int32(c)
                refEnd[k] = Int32(i + 2)
            }
        }
    }

    static let possessivePronouns = WordSet("his her their its")
    static let leaderNouns = WordSet("leader leaders president head")
    static let governmentNouns = WordSet("government administration regime authorities cabinet")

    func kind(_ e: Int32) -> EntityKind { ctx.entities[Int(e)].kind }
    func isActor(_ e: Int32) -> Bool { kind(e) != .place }
    func isLocation(_ e: Int32) -> Bool { kind(e) == .place || kind(e) == .country }

    // MARK: driver

    func find() -> [EventDraft] {
        var events: [EventDraft] = []
        for s in doc.sentences.indices {
            let found = sentenceEvents(s, events)
            for (ev, anaphoric) in found {
                if anaphoric {
                    // "The summit took … by surprise": a past report points back to an event that
                    // happened, if one was reported; otherwise to the last one.
                    let candidates = events.indices.filter {
                        events[$0].type == ev.type && events[$0].participants.count >= (ev.type == .meet ? 2 : 1)
                    }
                    let status = ev.mentions.first?.status
                    let recent = candidates.sorted { lastReport(events[$0]) < lastReport(events[$1]) }
                    let happened = recent.filter { k in events[k].mentions.contains { $0.status == .occurred } }
                    let pick = status == .occurred ? happened.last ?? recent.last : recent.last
                    if let k = pick {
                        // "Milei was not invited to the meeting": a clause about someone else ("Trump
                        // scuttled the talks" acts on them, though).
                        if let t = ev.mentions.first?.trigger, inPrepositionalPhrase(t),
                            let subj = clauseSubjectPerson(t),
                            !events[k].participants.contains(where: { $0.entity == subj || standsFor(subj, $0.entity) })
                        {
                            continue
                        }
                        for m in ev.mentions
                        where !events[k].mentions.contains(where: { $0.sentence == m.sentence && $0.status == m.status }
                        ) {
                            events[k].mentions.append(m)
                        }
                        // A date from a pointer back counts only if it speaks of the event in the
                        // same tense ("is expected to join the talks on Thursday" does not date
                        // talks that took place).
                        let done = events[k].mentions.contains { $0.status == .occurred }
                        if events[k].date == nil, (status == .occurred) == done { events[k].date = ev.date }
                    }
                    continue
                }
                merge(ev, into: &events)
            }
        }
        return events.filter { valid($0) }
    }

    /// Whether noun trigger `t` stands after a preposition ("invited to the meeting").
    func inPrepositionalPhrase(_ t: Int) -> Bool {
        let r = doc.range(ofSentence: Int(doc.sentenceOf[t]))
        let np = nounPhraseStart(t, r)
        return np > r.lowerBound && doc.tokens[np - 1].kind == .word
            && Self.prepositions.contains(doc.tokens[np - 1].hash)
    }

    /// The person who is the subject of the clause holding token `t`, if any.
    func clauseSubjectPerson(_ t: Int) -> Int32? {
        let r = doc.range(ofSentence: Int(doc.sentenceOf[t]))
        guard let e = subject(of: t, r).first, kind(e) == .person else { return nil }
        return e
    }

    /// Where an event was last reported: sentence and trigger token.
    func lastReport(_ e: EventDraft) -> Int { e.mentions.map(\.trigger).max() ?? -1 }

    func valid(_ e: EventDraft) -> Bool {
        switch e.type {
        case .meet: return e.entitySet.count >= 2
        case .visit: return e.entitySet.count >= 1 && e.place != nil
        case .invite:
            return e.participants.contains { $0.role == "inviter" } && e.participants.contains { $0.role == "invitee" }
        case .speech: return e.entitySet.count >= 1
        }
    }

    /// Adds `ev` to `events`, merging it with an earlier report of the same event.
    func merge(_ ev: EventDraft, into events: inout [EventDraft]) {
        for k in events.indices where events[k].type == ev.type {
            if same(events[k], ev) {
                for m in ev.mentions
                where !events[k].mentions.contains(where: { $0.sentence == m.sentence && $0.status == m.status }) {
                    events[k].mentions.append(m)
                }
                if events[k].place == nil { events[k].place = ev.place }
                if let d = ev.date,
                    events[k].date == nil
                        || (d.precision == .day && events[k].date!.precision != .day
                            && d.isCompatible(with: events[k].date!))
                {
                    events[k].date = d
                }
                for p in ev.participants
                where !events[k].participants.contains(where: {
                    $0.entity == p.entity || standsFor($0.entity, p.entity) || standsFor(p.entity, $0.entity)
                        || mayStandFor($0.entity, p.entity) || mayStandFor(p.entity, $0.entity)
                }) {
                    events[k].participants.append(p)
                }
                return
            }
        }
        events.append(ev)
    }

    /// Two reports of one event: the same participants (a person standing for their country),
    /// compatible dates and places.
    func same(_ a: EventDraft, _ b: EventDraft) -> Bool {
        guard a.type == b.type else { return false }
        if let x = a.date, let y = b.date, !x.isCompatible(with: y) { return false }
        if let x = a.place, let y = b.place, !placesAgree(x, y) { return false }
        // A meeting that happened and one only planned, neither dated, are told apart: "they met
        // in July … they will meet again".
        let aDone = a.mentions.allSatisfy { $0.status == .occurred }
        let bDone = b.mentions.allSatisfy { $0.status == .occurred }
        let aPlanned = a.mentions.allSatisfy { $0.status == .planned }
        let bPlanned = b.mentions.allSatisfy { $0.status == .planned }
        if (aDone && bPlanned || aPlanned && bDone) && !(a.date != nil && a.date == b.date) { return false }
        let sa = a.entitySet
        let sb = b.entitySet
        if sa == sb { return true }
        // Visits by some of the same travellers to the same place ("Moon and his wife arrive in
        // Moscow … Moon began his state visit to Russia").
        if a.type == .visit, sa.isSubset(of: sb) || sb.isSubset(of: sa), a.place != nil, b.place != nil {
            return true
        }
        // Participants agree one by one, a person matching their own country; a person whose
        // country the article never gives may stand for the country opposite, once another pair
        // agrees ("a summit between China and North Korea" / "Kim met Xi").
        guard sa.count == sb.count else { return false }
        var used = Set<Int32>()
        var firm = 0
        var loose: [(Int32, Int32)] = []
        for x in sa {
            if let y = sb.first(where: { !used.contains($0) && (x == $0 || standsFor(x, $0) || standsFor($0, x)) }) {
                used.insert(y)
                firm += 1
            } else {
                loose.append((x, -1))
            }
        }
        let rest = sb.subtracting(used)
        guard loose.count == rest.count else { return false }
        if loose.isEmpty { return true }
        guard firm >= 1, loose.count == 1, let y = rest.first else { return false }
        return mayStandFor(loose[0].0, y) || mayStandFor(y, loose[0].0)
    }

    /// A leader of unknown country and a country ("Kim met Xi" / "a summit between China and
    /// North Korea"); not anyone else ("will meet Zheng Tuobin" is no meeting with British officials).
    func mayStandFor(_ person: Int32, _ country: Int32) -> Bool {
        let p = ctx.entities[Int(person)]
        let c = ctx.entities[Int(country)]
        return p.kind == .person && p.country < 0 && c.kind == .country && p.titleCategory == .head
    }

    /// A person standing for their country.
    func standsFor(_ actor: Int32, _ country: Int32) -> Bool {
        let p = ctx.entities[Int(actor)]
        let c = ctx.entities[Int(country)]
        guard c.kind == .country, p.country >= 0, p.country == c.gaz else { return false }
        if p.kind == .person { return true }
        // "the Kremlin", "the White House": the seat of a government stands for the country.
        return p.kind == .organization && p.gaz >= 0 && gaz.entries[Int(p.gaz)].orgType == "seat"
    }

    func placesAgree(_ x: Int32, _ y: Int32) -> Bool {
        if x == y { return true }
        let a = ctx.entities[Int(x)]
        let b = ctx.entities[Int(y)]
        if a.kind == .country && b.country >= 0 && b.country == a.gaz { return true }
        if b.kind == .country && a.country >= 0 && a.country == b.gaz { return true }
        return false
    }

    // MARK: one sentence

    func sentenceEvents(_ s: Int, _ prior: [EventDraft]) -> [(EventDraft, Bool)] {
        let r = doc.range(ofSentence: s)
        var triggers: [(Int, Int32)] = []
        for i in r {
            let t = doc.tokens[i]
            guard t.kind == .word else { continue }
            let tag = EventLexicon.triggers.tag(t.hash)
            if tag >= 0 { triggers.append((i, tag)) }
        }
        guard !triggers.isEmpty else { return [] }
        var local: [LocalEvent] = []
        let sentenceTimes = Dates.find(doc, r)
        for (t, tag) in triggers {
            guard let frame = EventLexicon.frame(tag), !quickReject(frame, at: t, r) else { continue }
            local += build(
                frame, tag: tag, at: t, sentence: s, range: r, prior: prior, localSoFar: local, times: sentenceTimes)
        }
        // Visits reported twice in one sentence ("Moon's trip marked the first state visit to
        // Russia") share their visitor and destination.
        let visits = local.indices.filter { local[$0].type == .visit }
        if visits.count >= 2 {
            let visitors = visits.flatMap { local[$0].participants }.first
            let place = visits.compactMap { local[$0].place }.first
            for k in visits {
                if local[k].participants.isEmpty, let v = visitors { local[k].participants = [v] }
                if local[k].place == nil { local[k].place = place }
            }
        }
        // A meeting noun without partners shortly after a meeting with them, in its clause ("He
        // will meet Medvedev later in the day for bilateral talks"), is the same meeting.
        let meets = local.indices.filter { local[$0].type == .meet }
        for k in meets where local[k].participants.count < 2 && !local[k].plural {
            let t = local[k].trigger
            if let other = meets.last(where: {
                $0 != k && local[$0].participants.count >= 2 && local[$0].trigger < t && t - local[$0].trigger <= 12
                    && clauseStart(t, r) <= local[$0].trigger
            }) {
                local[k].participants = local[other].participants
                local[k].anaphoric = false
                if local[k].place == nil { local[k].place = local[other].place }
            }
        }
        // Dates: each time expression to the trigger it dates.
        let times = sentenceTimes.filter { !ctx.furniture.contains($0.start) }
        let datelineTime = sentenceTimes.first { ctx.furniture.contains($0.start) }
        let reportTimes = reportingTimes(times, r)
        let producing = Array(Set(local.map(\.trigger))).sorted()
        let silent = triggers.map(\.0).filter { !producing.contains($0) }
        let noInherit = Set(local.filter { !$0.inheritsDates }.map(\.trigger))
        var owned = assignTimes(
            times, excluding: reportTimes, triggers: producing, others: silent, noInherit: noInherit, r)
        for ev in local where owned[ev.trigger] == nil {
            // "The IMF mission arrived in Lusaka on February 26": two triggers of one event in the
            // sentence (the noun and its verb) share the date either holds.
            if let twin = local.first(where: {
                $0.trigger != ev.trigger && $0.type == ev.type && owned[$0.trigger] != nil
                    && $0.participants.map(\.entity).sorted() == ev.participants.map(\.entity).sorted()
                    && $0.place == ev.place
            }) {
                owned[ev.trigger] = owned[twin.trigger]
                continue
            }
            // "will attend the meeting in Japan on April 27": a verb whose object is an event
            // noun takes the date the noun holds.
            if ev.inheritsDates, let object = producing.first(where: { $0 > ev.trigger && governs(ev.trigger, $0, r) }),
                let ks = owned[object]
            {
                owned[ev.trigger] = ks
                continue
            }
            // "will visit Rome and West Berlin during a trip to Europe in June", "met Kohl during
            // his visit to Bonn next week": an event inside another takes the other's date.
            if let outer = (producing + silent).filter({ $0 > ev.trigger && $0 - ev.trigger <= 12 && owned[$0] != nil })
                .min(),
                clauseStart(outer, r) <= ev.trigger,
                let d = (ev.trigger + 1..<outer).last(where: { doc.tokens[$0].hash == Self.during }),
                governs(d, outer, r), let ks = owned[outer]
            {
                owned[ev.trigger] = ks
                continue
            }
            // "Ohana met the couple when they landed in Tel Aviv early Thursday": a when-clause
            // after the trigger lends its date.
            if let inner = producing.first(where: { $0 > ev.trigger && $0 - ev.trigger <= 15 && owned[$0] != nil }),
                case let c = clauseStart(inner, r), c > ev.trigger, doc.tokens[c].hash == Self.when,
                clauseStart(ev.trigger, r) == clauseStart(c, r), let ks = owned[inner]
            {
                owned[ev.trigger] = ks
                continue
            }
            // "flew to Cairo last week and met Kamel": a verb joined by "and" shares the date.
            if ev.trigger - 1 > r.lowerBound, doc.tokens[ev.trigger - 1].hash == W.and,
                let prev = producing.last(where: { $0 < ev.trigger }), let ks = owned[prev]
            {
                owned[ev.trigger] = ks
                continue
            }
            // "They last met in September, when Moon attended …": a when-clause shares the date
            // of the clause it hangs on.
            let c = clauseStart(ev.trigger, r)
            if c > r.lowerBound, Self.participleOpeners.contains(doc.tokens[c].hash) || doc.tokens[c].hash == Self.when,
                let prev = producing.last(where: { $0 < c }), let ks = owned[prev]
            {
                owned[ev.trigger] = ks
            }
        }
        var out: [(EventDraft, Bool)] = []
        // The claimant of the sentence, or of the quote the trigger is in.
        let claim = att.claimant(ofSentence: s)
        let headlineClaimant = ctx.headlines.contains(s) ? headlineSource(r) : nil
        var seen: [String] = []
        for ev in local {
            // One report per event and sentence.
            let key = "\(ev.type)|\(ev.participants.map(\.entity).sorted())|\(ev.place ?? -1)"
            if seen.contains(key) && !ev.anaphoric { continue }
            seen.append(key)
            // An event the clause gives no cue for happened, if its verbs are in the past; in the
            // present ("Nakasone leaves on Wednesday", "King Fahd begins a visit on Tuesday") the
            // date decides, and a date after the article's is a plan.
            let past = ev.status == .occurred && pastEvidence(ev.trigger, r)
            let tense: Dates.Tense =
                ev.status == .occurred ? (past ? .past : .unknown) : ev.status == .planned ? .future : .unknown
            var status = ev.status
            var date: PartialDate? = nil
            var expr: TimeExpression? = nil
            if let d = ev.dateIndex {
                expr = times.first { $0.start <= d && d < $0.end }
            } else if let k = owned[ev.trigger]?.first {
                expr = times[k]
            }
            if let e = expr {
                date = Dates.resolve(e, anchor: ctx.article.date, tense: tense)
            } else if status == .occurred, !past, !ctx.captions.contains(s), let today = ctx.article.date,
                today.precision == .day, ongoing(ev.trigger, r)
            {
                // "Esper is on a visit to Vietnam", "the two leaders are holding talks": what is
                // going on as the story is written happens on the day it is dated.
                date = today
            } else if status == .occurred, let filed = datelineTime, !refersBack(ev.trigger, r) {
                // "WASHINGTON, March 31 - Chirac opened talks with Reagan": the lede of a wire
                // story tells what happened the day it was filed, unless it says when, or names an
                // event known before ("expressed support for the summit").
                date = Dates.resolve(filed, anchor: ctx.article.date, tense: .past)
            }
            // (A photo caption shows what happened, whatever its tense.)
            if status == .occurred, !past, !ctx.captions.contains(s), let d = date, let a = ctx.article.date,
                Self.after(d, a)
            {
                status = .planned
            }
            var claimant = claim?.entity
            var claimantText = claim?.text
            if let q = quotes.first(where: { $0.start <= ev.trigger && ev.trigger < $0.end }), let sp = q.speaker {
                claimant = sp
                claimantText = nil
            }
            if claimant == nil && claimantText == nil, let h = headlineClaimant { claimant = h }
            let mention = EventMentionDraft(
                sentence: s, trigger: ev.trigger, status: status, claimant: claimant, claimantText: claimantText,
                date: date)
            let code = ev.code ?? ev.type.defaultCode
            var draft = EventDraft(
                type: ev.type, code: code, participants: ev.participants, place: ev.place, date: date,
                mentions: [mention])
            if draft.type == .meet && draft.code == "040", let p = draft.place, thirdLocation(draft, p) {
                draft.code = "044"
            }
            out.append((draft, ev.anaphoric))
        }
        return out
    }

    /// Whether the clause of trigger `t` speaks in the past: a past form of the trigger ("met",
    /// "visited"), a past auxiliary or verb around it ("had talks", "held a meeting", "the summit
    /// ended"), or a word in -ed before it.
    func pastEvidence(_ t: Int, _ r: Range<Int>) -> Bool {
        let tag = EventLexicon.triggers.tag(doc.tokens[t].hash)
        if tag >= 0 && tag & EventLexicon.past != 0 { return true }
        let c = clauseStart(t, r)
        let e = clauseEnd(t, r)
        for i in c..<max(c, e) where i != t && doc.tokens[i].kind == .word && tokenRef[i] < 0 && !att.insideQuote[i] {
            let h = doc.tokens[i].hash
            if Self.pastWords.contains(h) { return true }
            if EventLexicon.planning.contains(h) || EventLexicon.speculation.contains(h)
                || EventLexicon.denial.contains(h)
            {
                continue
            }
            if Vocab.reporting.contains(h) { continue }
            // A word in -ed in a verb's place, right after its subject ("Chirac opened talks"); not an
            // adjective ("Nakasone, beleaguered by turmoil, sets out").
            let tk = doc.tokens[i]
            if i < t, i > c, tk.length > 4, !tk.flags.contains(.capitalized),
                doc.bytes[Int(tk.end) - 2] == UInt8(ascii: "e"),
                doc.bytes[Int(tk.end) - 1] == UInt8(ascii: "d"),
                tokenRef[i - 1] >= 0 || att.pronouns[i - 1] != nil
                    || doc.tokens[i - 1].kind == .word && Self.pronounSubjects.contains(doc.tokens[i - 1].hash)
            {
                return true
            }
        }
        return false
    }

    /// Whether date `d` lies after the article's date `a`, as far as both say.
    static func after(_ d: PartialDate, _ a: PartialDate) -> Bool {
        guard let dy = d.year, let ay = a.year else { return false }
        if dy != ay { return dy > ay }
        guard let dm = d.month, let am = a.month else { return false }
        if dm != am { return dm > am }
        guard let dd = d.day, let ad = a.day else { return false }
        return dd > ad
    }

    static let pastWords = WordSet(
        """
        was were had did held paid made took began opened ended concluded wrapped went came started gave
        attended launched undertook renewed resumed completed lasted spent returned flew arrived met visited
        hosted received welcomed signed agreed discussed
        """)

    /// A meeting held where none of its participants belongs.
    func thirdLocation(_ e: EventDraft, _ place: Int32) -> Bool {
        let pc = ctx.entities[Int(place)].country
        guard pc >= 0 else { return false }
        for p in e.participants {
            let d = ctx.entities[Int(p.entity)]
            if d.country < 0 || d.country == pc { return false }
        }
        return true
    }

    /// "Russia: No plans for …": a headline that opens with a name and a colon is that name's claim.
    func headlineSource(_ r: Range<Int>) -> Int32? {
        var i = r.lowerBound
        while i < r.upperBound, i < r.lowerBound + 5 {
            if doc.tokens[i].kind == .punct && doc.tokens[i].hash == W.colon {
                return i > r.lowerBound ? tokenRef[i - 1] >= 0 ? tokenRef[i - 1] : nil : nil
            }
            i += 1
        }
        return nil
    }

    // MARK: time expressions

    /// Time expressions that date a report rather than an event: right after a reporting verb
    /// ("said Monday", "told reporters Wednesday") or after "since".
    func reportingTimes(_ times: [TimeExpression], _ r: Range<Int>) -> Set<Int> {
        var out = Set<Int>()
        for (k, e) in times.enumerated() {
            var b = e.start - 1
            if b >= r.lowerBound, doc.tokens[b].hash == W.on { b -= 1 }
            if b >= r.lowerBound, EventLexicon.reportObjects.contains(doc.tokens[b].hash) { b -= 1 }
            if b >= r.lowerBound, doc.tokens[b].kind == .word, Vocab.reporting.contains(doc.tokens[b].hash) {
                out.insert(k)
            }
            if e.start - 1 >= r.lowerBound, doc.tokens[e.start - 1].hash == EventLexicon.since { out.insert(k) }
            // "… said on Saturday." / "the Nikkei reported Wednesday"
            if e.end < r.upperBound, doc.tokens[e.end].kind == .word, Vocab.reporting.contains(doc.tokens[e.end].hash) {
                out.insert(k)
            }
            // "The Kremlin said Monday" with a name between: "TASS reported that on Wednesday Coats mentioned"
            if e.end < r.upperBound, let ref = Optional(tokenRef[e.end]), ref >= 0 {
                let after = Int(refEnd[e.end])
                if after < r.upperBound, doc.tokens[after].kind == .word,
                    Vocab.reporting.contains(doc.tokens[after].hash)
                {
                    out.insert(k)
                }
            }
        }
        return out
    }

    /// Whether the trigger is in the present progressive: "is visiting", "are holding talks",
    /// "is on a visit", "is in Beijing for talks" (a form of "be" in the present within a few
    /// words before it, nothing but modifiers between).
    func ongoing(_ t: Int, _ r: Range<Int>) -> Bool {
        var i = t - 1
        var steps = 0
        while i >= r.lowerBound, steps < 5 {
            let u = doc.tokens[i]
            if u.kind == .word && Self.presentBe.contains(u.hash) { return true }
            guard u.kind == .word || u.kind == .possessive else { return false }
            if Self.clauseWords.contains(u.hash) || Vocab.reporting.contains(u.hash) || u.hash == W.and { return false }
            i -= 1
            steps += 1
        }
        return false
    }
    static let presentBe = WordSet("is are am")

    /// Whether the trigger names an event already known: a definite or possessive noun phrase
    /// ("the summit", "Kim's visit", "their talks").
    func refersBack(_ t: Int, _ r: Range<Int>) -> Bool {
        for i in stride(from: t - 1, through: max(r.lowerBound, t - 3), by: -1) {
            let u = doc.tokens[i]
            if u.kind == .possessive || Self.definite.contains(u.hash) { return true }
            if u.kind != .word || u.flags.contains(.capitalized) == false && Self.prepositions.contains(u.hash) {
                return false
            }
        }
        return false
    }
    static let definite = WordSet("the this that these those his her their its our")

    /// Whether the noun at `object` is the object of the verb at `verb`: only a determiner and
    /// modifiers between them ("attend the annual Venice summit", "join their talks").
    func governs(_ verb: Int, _ object: Int, _ r: Range<Int>) -> Bool {
        guard object - verb >= 1, object - verb <= 5 else { return false }
        for i in (verb + 1)..<object {
            let u = doc.tokens[i]
            guard u.kind == .word || u.kind == .number || u.kind == .possessive else { return false }
            if Self.prepositions.contains(u.hash) || Self.clauseWords.contains(u.hash) || u.hash == W.and {
                return false
            }
        }
        return true
    }

    /// Nouns of occasions that take dates of their own ("the celebration on May 9").
    static let occasions = WordSet(
        "celebration celebrations ceremony anniversary parade forum conference election elections festival games "
            + "olympics event session congress convention rally exercise exercises drills talks")

    /// Gives each time expression to the trigger (or occasion noun) it dates: the nearest, counting
    /// a trigger before the expression ("met … on Monday") as three times closer than one after it,
    /// unless the expression opens the clause ("On Monday, …"). A trigger whose object is an
    /// occasion inherits the occasion's date ("attend the celebration next month").
    func assignTimes(
        _ times: [TimeExpression], excluding: Set<Int>, triggers: [Int], others: [Int], noInherit: Set<Int>,
        _ r: Range<Int>
    )
        -> [Int: [Int]]
    {
        // Occasions ("the celebration on May 9") and triggers that reported nothing ("the Group
        // of 20 summit held in Germany in July") hold the dates introduced right after them.
        var holders = others
        for i in r
        where doc.tokens[i].kind == .word && Self.occasions.contains(doc.tokens[i].hash) && !triggers.contains(i) {
            holders.append(i)
        }
        var out: [Int: [Int]] = [:]
        for (k, e) in times.enumerated() where !excluding.contains(k) {
            var best = -1
            var bestScore = Int.max
            let opensClause =
                e.start == r.lowerBound
                || (e.start > r.lowerBound && doc.tokens[e.start - 1].hash == W.on && e.start - 1 == r.lowerBound)
            let introduced =
                e.start > r.lowerBound && (doc.tokens[e.start - 1].hash == W.on || doc.tokens[e.start - 1].hash == W.in)
            // "… took months to secure after relations reached a low point in February": a date in a
            // clause that a subordinator opens after the trigger is that clause's.
            let ec = clauseStart(e.start, r)
            let subordinate = ec > r.lowerBound && Self.subordinators.contains(doc.tokens[ec].hash)
            for t in triggers + holders {
                let isHolder = !triggers.contains(t)
                if isHolder && (!introduced || t > e.start) { continue }
                if subordinate && t < ec { continue }
                let score: Int
                if t < e.start {
                    score = e.start - t
                } else {
                    score = opensClause ? t - e.end + 1 : (t - e.end) * 3 + 1
                }
                if score < bestScore {
                    bestScore = score
                    best = t
                }
            }
            guard best >= 0, bestScore <= 30 else { continue }
            out[best, default: []].append(k)
        }
        for t in triggers where out[t] == nil {
            // The occasion (or unreported meeting) a trigger governs lends its date: "met on the
            // sidelines of the Group of 20 summit held in Germany in July". An invitation takes
            // the date of the call it was made in, not of the event it invites to.
            let lenders = noInherit.contains(t) ? others : holders
            if let o = lenders.filter({ $0 > t && $0 - t <= 10 }).min(), let ks = out[o], clauseStart(o, r) <= t {
                out[t] = ks
            } else if let o = others.filter({ $0 < t && t - $0 <= 8 }).max(), let ks = out[o], clauseStart(t, r) <= o {
                // "leaves on Saturday on a 10-day trip", "begins on Tuesday a state visit": the verb
                // that reports nothing itself dates the noun it governs.
                out[t] = ks
            }
        }
        for t in out.keys { out[t]!.sort { abs(times[$0].start - t) < abs(times[$1].start - t) } }
        return out
    }

    // MARK: frames

    struct LocalEvent {
        var type: EventType
        var code: String?
        var participants: [(entity: Int32, role: String)]
        var place: Int32?
        var status: EventStatus
        var trigger: Int
        var anaphoric = false
        var plural = false
        /// A token inside the time expression that dates this event, when the frame decided it.
        var dateIndex: Int? = nil
        /// Whether an occasion's date passes to it (not for an invitation to an event).
        var inheritsDates = true
    }

    /// Triggers whose frame needs a word the sentence lacks near them ("left" without "for", "talk"
    /// without "with" or "to"): no event, decided before any other work.
    func quickReject(_ frame: EventLexicon.Frame, at t: Int, _ r: Range<Int>) -> Bool {
        func near(_ words: [UInt64], _ reach: Int) -> Bool {
            var k = t + 1
            while k < min(r.upperBound, t + 1 + reach) {
                let h = doc.tokens[k].hash
                for w in words where h == w { return true }
                k += 1
            }
            return false
        }
        switch frame {
        case .depart: return !near([W.for], 3)
        case .talk:
            // ("for talk on …": the noun, which needs no partner word.)
            let noun = t > r.lowerBound && (Self.prepositions.contains(doc.tokens[t - 1].hash) || nounContext(t))
            return !noun && !near([W.with, W.to], 4)
        case .discuss: return !near([W.with, W.between, W.among], 12)
        default: return false
        }
    }

    func build(
        _ frame: EventLexicon.Frame, tag: Int32, at t: Int, sentence s: Int, range r: Range<Int>, prior: [EventDraft],
        localSoFar: [LocalEvent], times: [TimeExpression]
    ) -> [LocalEvent] {
        // A trigger inside a name ("Group of 20 summit" is not; "Summit Hotel" is) is not one.
        if tokenRef[t] >= 0 || ctx.furniture.contains(t) { return [] }
        // "meeting rooms", "summit venue": a modifier of another noun.
        if t + 1 < r.upperBound, tag & EventLexicon.noun != 0 || tag & EventLexicon.ing != 0,
            Self.modifiedNouns.contains(doc.tokens[t + 1].hash)
        {
            return []
        }
        // In a sports story "Joshua meets Wallin in the main event" is a bout.
        if sports && (frame == .meet || frame == .meetNoun || frame == .negotiate) { return [] }
        // "the visiting delegation", "visiting Ukraine officials", "Jordan's visiting King Abdullah":
        // who visits, but not where to.
        if frame == .visit, tag & EventLexicon.ing != 0, t + 1 < r.upperBound {
            let n1 = doc.tokens[t + 1]
            let n2 = t + 2 < r.upperBound ? doc.tokens[t + 2] : n1
            if EventLexicon.collective.contains(n1.hash)
                || EventLexicon.collective.contains(n2.hash) && tokenRef[t + 1] >= 0
                || tokenRef[t + 1] >= 0 && kind(tokenRef[t + 1]) == .person
            {
                return []
            }
        }
        var frame = frame
        // A past form is a verb whatever stands before it ("The couple spoke with …").
        var isNoun = tag & EventLexicon.noun != 0 || tag & EventLexicon.past == 0 && nounContext(t)
        // "X talks to Y", "X meets with Y": the plural noun's form is also a verb.
        if frame == .meetNoun, t + 1 < r.upperBound, doc.tokens[t + 1].hash == W.to || doc.tokens[t + 1].hash == W.with,
            !nounContext(t), t > r.lowerBound, tokenRef[t - 1] >= 0 || doc.tokens[t - 1].hash == W.rparen
        {
            frame = .talk
            isNoun = false
        }
        // "return to Geneva for talk on …": the singular noun after a preposition or determiner.
        if frame == .talk, tag & EventLexicon.past == 0, t > r.lowerBound,
            nounContext(t) || Self.prepositions.contains(doc.tokens[t - 1].hash)
        {
            frame = .meetNoun
            isNoun = true
        }
        // "are meeting with": the verb.
        if tag & EventLexicon.ing != 0, t > r.lowerBound, Self.beForms.contains(doc.tokens[t - 1].hash) {
            isNoun = false
        }
        let plural = tag & EventLexicon.plural != 0 && isNoun
        let status = self.status(at: t, isNoun: isNoun, sentence: s, range: r, times: times)
        switch frame {
        case .meet, .meetNoun, .negotiate, .phone, .host, .talk, .mediate, .welcome, .discuss:
            return meetEvents(frame, at: t, isNoun: isNoun, plural: plural, status: status, range: r, prior: prior)
        case .visit, .trip, .travel, .arrive, .attend, .send, .depart:
            return visitEvents(frame, at: t, isNoun: isNoun, status: status, range: r, localSoFar: localSoFar)
        case .invite:
            return inviteEvents(at: t, isNoun: isNoun, status: status, range: r)
        case .speech:
            return speechEvents(at: t, isNoun: isNoun, status: status, range: r)
        }
    }

    /// "meeting", "talks" used as nouns: after a determiner, a possessive, an adjective or a pair.
    func nounContext(_ t: Int) -> Bool {
        guard t > 0 else { return false }
        if pairs[t - 1] != nil { return true }
        // A determiner or possessive, over up to two adjectives ("a televised address").
        var k = t - 1
        while k >= 0, k >= t - 3 {
            let b = doc.tokens[k]
            if b.kind == .possessive { return true }
            // "Rubio's Riyadh talks": a place naming the occasion between.
            if tokenRef[k] >= 0, kind(tokenRef[k]) == .place {
                k -= 1
                continue
            }
            guard b.kind == .word, tokenRef[k] < 0 else { return false }
            if b.hash == W.the || b.hash == W.a || b.hash == W.an || b.hash == W.their || b.hash == W.his
                || b.hash == W.her
                || Self.quantifiers.contains(b.hash)
            {
                return true
            }
            if Self.clauseWords.contains(b.hash) || Self.prepositions.contains(b.hash)
                || EventLexicon.planning.contains(b.hash)
                || EventLexicon.speculation.contains(b.hash) || EventLexicon.denial.contains(b.hash) || b.hash == W.to
            {
                return false
            }
            k -= 1
        }
        return false
    }

    static let asWord = TextHash.folded("as")
    static let would = TextHash.folded("would")
    static let tellingVerbs = WordSet(
        "disclose disclosed reveal comment confirm say specify elaborate describe identify detail name")
    static let conditionals = WordSet("if unless provided")
    /// After "as", a noun phrase: "as the guests of", "as part of" ("as" is then no clause word).
    static let determinerLike = WordSet("the a an part his her their its well")
    static let subordinators = WordSet("after before because since although though whereas unless until once while")
    static let clauseWords = WordSet(
        "that when while because although though whereas if unless before after since where which who whom but as until once"
    )
    static let relative = WordSet("who which")
    static let prepositions = WordSet(
        "in at to from near of on for by into with about between among including against after before over under during amid"
    )

    /// Where the clause holding token `t` starts (the boundary token itself, or the sentence start).
    func clauseStart(_ t: Int, _ r: Range<Int>) -> Int {
        var i = t - 1
        while i >= r.lowerBound {
            let u = doc.tokens[i]
            if u.kind == .punct && (u.hash == W.semicolon || u.hash == W.colon) { return i + 1 }
            // A short quoted fragment inside the clause ("would “pave the way” for talks") is no
            // boundary; a quotation is.
            if u.kind == .closeQuote || u.kind == .closeSingle,
                let open = (max(r.lowerBound, i - 7)..<i).last(where: {
                    doc.tokens[$0].kind == .openQuote || doc.tokens[$0].kind == .openSingle
                }), open > r.lowerBound, doc.tokens[open - 1].kind == .word
            {
                i = open - 1
                continue
            }
            if u.kind == .dash || u.kind == .openQuote || u.kind == .closeQuote { return i + 1 }
            if u.kind == .word && Self.clauseWords.contains(u.hash) && tokenRef[i] < 0
                && !(u.hash == Self.asWord && i + 1 < t && Self.determinerLike.contains(doc.tokens[i + 1].hash))
            {
                return i
            }
            // "Okonogi said Kim is … likely to meet Putin": what is said is a clause of its own.
            if u.kind == .word && Vocab.reporting.contains(u.hash) && !att.insideQuote[i] && i + 1 < t,
                doc.tokens[i + 1].kind == .word, !Self.prepositions.contains(doc.tokens[i + 1].hash)
            {
                return i + 1
            }
            i -= 1
        }
        return r.lowerBound
    }

    /// Where the clause holding trigger `t` ends: before the next clause word, semicolon, dash or
    /// trigger, at most 14 tokens on.
    func clauseEnd(_ t: Int, _ r: Range<Int>) -> Int {
        var i = t + 1
        while i < r.upperBound, i < t + 14 {
            let u = doc.tokens[i]
            if u.kind == .punct && (u.hash == W.semicolon || u.hash == W.colon) { return i }
            if u.kind == .dash || u.kind == .openQuote || u.kind == .closeQuote { return i }
            if u.kind == .word && tokenRef[i] < 0
                && (Self.clauseWords.contains(u.hash) || EventLexicon.triggers.contains(u.hash))
            {
                return i
            }
            if u.kind == .punct && u.hash == W.comma && i + 1 < r.upperBound && doc.tokens[i + 1].kind == .word
                && (Self.clauseWords.contains(doc.tokens[i + 1].hash)
                    || Self.participleOpeners.contains(doc.tokens[i + 1].hash)
                    || doc.tokens[i + 1].hash == Self.could || doc.tokens[i + 1].hash == W.and)
            {
                return i
            }
            i += 1
        }
        return i
    }

    static let could = TextHash.folded("could")
    static let here = TextHash.folded("here")
    static let visitingWord = TextHash.folded("visiting")
    static let callNouns = WordSet("call calls")
    static let satisfyNouns = WordSet(
        """
        demand demands obligation obligations target targets goal goals deadline deadlines need needs requirement
        requirements criteria criterion standard standards expectations expectation objections objection criticism
        resistance approval success skepticism scepticism disapproval protests challenge challenges costs
        payments quota quotas commitments
        """)
    static let speechWord = TextHash.folded("speech")
    static let speechesWord = TextHash.folded("speeches")
    static let addressPrepositions = WordSet("to at before on")
    /// Nouns that make a trigger before them a modifier ("meeting room", "summit venue").
    static let modifiedNouns = WordSet(
        "room rooms hall halls space spaces venue venues point points schedule minutes notes agenda group groups team "
            + "teams position positions process committee body bodies partner partners stance tactics skills strategy "
            + "cable cables line lines number numbers network networks service services company companies bill bills booth"
    )
    /// Words of a sports story; where they are dense, "X meets Y" is a bout, not a meeting.
    static let sportsWords = WordSet(
        """
        bout bouts fight fights fighter fighters knockout knockouts boxer boxers boxing heavyweight middleweight
        welterweight featherweight lightweight cruiserweight rematch undercard inning innings pitcher pitchers
        quarterback touchdown touchdowns striker strikers midfielder playoffs playoff halftime overtime rookie
        homer homers batting wicket wickets rugby tennis golf nfl nba mlb nhl semifinal semifinals quarterfinal
        """)
    static let meetAdverbs = WordSet(
        "last first again twice yesterday today tonight privately secretly briefly separately face-to-face soon recently earlier later"
    )
    static let over = TextHash.folded("over")
    static let stopForms = WordSet("stop stops stopped stopping")
    static let nounAmbiguous = WordSet("land lands stop stops landing")
    static let departAdverbs = WordSet("today yesterday tomorrow tonight early late later again abruptly suddenly")
    /// Words between "talk"/"spoke" and its "with": "by phone", "on the telephone", "directly".
    static let callWords = WordSet(
        "by on over the phone telephone directly separately privately briefly again also later")
    static let sentPeople = WordSet(
        "envoy envoys delegation team minister ministers official officials representative representatives troops "
            + "diplomat diplomats negotiator negotiators mission missions emissary observers")
    static let later = TextHash.folded("later")
    static let beForms = WordSet("was were been being is are be")
    static let pairNouns = WordSet("couple pair duo")
    /// "met with each other", "spoke to one another".
    static let reciprocals = WordSet("each one")
    /// Words before a plural noun that make it one ("several visits to Chile").
    static let quantifiers = WordSet("several many few numerous frequent repeated two three four five")
    static let them = TextHash.folded("them")
    static let receiveForms = WordSet("receive receives received receiving")
    /// Plurals that name one process, not several events ("talks with X and Y").
    static let massPlurals = WordSet("talks negotiations discussions consultations")
    static let memberNouns = WordSet("members officials leaders representatives delegates lawmakers staff")
    static let peopleNouns = WordSet("leaders men women presidents ministers heads sides officials premiers chiefs")
    static let thingNouns = WordSet("countries nations states sides governments koreas parties companies groups")
    static let phone = TextHash.folded("phone")
    static let telephone = TextHash.folded("telephone")

    /// The references (entity, token) of the range, skipping tokens covered by the same one.
    func refs(_ a: Int, _ b: Int) -> [(Int32, Int)] {
        var out: [(Int32, Int)] = []
        var i = a
        while i < b {
            if tokenRef[i] >= 0 {
                out.append((tokenRef[i], i))
                i = max(i + 1, Int(refEnd[i]))
                continue
            }
            i += 1
        }
        return out
    }

    /// The subject of the clause holding trigger `t`: its first reference not governed by a
    /// preposition; for a relative clause, what "who" refers to; for "while addressing …", the
    /// main clause's subject.
    func subject(of t: Int, _ r: Range<Int>) -> [Int32] {
        let c = clauseStart(t, r)
        if c > r.lowerBound, doc.tokens[c].kind == .word, Self.relative.contains(doc.tokens[c].hash) {
            var b = c - 1
            if b >= r.lowerBound, doc.tokens[b].hash == W.comma { b -= 1 }
            if b >= r.lowerBound, tokenRef[b] >= 0 { return [tokenRef[b]] }
        }
        let found = coordinatedSubject(c, t)
        if !found.isEmpty { return found }
        // "for X and Y to meet"
        if t - 1 > c, doc.tokens[t - 1].hash == W.to {
            var b = t - 2
            var got: [Int32] = []
            while b >= c {
                if tokenRef[b] >= 0 {
                    if !got.contains(tokenRef[b]) { got.insert(tokenRef[b], at: 0) }
                } else if doc.tokens[b].hash != W.and && doc.tokens[b].hash != W.comma {
                    break
                }
                b -= 1
            }
            // (Only after "for": "an invitation from the Ministry to visit" is no subject.)
            if !got.isEmpty, b >= c, doc.tokens[b].hash == W.for { return got }
        }
        // "Putin said while addressing …", "… when asked": a participle's subject is the main clause's.
        if c > r.lowerBound, doc.tokens[c].kind == .word, Self.participleOpeners.contains(doc.tokens[c].hash),
            c + 1 == t || isParticiple(c + 1)
        {
            let main = coordinatedSubject(r.lowerBound, c)
            if !main.isEmpty { return [main[0]] }
        }
        return []
    }

    static let groupNouns = WordSet(
        "group groups delegation delegations team teams members member number representatives leaders head heads "
            + "negotiators officials diplomats delegates envoys ministers mediators")
    static let participleOpeners = WordSet("while when after before as since by upon")
    static let during = TextHash.folded("during")
    static let when = TextHash.folded("when")

    /// A word ending in -ing or -ed.
    func isParticiple(_ i: Int) -> Bool {
        let t = doc.tokens[i]
        guard t.kind == .word, t.length > 4 else { return false }
        let e = Int(t.end)
        let b = doc.bytes
        return (b[e - 3] == UInt8(ascii: "i") && b[e - 2] == UInt8(ascii: "n") && b[e - 1] == UInt8(ascii: "g"))
            || (b[e - 2] == UInt8(ascii: "e") && b[e - 1] == UInt8(ascii: "d"))
    }

    /// The first references of `[a, b)` not after a preposition, with those joined to it by "and".
    func coordinatedSubject(_ a: Int, _ b: Int) -> [Int32] {
        let rs = refs(a, b)
        var skippedUntil = -1
        for (k, (e, i)) in rs.enumerated() {
            // The rest of a list begun after a preposition ("in Bangladesh, Bhutan and Nepal").
            // ("In Hong Kong, Baldrige will …": a comma closes an opening phrase; the list goes on only
            // with "and" or another comma after the next name.)
            if skippedUntil >= 0,
                (skippedUntil..<i).allSatisfy({ doc.tokens[$0].hash == W.comma || doc.tokens[$0].hash == W.and })
            {
                let n = Int(refEnd[i])
                let listed =
                    (skippedUntil..<i).contains { doc.tokens[$0].hash == W.and }
                    || n < b && (doc.tokens[n].hash == W.comma || doc.tokens[n].hash == W.and)
                if listed {
                    skippedUntil = n
                    continue
                }
            }
            if i > a {
                // The word before the phrase: over "the" and a modifier ("from the Chilean Ministry").
                var pi = i - 1
                while pi > a, pi >= i - 3, doc.tokens[pi].kind == .word, tokenRef[pi] < 0,
                    doc.tokens[pi].hash == W.the || doc.tokens[pi].hash == W.a || doc.tokens[pi].hash == W.an
                        || doc.tokens[pi].flags.contains(.capitalized) && pi < i - 1
                {
                    pi -= 1
                }
                let p = doc.tokens[Self.prepositions.contains(doc.tokens[pi].hash) ? pi : i - 1]
                let sentenceInitialWith = p.hash == W.with && i - 1 == a
                // "a group of Moroccan diplomats", "members of the Saudi delegation" are still the subject.
                let groupOf =
                    (p.hash == W.of || p.hash == W.from) && i >= 2
                    && (Self.groupNouns.contains(doc.tokens[i - 2].hash)
                        || (i >= 3 && doc.tokens[i - 2].hash == W.the
                            && Self.groupNouns.contains(doc.tokens[i - 3].hash)))
                if p.kind == .word && Self.prepositions.contains(p.hash) && !sentenceInitialWith && !groupOf {
                    skippedUntil = Int(refEnd[i])
                    continue
                }
                if p.kind == .word && p.hash == W.to && i >= 2 && doc.tokens[i - 2].hash == W.according { continue }
                // "… to visit Norway": the object of an infinitive.
                if p.kind == .word, !p.flags.contains(.capitalized), i >= 2, doc.tokens[i - 2].hash == W.to { continue }
            }
            // "Hamas' most senior leader, Ismail Haniyeh, traveled": the apposition; "Jordan's
            // visiting King Abdullah II": the name after the possessor; "Romania's government": the
            // possessor, whose body it is.
            let after = Int(refEnd[i])
            if after < b, doc.tokens[after].kind == .possessive {
                var k2 = after + 1
                while k2 < min(b, after + 5), doc.tokens[k2].kind == .word, tokenRef[k2] < 0 { k2 += 1 }
                if k2 < b, doc.tokens[k2].kind == .punct, doc.tokens[k2].hash == W.comma, k2 + 1 < b,
                    tokenRef[k2 + 1] >= 0,
                    kind(tokenRef[k2 + 1]) == .person
                {
                    return [tokenRef[k2 + 1]]
                }
                let head = k2 - 1
                if !(head > after && EventLexicon.collective.contains(doc.tokens[head].hash)) { continue }
            }
            // Places are where, not who — unless a capital stands for its government ("Washington
            // and the Taliban had been holding talks").
            var e = e
            if kind(e) == .place {
                guard let c = capitalsCountry(e) else { continue }
                e = c
            }
            var out = [e]
            var j = k + 1
            var end = Int(refEnd[i])
            while j < rs.count {
                let (e2, i2) = rs[j]
                let between = (end..<i2).map { doc.tokens[$0].hash }
                if between == [W.and] || between == [W.comma] || between == [W.comma, W.and] {
                    let e2 = kind(e2) == .place ? capitalsCountry(e2) ?? e2 : e2
                    if !out.contains(e2) { out.append(e2) }
                    end = Int(refEnd[i2])
                    j += 1
                } else {
                    break
                }
            }
            return out
        }
        return []
    }

    /// The article's country whose capital place `e` is, if the article names it.
    func capitalsCountry(_ e: Int32) -> Int32? {
        let d = ctx.entities[Int(e)]
        guard d.kind == .place, d.gaz >= 0, d.country >= 0, gaz.entries[Int(d.country)].capital == d.gaz else {
            return nil
        }
        return countryEntity(d.country)
    }

    /// References right after `from`, joined by commas and "and" ("with X and Y", "between X and Y",
    /// "including Park and Kim"), skipping a few words before the first ("the leaders of X and Y").
    func coordinated(after from: Int, _ r: Range<Int>, maxSkip: Int = 4, crossPrepositions: Bool = true) -> [(
        Int32, Int
    )] {
        var i = from
        var skipped = 0
        while i < r.upperBound, tokenRef[i] < 0, pairs[i] == nil {
            let u = doc.tokens[i]
            if u.kind == .punct && u.hash != W.comma { return [] }
            if !crossPrepositions && u.kind == .word && Self.prepositions.contains(u.hash) { return [] }
            // ("met visiting Laotian Prime Minister X": the participle describes the one met.)
            if u.kind == .word && EventLexicon.triggers.contains(u.hash) && !(Self.visitingWord == u.hash && i == from)
            {
                return []
            }
            if u.kind == .word && Self.clauseWords.contains(u.hash) { return [] }
            skipped += 1
            if skipped > maxSkip { return [] }
            i += 1
        }
        var out: [(Int32, Int)] = []
        // Items joined by a comma alone count only once an "and"/"or" closes the list ("X, Y and
        // Z"); "with Putin, the Nikkei reported" is not a list.
        var confirmed = 0
        var sawComma = false
        while i < r.upperBound {
            if let ps = pairs[i] {
                for p in ps where !out.contains(where: { $0.0 == p }) { out.append((p, i)) }
                i += 1
            } else if tokenRef[i] >= 0 {
                let next = max(i + 1, Int(refEnd[i]))
                // A possessor is not an item: "Russia's Putin" names Putin; "Reagan's statement" no one.
                if next < r.upperBound, doc.tokens[next].kind == .possessive {
                    // … unless what it owns is a body that stands for it ("Romania's new government").
                    var k = next + 1
                    while k < min(r.upperBound, next + 4), doc.tokens[k].kind == .word, tokenRef[k] < 0,
                        !EventLexicon.collective.contains(doc.tokens[k].hash)
                    {
                        k += 1
                    }
                    if k < r.upperBound, doc.tokens[k].kind == .word,
                        EventLexicon.collective.contains(doc.tokens[k].hash)
                    {
                        if !out.contains(where: { $0.0 == tokenRef[i] }) { out.append((tokenRef[i], i)) }
                        i = k + 1
                        if !sawComma { confirmed = out.count }
                        break
                    }
                    i = next + 1
                    if i < r.upperBound, tokenRef[i] >= 0 || pairs[i] != nil { continue }
                    break
                }
                if !out.contains(where: { $0.0 == tokenRef[i] }) { out.append((tokenRef[i], i)) }
                i = next
                // "the Senate Agriculture members and …": the body's people, then the list goes on.
                var k = i
                if k < r.upperBound, doc.tokens[k].kind == .word, tokenRef[k] < 0,
                    doc.tokens[k].flags.contains(.capitalized)
                {
                    k += 1
                }
                if k < r.upperBound, doc.tokens[k].kind == .word, Self.memberNouns.contains(doc.tokens[k].hash) {
                    i = k + 1
                }
            } else {
                break
            }
            // Joiners: ", " "and" ", and" "or"
            if !sawComma { confirmed = out.count }
            var j = i
            var joined = false
            while j < r.upperBound, j < i + 3 {
                let u = doc.tokens[j]
                if u.kind == .word && (u.hash == W.and || u.hash == W.or) {
                    joined = true
                    sawComma = false
                    j += 1
                    continue
                }
                if u.kind == .punct && u.hash == W.comma {
                    joined = true
                    sawComma = true
                    j += 1
                    continue
                }
                // Words between a joiner and the next name ("and United States President Donald Trump"
                // is one reference; "and the" is skipped; "and Trade and Industry Secretary Eric Ho").
                if joined && u.kind == .word && (u.hash == W.the) {
                    j += 1
                    continue
                }
                if joined, u.kind == .word, u.flags.contains(.capitalized), tokenRef[j] < 0,
                    let k = (j + 1..<min(r.upperBound, j + 5)).first(where: {
                        tokenRef[$0] >= 0
                            || !(doc.tokens[$0].flags.contains(.capitalized) || doc.tokens[$0].hash == W.and
                                || doc.tokens[$0].hash == W.of)
                    }), tokenRef[k] >= 0, kind(tokenRef[k]) == .person
                {
                    j = k
                    break
                }
                break
            }
            if joined, j < r.upperBound, tokenRef[j] >= 0 || pairs[j] != nil {
                i = j
                continue
            }
            break
        }
        if sawComma { out = Array(out.prefix(max(confirmed, 1))) }
        return out
    }

    /// A place after "in"/"at" in `[a, b)`: the most specific named place first.
    func placeIn(_ a: Int, _ b: Int) -> (Int32, Int)? {
        var best: (Int32, Int)? = nil
        var i = a
        while i < b {
            let u = doc.tokens[i]
            if u.kind == .word && (u.hash == W.in || u.hash == W.at) {
                // "in the Russian city of Vladivostok": look a few words on.
                var j = i + 1
                var steps = 0
                while j < b, steps < 6 {
                    if tokenRef[j] >= 0 {
                        let e = tokenRef[j]
                        if isLocation(e)
                            || kind(e) == .organization && ctx.entities[Int(e)].gaz >= 0
                                && ["gov", "seat", "igo"].contains(
                                    gaz.entries[Int(ctx.entities[Int(e)].gaz)].orgType ?? "")
                        {
                            if best == nil || specificity(e) > specificity(best!.0) { best = (e, j) }
                        }
                        j = max(j + 1, Int(refEnd[j]))
                        // "the Russian city of Vladivostok", "the Black Sea resort of Sochi"
                        var k = j
                        while k < b, k < j + 2, doc.tokens[k].kind == .word, tokenRef[k] < 0,
                            doc.tokens[k].hash != W.of,
                            !doc.tokens[k].flags.contains(.capitalized)
                        {
                            k += 1
                        }
                        if k < b, doc.tokens[k].hash == W.of {
                            j = k + 1
                            steps += 1
                            continue
                        }
                        break
                    }
                    if doc.tokens[j].kind != .word { break }
                    j += 1
                    steps += 1
                }
                i = j
                continue
            }
            i += 1
        }
        return best
    }

    /// How precisely a place names where: a known city over a region or country, a country over
    /// a building or body; for "the Black Sea resort of Sochi", Sochi.
    func specificity(_ e: Int32) -> Int {
        let d = ctx.entities[Int(e)]
        switch d.kind {
        case .place:
            if d.gaz >= 0 { return gaz.entries[Int(d.gaz)].orgType == "region" ? 2 : 4 }
            return 3
        case .country: return 2
        default: return 1
        }
    }

    /// The place "to X" names after the trigger: a place or country, "his country", "the country",
    /// or the country of a person visited.
    func destination(after t: Int, _ r: Range<Int>, maxGap: Int = 6) -> Int32? {
        var i = t + 1
        var steps = 0
        while i < r.upperBound, steps < maxGap {
            let u = doc.tokens[i]
            if u.kind == .word && u.hash == W.to {
                return placeRef(i + 1, r)
            }
            if u.kind != .word { return nil }
            if Self.clauseWords.contains(u.hash) { return nil }
            i += 1
            steps += 1
        }
        return nil
    }

    static let country = TextHash.folded("country")
    static let nation = TextHash.folded("nation")

    /// The place named at `i` ("Russia", "Moscow", "his country", "the country").
    func placeRef(_ i: Int, _ r: Range<Int>) -> Int32? {
        guard i < r.upperBound else { return nil }
        if doc.tokens[i].hash == Self.here, tokenRef[i] < 0 { return datelinePlace }
        // "to the U.S.", "to the Ivory Coast"
        if doc.tokens[i].hash == W.the, i + 1 < r.upperBound, tokenRef[i + 1] >= 0, isLocation(tokenRef[i + 1]) {
            return tokenRef[i + 1]
        }
        if tokenRef[i] >= 0 {
            let e = tokenRef[i]
            if isLocation(e) { return e }
            return nil
        }
        // "his country", "the country", "the North"
        if i + 1 < r.upperBound, doc.tokens[i + 1].hash == Self.country || doc.tokens[i + 1].hash == Self.nation {
            let d = doc.tokens[i]
            if let owner = att.pronouns[i] {
                let c = ctx.entities[Int(owner)].country
                if c >= 0 { return countryEntity(c) }
            }
            if d.hash == W.the {
                // The country last named before.
                var k = i - 1
                while k >= 0 {
                    if tokenRef[k] >= 0 && kind(tokenRef[k]) == .country { return tokenRef[k] }
                    k -= 1
                }
            }
        }
        return nil
    }

    /// The article's entity for a gazetteer country, if the article names it.
    func countryEntity(_ g: Int32) -> Int32? {
        ctx.entities.firstIndex { $0.gaz == g && $0.kind == .country }.map { Int32($0) }
    }

    /// The possessor right before a noun trigger, over modifiers ("Kim's possible visit",
    /// "his three-day state visit", "Putin's letter of invitation").
    func possessor(of t: Int, _ r: Range<Int>) -> Int32? {
        var i = t - 1
        var steps = 0
        while i >= r.lowerBound, steps < 5 {
            let u = doc.tokens[i]
            if u.kind == .possessive {
                return i > r.lowerBound && tokenRef[i - 1] >= 0 ? tokenRef[i - 1] : nil
            }
            if u.kind == .word, let p = att.pronouns[i], u.hash == W.his || u.hash == W.her { return p }
            if u.kind == .word && (u.hash == W.the || u.hash == W.a || u.hash == W.an) { return nil }
            if u.kind != .word && u.kind != .number { return nil }
            if tokenRef[i] >= 0 && doc.tokens[i].kind == .word && kind(tokenRef[i]) != .country
                && kind(tokenRef[i]) != .place
            {
                return nil
            }
            i -= 1
            steps += 1
        }
        return nil
    }

    /// Plural anaphora: "the two", "they", "their", "both" → the participants of the last meeting,
    /// else the last two people named.
    func pluralRef(_ t: Int, _ r: Range<Int>, prior: [EventDraft]) -> [Int32]? {
        let c = clauseStart(t, r)
        var i = c
        while i < t {
            let u = doc.tokens[i]
            // "the two" alone or before a word for people ("the two leaders"), not "the two Koreas".
            let twoPeople =
                (u.hash == W.two || Self.pairNouns.contains(u.hash) && i > c && doc.tokens[i - 1].hash == W.the)
                && (i + 1 >= t || Self.peopleNouns.contains(doc.tokens[i + 1].hash) || Self.pairNouns.contains(u.hash)
                    || !doc.tokens[i + 1].flags.contains(.capitalized) && tokenRef[i + 1] < 0
                        && !EventLexicon.collective.contains(doc.tokens[i + 1].hash) && doc.tokens[i + 1].kind == .word
                        && !Self.thingNouns.contains(doc.tokens[i + 1].hash))
            if u.kind == .word && Self.pairNouns.contains(u.hash) && twoPeople {
                let people = lastPeople(2, before: i, excluding: [])
                if !people.isEmpty { return people }
            }
            // "Afghan rebel leaders said on Wednesday they would meet …": the speakers.
            if u.kind == .word, u.hash == W.they,
                let v = (max(r.lowerBound, i - 4)..<i).last(where: {
                    doc.tokens[$0].kind == .word && Vocab.reporting.contains(doc.tokens[$0].hash)
                })
            {
                // ("Both sides said they …", "Officials said they …": unnamed, not the last two people.)
                if let sp = att.speaker(ofVerb: v), kind(sp) != .person { return [sp] }
                return nil
            }
            // "Reagan's invitation to Gorbachev …, made at their first summit": two people named
            // before in the sentence.
            if u.kind == .word, u.hash == W.their {
                let people = lastPeople(2, before: i, excluding: []).filter {
                    doc.sentenceOf[firstRef($0, before: i)] == doc.sentenceOf[i]
                }
                if people.count == 2 { return people }
            }
            // "Both sides said …": sides, countries or parties are not the last two people.
            if u.hash == W.both, i + 1 < t, Self.thingNouns.contains(doc.tokens[i + 1].hash) { return nil }
            if u.kind == .word && (u.hash == W.they || u.hash == W.their || u.hash == W.both || twoPeople) {
                // The meeting reported last (not the last one first reported) …
                let meets = prior.filter { $0.type == .meet && $0.entitySet.count >= 2 }
                if let last = meets.max(by: { lastReport($0) < lastReport($1) }) {
                    return last.participants.map(\.entity)
                }
                // … else the last two people named ("Biden and Xi agreed … after the two leaders met").
                var people: [Int32] = []
                var k = t - 1
                while k >= 0, people.count < 2 {
                    if tokenRef[k] >= 0, kind(tokenRef[k]) == .person, !people.contains(tokenRef[k]) {
                        people.append(tokenRef[k])
                    }
                    k -= 1
                }
                return people.count == 2 ? people.reversed() : nil
            }
            if tokenRef[i] >= 0 { return nil }
            i += 1
        }
        return nil
    }

    func meetEvents(
        _ frame: EventLexicon.Frame, at t: Int, isNoun: Bool, plural: Bool, status: EventStatus, range r: Range<Int>,
        prior: [EventDraft]
    ) -> [LocalEvent] {
        var code: String? = nil
        switch frame {
        case .phone: code = "041"
        case .negotiate: code = "046"
        case .host: code = "043"
        case .mediate: code = "045"
        case .welcome: code = "043"
        case .discuss: if Self.callNouns.contains(doc.tokens[t].hash) { code = "041" }
        default: break
        }
        let c = clauseStart(t, r)
        // "spoke by phone with", "held talks by telephone": a call.
        if frame == .talk || frame == .meetNoun,
            (t + 1..<min(r.upperBound, t + 4)).contains(where: {
                doc.tokens[$0].hash == Self.phone || doc.tokens[$0].hash == Self.telephone
            })
        {
            code = "041"
        }
        var withPartners: [(Int32, Int)] = []
        var between: [(Int32, Int)] = []
        var pairParts: [[Int32]] = []
        // Partners: "with X", "between X and Y", "to X" (talk to).
        var j = t + 1
        if frame == .talk {
            // "spoke with X", "talked by phone with X", "spoke to X"
            var k = j
            while k < min(r.upperBound, t + 4), doc.tokens[k].kind == .word, tokenRef[k] < 0,
                doc.tokens[k].hash != W.with && doc.tokens[k].hash != W.to, Self.callWords.contains(doc.tokens[k].hash)
            {
                k += 1
            }
            guard k < r.upperBound, doc.tokens[k].hash == W.with || doc.tokens[k].hash == W.to else { return [] }
            j = k
        }
        // "hold talks with", "met with", "summit with his Russian counterpart X", and past an
        // adjunct of time, place or length ("met for more than an hour with X", "hold meetings on
        // April 27 with X", "talks in Moscow with X"); "between" further on for a noun ("the talks
        // will be in Washington next Wednesday between X and Y").
        var steps = 0
        let reach = frame == .discuss ? 10 : isNoun ? 16 : 8
        while j < r.upperBound, steps < reach {
            let u = doc.tokens[j]
            if u.hash == W.with || (frame == .talk && u.hash == W.to) {
                if steps < 8 { withPartners = coordinated(after: j + 1, r) }
                break
            }
            if u.hash == W.between || u.hash == W.among {
                between = coordinated(after: j + 1, r)
                // "between the two neighbours", "between both sides": the last two actors named.
                if between.isEmpty, j + 2 < r.upperBound,
                    doc.tokens[j + 1].hash == W.both
                        || doc.tokens[j + 1].hash == W.the && doc.tokens[j + 2].hash == W.two
                {
                    between = lastActors(2, before: j, r)
                }
                break
            }
            if tokenRef[j] >= 0 {
                // A place after "in"/"at" ("talks in Moscow with"), or what is discussed ("discussed
                // Argentina's economy with"), is passed over; anyone else is the object.
                let e = tokenRef[j]
                let placed =
                    isLocation(e) && j > t + 1 && (doc.tokens[j - 1].hash == W.in || doc.tokens[j - 1].hash == W.at)
                let owned = Int(refEnd[j]) < r.upperBound && doc.tokens[Int(refEnd[j])].kind == .possessive
                guard placed || frame == .discuss && (owned || kind(e) != .person) else { break }
                j = max(j + 1, Int(refEnd[j]))
                steps += 1
                continue
            }
            if u.kind == .possessive || u.kind == .number {
                j += 1
                steps += 1
                continue
            }
            if u.kind != .word { break }
            // A noun compound goes on ("a mediation mission between", "summit meeting with").
            let compound = j == t + 1 && EventLexicon.triggers.tag(u.hash) & EventLexicon.noun != 0
            if Self.clauseWords.contains(u.hash) || EventLexicon.triggers.contains(u.hash) && !compound
                || Vocab.reporting.contains(u.hash) || u.hash == W.and || u.hash == W.or
            {
                break
            }
            j += 1
            steps += 1
        }
        // Those met with are people, countries or bodies; a place after them is where ("met with
        // portfolio managers in Boston").
        withPartners = withPartners.map { (kind($0.0) == .place ? capitalsCountry($0.0) ?? $0.0 : $0.0, $0.1) }.filter {
            isActor($0.0)
        }
        if frame == .discuss && withPartners.isEmpty && between.isEmpty { return [] }
        // "meet U.S. demands", "meet its obligations", "meeting with objections": meet as satisfy or
        // encounter, no one met.
        if frame == .meet, !isNoun {
            var k = t + 1
            while k < min(r.upperBound, t + 5),
                tokenRef[k] >= 0 || doc.tokens[k].hash == W.with || doc.tokens[k].hash == W.the
                    || Self.possessivePronouns.contains(doc.tokens[k].hash) || doc.tokens[k].kind == .possessive
            {
                k += 1
            }
            if k < r.upperBound, doc.tokens[k].kind == .word, Self.satisfyNouns.contains(doc.tokens[k].hash) {
                return []
            }
        }
        // "X and Y are meeting with portfolio managers": those met are unnamed; X does not meet Y.
        if withPartners.isEmpty, !isNoun,
            (t + 1..<min(r.upperBound, t + 3)).contains(where: { doc.tokens[$0].hash == W.with })
        {
            return []
        }
        // "was talking to Reuters": an interview is no meeting.
        if frame == .talk || frame == .discuss, !withPartners.isEmpty,
            withPartners.allSatisfy({ ctx.entities[Int($0.0)].isMedia })
        {
            return []
        }
        // Pairs before a noun: "Moon-Putin summit", "the ROK-DPRK and US-DPRK summits".
        if isNoun {
            var k = t - 1
            var steps = 0
            while k >= c, steps < 6 {
                if let ps = pairs[k] {
                    pairParts.insert(ps, at: 0)
                } else if tokenRef[k] >= 0 || doc.tokens[k].kind != .word && doc.tokens[k].kind != .possessive {
                    break
                }
                k -= 1
                steps += 1
            }
        }
        var place = placeIn(t + 1, clauseEnd(t, r)).map(\.0)
        // "In Doha, the two sides met": a place opening the clause.
        if place == nil, c < t, doc.tokens[c].hash == W.in || doc.tokens[c].hash == W.at, let p = placeIn(c, t) {
            place = p.0
        }
        var out: [LocalEvent] = []
        func add(_ ps: [Int32], roles: [String]? = nil) {
            let actors = ps.map { kind($0) == .place ? capitalsCountry($0) ?? $0 : $0 }.filter {
                isActor($0) || kind($0) == .country
            }
            var seen: [Int32] = []
            for a in actors where !seen.contains(a) { seen.append(a) }
            let parts = seen.enumerated().map { (k, e) in
                (entity: e, role: roles.map { $0[min(k, $0.count - 1)] } ?? "participant")
            }
            out.append(
                LocalEvent(
                    type: .meet, code: code, participants: parts, place: place, status: status, trigger: t,
                    plural: plural))
        }
        if !pairParts.isEmpty {
            for ps in pairParts where ps.count >= 2 { add(ps) }
            if !out.isEmpty { return out }
        }
        if !between.isEmpty && frame != .mediate {
            add(between.map(\.0))
            return out
        }
        var subj = subject(of: t, r)
        if let possessor = isNoun ? possessor(of: t, r) : nil { subj = [possessor] }
        // "their first summit": whose it is, not the clause's subject.
        if isNoun, let d = (max(r.lowerBound, t - 3)..<t).last(where: { doc.tokens[$0].hash == W.their }),
            (d + 1..<t).allSatisfy({ doc.tokens[$0].kind == .word && tokenRef[$0] < 0 })
        {
            let people = lastPeople(2, before: d, excluding: []).filter {
                doc.sentenceOf[firstRef($0, before: d)] == doc.sentenceOf[d]
            }
            if people.count == 2 { subj = people }
        }
        if subj.isEmpty, let plural = pluralRef(t, r, prior: prior) { subj = plural }
        // "Rubio's Riyadh talks", "the Geneva summit": a place naming the meeting.
        if place == nil, isNoun, t > r.lowerBound, tokenRef[t - 1] >= 0, kind(tokenRef[t - 1]) == .place {
            place = tokenRef[t - 1]
        }
        if !withPartners.isEmpty {
            // "… met with President Herzog, First Lady Michal Herzog, and families": those met with
            // do not meet each other; without a subject there is no meeting to report.
            if subj.isEmpty { return [] }
            // "dialogue with X and Y in April and May, respectively": one meeting each.
            if withPartners.count >= 2 && (plural && !Self.massPlurals.contains(doc.tokens[t].hash) || respectively(r))
            {
                let dates = respectivelyDates(r)
                for (k, p) in withPartners.enumerated() {
                    add(subj + [p.0])
                    if k < dates.count { out[out.count - 1].dateIndex = dates[k] }
                }
                return out
            }
            add(subj + withPartners.map(\.0))
            return out
        }
        if frame == .host {
            var guests = coordinated(after: t + 1, r, maxSkip: 2).map(\.0)
            // "received X", "received a mission of observers from the OSCE": a guest, a person or a
            // delegation from somewhere ("received a letter", "received support" receive no one).
            if Self.receiveForms.contains(doc.tokens[t].hash) {
                guests = coordinated(after: t + 1, r, maxSkip: 1, crossPrepositions: false).map(\.0).filter {
                    kind($0) == .person
                }
                if guests.isEmpty,
                    let g = (t + 1..<min(r.upperBound, t + 5)).first(where: {
                        Self.sentPeople.contains(doc.tokens[$0].hash)
                    }),
                    let from = (g + 1..<min(r.upperBound, g + 5)).first(where: {
                        doc.tokens[$0].hash == W.from
                            || doc.tokens[$0].hash == W.of && tokenRef[$0 + 1 < r.upperBound ? $0 + 1 : $0] >= 0
                    })
                {
                    guests = coordinated(after: from + 1, r, maxSkip: 1).map(\.0).filter { isActor($0) }
                }
                if guests.isEmpty { return [] }
            }
            add(subj + guests, roles: ["host", "guest"])
            return out
        }
        if frame == .welcome {
            // "X welcomed Y", "X gave a warm welcome to Y": a host receiving a visitor (a person or
            // a country; "welcomed the decision" is not one).
            var guests = coordinated(after: t + 1, r, maxSkip: 1, crossPrepositions: false).map(\.0)
            // "gave a warm welcome on Thursday to X"
            if guests.isEmpty, let to = (t + 1..<min(r.upperBound, t + 6)).first(where: { doc.tokens[$0].hash == W.to })
            {
                guests = coordinated(after: to + 1, r, maxSkip: 1).map(\.0)
            }
            guests = guests.filter { kind($0) == .person }
            if !guests.isEmpty { add(subj + guests, roles: ["host", "guest"]) }
            return out
        }
        if frame == .mediate {
            // "X undertook mediation between Y and Z": the mediator and the parties.
            if !between.isEmpty {
                add(subj + between.map(\.0), roles: ["mediator", "participant"])
            }
            return out
        }
        // "The couple spoke with residents": a "with" whose partner has no name (a named one was
        // taken above) is a meeting with someone unnamed, not of the subjects with each other;
        // "met with each other" is, and "are meeting to resolve it" has no partner at all.
        let unnamedPartner =
            !isNoun && t + 2 < r.upperBound
            && (doc.tokens[t + 1].hash == W.with || frame == .talk && doc.tokens[t + 1].hash == W.to)
            && !Self.reciprocals.contains(doc.tokens[t + 2].hash)
        if !isNoun && (frame == .meet || frame == .phone || frame == .negotiate) {
            // "X met Y": the object right after the verb.
            var obj = coordinated(after: t + 1, r, maxSkip: 1, crossPrepositions: false).map(\.0).filter { isActor($0) }
            // "Amir Ohana met the couple", "… met them": the last two people named before.
            if obj.isEmpty, frame == .meet, t + 2 < r.upperBound,
                doc.tokens[t + 1].hash == W.the && Self.pairNouns.contains(doc.tokens[t + 2].hash)
                    || doc.tokens[t + 1].hash == Self.them
            {
                obj = lastPeople(2, before: r.lowerBound, excluding: Set(subj))
            }
            // "Ivanka and Jared met residents": they met someone unnamed, not each other.
            let unnamedObject =
                obj.isEmpty && t + 1 < r.upperBound && doc.tokens[t + 1].kind == .word && tokenRef[t + 1] < 0
                && !Self.prepositions.contains(doc.tokens[t + 1].hash)
                && !Self.clauseWords.contains(doc.tokens[t + 1].hash)
                && !Self.callWords.contains(doc.tokens[t + 1].hash)
                && !Self.meetAdverbs.contains(doc.tokens[t + 1].hash)
                && !Self.reciprocals.contains(doc.tokens[t + 1].hash)
                && Dates.gaz.word(doc.tokens[t + 1].hash).map({
                    $0.flags.contains(.weekday) || $0.flags.contains(.month)
                }) != true
            if !obj.isEmpty || subj.count >= 2 && !unnamedObject && !unnamedPartner {
                add(subj + obj)
                return out
            }
            if unnamedObject || unnamedPartner { return [] }
            if let plural = pluralRef(t, r, prior: prior) {
                add(plural)
                return out
            }
        }
        if isNoun && subj.count < 2 {
            // "the summit", "the meeting", "their talks": a further report of the last meeting.
            if definite(t) {
                var e = LocalEvent(
                    type: .meet, code: code, participants: [], place: place, status: status, trigger: t, plural: plural)
                e.anaphoric = true
                return [e]
            }
            return []
        }
        if subj.count >= 2 && !unnamedPartner { add(subj) }
        return out
    }

    /// The last token before `at` that refers to `e`.
    func firstRef(_ e: Int32, before at: Int) -> Int {
        var k = at - 1
        while k > 0, tokenRef[k] != e { k -= 1 }
        return max(0, k)
    }

    /// The last `n` distinct people named before token `at` (in any sentence), in text order.
    func lastPeople(_ n: Int, before at: Int, excluding: Set<Int32>) -> [Int32] {
        var out: [Int32] = []
        var k = at - 1
        while k >= 0, out.count < n {
            let e = tokenRef[k]
            if e >= 0, kind(e) == .person, !excluding.contains(e), !out.contains(e), !att.insideQuote[k] {
                out.insert(e, at: 0)
            }
            k -= 1
        }
        return out.count == n ? out : []
    }

    /// The last `n` distinct actors (people, countries, organizations) named before token `at` in
    /// the sentence, in text order.
    func lastActors(_ n: Int, before at: Int, _ r: Range<Int>) -> [(Int32, Int)] {
        var out: [(Int32, Int)] = []
        var k = at - 1
        while k >= r.lowerBound, out.count < n {
            let e = tokenRef[k]
            if e >= 0, isActor(e), !out.contains(where: { $0.0 == e }) { out.insert((e, k), at: 0) }
            k -= 1
        }
        return out.count == n ? out : []
    }

    /// "the summit", "their talks", "this meeting": a noun that points back.
    func definite(_ t: Int) -> Bool {
        var i = t - 1
        var steps = 0
        while i >= 0, steps < 3 {
            let u = doc.tokens[i]
            if u.kind != .word { return false }
            if u.hash == W.the || u.hash == W.their || u.hash == Self.this { return true }
            if u.hash == W.a || u.hash == W.an || tokenRef[i] >= 0 { return false }
            i -= 1
            steps += 1
        }
        return false
    }

    static let this = TextHash.folded("this")

    func respectively(_ r: Range<Int>) -> Bool { r.contains { doc.tokens[$0].hash == W.respectively } }

    /// The months or dates listed in a "respectively" sentence, in order (a token of each).
    func respectivelyDates(_ r: Range<Int>) -> [Int] {
        guard respectively(r) else { return [] }
        return Dates.find(doc, r).map(\.start).map { i in
            // Point at the month word, not a modifier before it.
            i
        }.map { $0 + 0 }
    }

    func visitEvents(
        _ frame: EventLexicon.Frame, at t: Int, isNoun: Bool, status: EventStatus, range r: Range<Int>,
        localSoFar: [LocalEvent]
    ) -> [LocalEvent] {
        var visitors: [Int32] = []
        var place: Int32? = nil
        var morePlaces: [Int32] = []
        var met: Int32? = nil
        switch frame {
        case .send:
            // "send his Foreign Minister X to Russia", "dispatch a special envoy to Moscow, … Rep. Y"
            place = destination(after: t, r, maxGap: 10)
            // Who is sent stands before "to" ("send his Foreign Minister Ri Yong-ho to Russia"), or
            // is an envoy named in apposition after the destination ("dispatch a special envoy to
            // Moscow, … Rep. Yoon Sang-hyun"); "sent a letter to Katherine Tai" sends no one.
            let to = (t + 1..<min(r.upperBound, t + 12)).first { doc.tokens[$0].hash == W.to } ?? r.upperBound
            var k = t + 1
            var envoy = false
            while k < to {
                if tokenRef[k] >= 0, kind(tokenRef[k]) == .person {
                    visitors = [tokenRef[k]]
                    break
                }
                if Self.sentPeople.contains(doc.tokens[k].hash) { envoy = true }
                k += 1
            }
            if visitors.isEmpty && envoy {
                var k = to + 1
                while k < r.upperBound {
                    // "a pathologist sent to Israel by Physicians for Human Rights": the by-agent sent, not went.
                    if doc.tokens[k].hash == W.by || doc.tokens[k].kind == .punct && doc.tokens[k].hash != W.comma {
                        break
                    }
                    if tokenRef[k] >= 0, kind(tokenRef[k]) == .person, k > 0,
                        (to..<k).contains(where: { doc.tokens[$0].hash == W.comma })
                    {
                        visitors = [tokenRef[k]]
                        break
                    }
                    k += 1
                }
            }
        case .attend:
            visitors = subject(of: t, r)
            // "attend Russia's … celebration", "attended the forum held in … Vladivostok"
            var k = t + 1
            var steps = 0
            while k < r.upperBound, steps < 4 {
                if tokenRef[k] >= 0, k + 1 < r.upperBound, doc.tokens[k + 1].kind == .possessive,
                    isLocation(tokenRef[k])
                {
                    place = tokenRef[k]
                    break
                }
                // "attend the Venice summit", "attended the Davos forum": a place naming the occasion.
                if tokenRef[k] >= 0, isLocation(tokenRef[k]), k > t + 1, doc.tokens[k - 1].hash == W.the,
                    Int(refEnd[k]) < r.upperBound, doc.tokens[Int(refEnd[k])].kind == .word,
                    tokenRef[Int(refEnd[k])] < 0
                {
                    place = tokenRef[k]
                    break
                }
                if doc.tokens[k].kind != .word { break }
                k += 1
                steps += 1
            }
            if place == nil { place = placeIn(t + 1, r.upperBound).map(\.0) }
            if place == nil {
                // "show up at" an event named earlier in the sentence: its place.
                place = localSoFar.last(where: { $0.type == .visit })?.place
            }
        case .arrive:
            // "a concession of land in Ghana", "the last stop": the nouns, no arrival.
            if Self.nounAmbiguous.contains(doc.tokens[t].hash),
                nounContext(t)
                    || t > r.lowerBound && doc.tokens[t - 1].kind == .word
                        && Self.prepositions.contains(doc.tokens[t - 1].hash)
            {
                return []
            }
            // "stop in Hong Kong", "stopped over at X": only right before "in"/"at" a place.
            if Self.stopForms.contains(doc.tokens[t].hash) {
                var k = t + 1
                if k < r.upperBound, doc.tokens[k].hash == Self.over { k += 1 }
                guard k + 1 < r.upperBound, doc.tokens[k].hash == W.in || doc.tokens[k].hash == W.at,
                    let p = placeRef(k + 1, r)
                else { return [] }
                visitors = subject(of: t, r)
                place = p
                break
            }
            visitors = subject(of: t, r)
            place = placeIn(t + 1, min(r.upperBound, t + 8)).map(\.0) ?? destination(after: t, r)
        case .travel:
            visitors = subject(of: t, r)
            place = destination(after: t, r, maxGap: 2)
            if place == nil { return [] }
        case .depart:
            // "left for Minas Tirith", "left yesterday for Moscow", "departed for Cairo": only with a
            // destination after "for" (not "left office", "leave for good").
            var k = t + 1
            while k < min(r.upperBound, t + 3), doc.tokens[k].hash != W.for, doc.tokens[k].kind == .word,
                tokenRef[k] < 0,
                Dates.gaz.word(doc.tokens[k].hash).map({ $0.flags.contains(.weekday) }) == true
                    || Self.departAdverbs.contains(doc.tokens[k].hash)
            {
                k += 1
            }
            guard k + 1 < r.upperBound, doc.tokens[k].hash == W.for, let p = placeRef(k + 1, r) else { return [] }
            visitors = subject(of: t, r)
            place = p
        case .visit, .trip:
            if isNoun || frame == .trip {
                if let p = possessor(of: t, r) { visitors = [p] }
                place = destination(after: t, r, maxGap: 2)
                // "a visit by X", "several visits to Saudi Arabia by British officials"
                if visitors.isEmpty,
                    let by = (t + 1..<min(r.upperBound, t + 7)).first(where: { doc.tokens[$0].hash == W.by }),
                    !(t + 1..<by).contains(where: {
                        Self.clauseWords.contains(doc.tokens[$0].hash) || doc.tokens[$0].kind == .punct
                    }),
                    let agent = coordinated(after: by + 1, r, maxSkip: 2).first, isActor(agent.0)
                {
                    visitors = [agent.0]
                }
                if visitors.isEmpty { visitors = subject(of: t, r) }
            } else {
                visitors = controller(of: t, r) ?? subject(of: t, r)
                // The object: a place, or a person visited (then the person's country, and a meeting).
                var k = t + 1
                var steps = 0
                while k < r.upperBound, steps < 4 {
                    if tokenRef[k] >= 0 {
                        let e = tokenRef[k]
                        if isLocation(e) {
                            place = e
                            // "will visit Rome and West Berlin": one visit to each.
                            for (o, _) in coordinated(after: k, r, maxSkip: 0).dropFirst() where isLocation(o) && o != e
                            {
                                morePlaces.append(o)
                            }
                        } else if kind(e) == .person {
                            met = e
                            let c = ctx.entities[Int(e)].country
                            if c >= 0 { place = countryEntity(c) }
                        }
                        break
                    }
                    if doc.tokens[k].kind != .word { break }
                    k += 1
                    steps += 1
                }
                if place == nil { place = destination(after: t, r, maxGap: 2) }
            }
        default:
            return []
        }
        visitors = visitors.filter { kind($0) == .person || kind($0) == .organization || kind($0) == .country }
        // "his visit here", "here on a two-day official visit": the dateline's place; a visit
        // with no destination by someone from another country than the dateline's, in a story
        // filed from there, is a visit to it ("LONDON - King Fahd … begins a state visit").
        if place == nil, frame == .visit || frame == .trip, let home = datelinePlace {
            let here =
                (t + 1 < r.upperBound && doc.tokens[t + 1].hash == Self.here)
                || (max(r.lowerBound, t - 8)..<t).contains { doc.tokens[$0].hash == Self.here }
            let foreign =
                !visitors.isEmpty
                && visitors.allSatisfy { v in
                    let c = ctx.entities[Int(v)].country
                    let hc = ctx.entities[Int(home)].country
                    return c >= 0 && hc >= 0 && c != hc
                }
            if here || foreign && !visitors.isEmpty && !(t + 1 < r.upperBound && doc.tokens[t + 1].hash == W.to) {
                place = home
            }
        }
        if let p = place { visitors.removeAll { $0 == p || ctx.entities[Int($0)].name == ctx.entities[Int(p)].name } }
        var out = [
            LocalEvent(
                type: .visit, code: "042", participants: visitors.map { (entity: $0, role: "visitor") }, place: place,
                status: status, trigger: t)
        ]
        // "before visiting Agriculture Secretary Richard Lyng": a person visited where the story does
        // not say is a meeting only.
        if place == nil, let met, frame == .visit, !isNoun, let v = visitors.first, v != met {
            return [
                LocalEvent(
                    type: .meet, code: "040", participants: [(v, "participant"), (met, "participant")], place: nil,
                    status: status, trigger: t)
            ]
        }
        for p in morePlaces {
            out.append(
                LocalEvent(
                    type: .visit, code: "042", participants: visitors.map { (entity: $0, role: "visitor") }, place: p,
                    status: status, trigger: t))
        }
        if let met, let v = visitors.first, v != met {
            out.append(
                LocalEvent(
                    type: .meet, code: "040", participants: [(v, "participant"), (met, "participant")], place: nil,
                    status: status, trigger: t))
        }
        return out
    }

    func inviteEvents(at t: Int, isNoun: Bool, status: EventStatus, range r: Range<Int>) -> [LocalEvent] {
        var inviter: Int32? = nil
        var invitees: [Int32] = []
        var place: Int32? = nil
        if isNoun {
            // "Putin's letter of invitation to Kim", "the Kremlin's invitation", "an invitation to visit Russia"
            var k = t - 1
            if k >= r.lowerBound + 1, doc.tokens[k].hash == W.of { k -= 2 }  // "letter of"
            var poss = possessor(of: k + 1, r)
            if poss == nil && k != t - 1 { poss = possessor(of: t, r) }
            if t + 1 < r.upperBound, doc.tokens[t + 1].hash == W.to, t + 2 < r.upperBound {
                if tokenRef[t + 2] >= 0, kind(tokenRef[t + 2]) == .person {
                    invitees = coordinated(after: t + 2, r, maxSkip: 0).map(\.0)
                    inviter = poss
                } else if let p = placeRef(t + 2, r) {
                    // "Kim's invitation to Moscow": the possessor is invited there.
                    place = p
                    if let poss { invitees = [poss] }
                }
            }
            if invitees.isEmpty && inviter == nil, let poss {
                // "accept the Kremlin's invitation": the inviter is the possessor, the invitee who accepts.
                inviter = poss
                invitees = receiver(of: t, r).map { [$0] } ?? subject(of: t, r).filter { $0 != poss }
            }
            if invitees.isEmpty {
                // "X has received an invitation"
                invitees = subject(of: t, r).filter { $0 != inviter }
            }
        } else if t >= 1,
            Self.beForms.contains(doc.tokens[t - 1].hash) || t >= 2 && Self.beForms.contains(doc.tokens[t - 2].hash),
            let by = (t + 1..<min(r.upperBound, t + 5)).first(where: { doc.tokens[$0].hash == W.by })
        {
            // "Italy … was invited back by Treasury Secretary James Baker": the passive.
            inviter = coordinated(after: by + 1, r, maxSkip: 1).first?.0
            invitees = subject(of: t, r).filter { $0 != inviter }
        } else {
            inviter = subject(of: t, r).first
            let objs = coordinated(after: t + 1, r, maxSkip: 4)
            invitees = objs.map(\.0).filter { kind($0) == .person || kind($0) == .country || kind($0) == .organization }
            if let last = objs.last {
                place = destination(after: Int(refEnd[last.1]) - 1, r, maxGap: 2)
            }
        }
        if place == nil { place = destination(after: t, r, maxGap: 8) }
        var out: [LocalEvent] = []
        for i in invitees where i != inviter {
            var parts: [(entity: Int32, role: String)] = []
            if let inviter { parts.append((inviter, "inviter")) }
            parts.append((i, "invitee"))
            var e = LocalEvent(
                type: .invite, code: "036", participants: parts, place: place, status: status, trigger: t)
            e.inheritsDates = false
            out.append(e)
        }
        // An invitation to a place is a visit in prospect for whoever is invited.
        if let place, !invitees.isEmpty,
            !(t + 2 < r.upperBound && doc.tokens[t + 1].hash == W.to
                && EventLexicon.triggers.contains(doc.tokens[t + 2].hash))
        {
            for i in invitees where i != inviter && kind(i) == .person {
                out.append(
                    LocalEvent(
                        type: .visit, code: "042", participants: [(i, "visitor")], place: place, status: .planned,
                        trigger: t))
            }
        }
        return out
    }

    static let controlVerbs = WordSet(
        "invited invite invites inviting asked ask asks asking urged urge urges urging allowed allow encouraged "
            + "encourage welcomed welcome told persuaded pressed expected")

    /// "invited Yoon to visit Tokyo", "asked him to attend": the object of the verb before "to" is
    /// who will do it.
    func controller(of t: Int, _ r: Range<Int>) -> [Int32]? {
        guard t - 2 >= r.lowerBound, doc.tokens[t - 1].hash == W.to else { return nil }
        var k = t - 2
        var found: [Int32] = []
        var steps = 0
        while k >= r.lowerBound, steps < 8 {
            if tokenRef[k] >= 0 {
                // "an invitation from the Ministry to visit": who invites does not go.
                var b = k
                while b > r.lowerBound, tokenRef[b - 1] == tokenRef[k] { b -= 1 }
                // (over "the" and a modifier: "from the Chilean Ministry of Mining")
                var a = b - 1
                while a > r.lowerBound, a >= b - 3, doc.tokens[a].kind == .word, tokenRef[a] < 0,
                    doc.tokens[a].hash != W.from && doc.tokens[a].hash != W.by
                {
                    a -= 1
                }
                let agent = a >= r.lowerBound && (doc.tokens[a].hash == W.from || doc.tokens[a].hash == W.by)
                if agent {
                    k = b - 1
                    steps += 1
                    continue
                }
                if !found.contains(tokenRef[k]) { found.insert(tokenRef[k], at: 0) }
                k = k - 1
                steps += 1
                continue
            }
            if let p = att.pronouns[k], !Self.possessivePronouns.contains(doc.tokens[k].hash) {
                found.insert(p, at: 0)
            }
            if doc.tokens[k].kind == .word && Self.controlVerbs.contains(doc.tokens[k].hash) {
                return found.isEmpty ? nil : found
            }
            k -= 1
            steps += 1
        }
        return nil
    }

    static let receiving = WordSet(
        "accept accepts accepted accepting receive receives received receiving decline declines declined declining "
            + "reject rejects rejected rejecting turn turned turning snub snubbed extend extended")

    /// Who accepts, receives or declines an invitation: the name before that verb.
    func receiver(of t: Int, _ r: Range<Int>) -> Int32? {
        var k = t - 1
        var steps = 0
        while k >= r.lowerBound, steps < 6 {
            if doc.tokens[k].kind == .word && Self.receiving.contains(doc.tokens[k].hash) {
                var b = k - 1
                var back = 0
                while b >= r.lowerBound, back < 5 {
                    if tokenRef[b] >= 0 { return tokenRef[b] }
                    b -= 1
                    back += 1
                }
                return nil
            }
            k -= 1
            steps += 1
        }
        return nil
    }

    static let speechObjects = WordSet(
        "nation conference forum assembly summit parliament congress rally audience students crowd meeting session "
            + "convention gathering ceremony event lawmakers legislature")

    func speechEvents(at t: Int, isNoun: Bool, status: EventStatus, range r: Range<Int>) -> [LocalEvent] {
        // "an IP address", "her home address": the noun is a speech only when given to someone
        // or somewhere ("an address to the nation", "his address at the forum").
        if isNoun, doc.tokens[t].hash != Self.speechWord && doc.tokens[t].hash != Self.speechesWord {
            guard t + 1 < r.upperBound, Self.addressPrepositions.contains(doc.tokens[t + 1].hash) else { return [] }
        }
        if !isNoun && doc.tokens[t].hash != TextHash.folded("speech") {
            // "address" is a speech only when its object is an audience or an assembly.
            var k = t + 1
            var ok = false
            var steps = 0
            while k < r.upperBound, steps < 6 {
                if tokenRef[k] >= 0 {
                    ok =
                        kind(tokenRef[k]) == .organization || isLocation(tokenRef[k])
                        || ctx.entities[Int(tokenRef[k])].gaz < 0
                    break
                }
                if Self.speechObjects.contains(doc.tokens[k].hash) {
                    ok = true
                    break
                }
                if doc.tokens[k].kind != .word && doc.tokens[k].kind != .number { break }
                k += 1
                steps += 1
            }
            if !ok { return [] }
        }
        let speakers = (isNoun ? possessor(of: t, r).map { [$0] } : nil) ?? subject(of: t, r)
        guard let sp = speakers.first, kind(sp) == .person else { return [] }
        var place = placeIn(t + 1, r.upperBound).map(\.0)
        if place == nil && !isNoun {
            // "addressing the … Forum": the forum is where it was given.
            var k = t + 1
            while k < min(r.upperBound, t + 4) {
                if tokenRef[k] >= 0 {
                    if isLocation(tokenRef[k]) || kind(tokenRef[k]) == .organization { place = tokenRef[k] }
                    break
                }
                k += 1
            }
        }
        return [
            LocalEvent(
                type: .speech, code: "010", participants: [(sp, "speaker")], place: place, status: status, trigger: t)
        ]
    }

    // MARK: status

    static let without = TextHash.folded("without")
    static let be = TextHash.folded("be")
    static let before = TextHash.folded("before")

    /// Prepositions that put a noun in an adjunct of the clause rather than make it its subject or object.
    static let adjunctPrepositions = WordSet(
        "during before after since ahead following amid at throughout until despite from")
    /// Words of the clause that place an adjunct's event in the future too.
    static let futureWords = WordSet("will shall would scheduled due expected set planned planning plans")
    /// Participles that open a reduced relative clause after a noun ("…, scheduled for Thursday").
    static let reducedRelative = WordSet(
        "scheduled planned set slated due expected proposed postponed cancelled canceled delayed")

    /// Where the noun phrase ending at noun `t` starts: over determiners, possessors, numbers,
    /// pairs and up to two modifiers ("his three-day state visit", "Kim's possible visit").
    func nounPhraseStart(_ t: Int, _ r: Range<Int>) -> Int {
        var k = t - 1
        var modifiers = 0
        while k >= r.lowerBound {
            let u = doc.tokens[k]
            if u.kind == .possessive {
                k -= 1
                if k >= r.lowerBound, tokenRef[k] >= 0 {
                    k = min(k, refStart(k, r)) - 1
                    continue
                }
                break
            }
            if pairs[k] != nil || tokenRef[k] >= 0 && isActor(tokenRef[k]) == false {
                k -= 1
                continue
            }
            guard u.kind == .word || u.kind == .number else { break }
            if u.hash == W.the || u.hash == W.a || u.hash == W.an || Self.possessivePronouns.contains(u.hash)
                || u.hash == Self.this
            {
                return k
            }
            if u.kind == .number || u.flags.contains(.hyphenated) || u.flags.contains(.capitalized) && tokenRef[k] < 0 {
                k -= 1
                continue
            }
            if tokenRef[k] >= 0 {
                k = refStart(k, r) - 1
                continue
            }
            if modifiers >= 2 || Self.prepositions.contains(u.hash) || Self.clauseWords.contains(u.hash)
                || Self.adjunctPrepositions.contains(u.hash) || EventLexicon.triggers.contains(u.hash)
            {
                break
            }
            // A lowercase word right before the noun: a modifier if a determiner comes before it.
            var d = k - 1
            while d >= max(r.lowerBound, k - 2), doc.tokens[d].kind == .word, tokenRef[d] < 0,
                !(doc.tokens[d].hash == W.the || doc.tokens[d].hash == W.a || doc.tokens[d].hash == W.an
                    || Self.possessivePronouns.contains(doc.tokens[d].hash))
            {
                d -= 1
            }
            let determined =
                d >= r.lowerBound
                && (doc.tokens[d].kind == .possessive
                    || doc.tokens[d].kind == .word
                        && (doc.tokens[d].hash == W.the || doc.tokens[d].hash == W.a || doc.tokens[d].hash == W.an
                            || Self.possessivePronouns.contains(doc.tokens[d].hash)))
            guard determined else { break }
            modifiers += 1
            k -= 1
        }
        return k + 1
    }

    /// The first token of the reference covering token `k`.
    func refStart(_ k: Int, _ r: Range<Int>) -> Int {
        var b = k
        while b - 1 >= r.lowerBound, tokenRef[b - 1] == tokenRef[k], refEnd[b - 1] == refEnd[k] { b -= 1 }
        return b
    }

    /// Whether the noun phrase starting at `np` is the object of a verb before it ("opened talks",
    /// "held a meeting", "paid a visit"): a lowercase word that is no preposition, determiner,
    /// clause word or cue stands right before it, after the clause's start.
    func governed(_ np: Int, _ c: Int) -> Bool {
        guard np - 1 > c || np - 1 == c && tokenRef[c] < 0 && np - 1 >= 0 else { return false }
        let v = np - 1
        let u = doc.tokens[v]
        guard u.kind == .word, tokenRef[v] < 0, !u.flags.contains(.capitalized) else { return false }
        if Self.prepositions.contains(u.hash) || Self.clauseWords.contains(u.hash)
            || Self.adjunctPrepositions.contains(u.hash)
        {
            return false
        }
        if EventLexicon.denial.contains(u.hash) || EventLexicon.speculation.contains(u.hash)
            || EventLexicon.planning.contains(u.hash)
        {
            return false
        }
        if Self.beForms.contains(u.hash) || u.hash == W.and || u.hash == W.or { return false }
        // Before it, a subject: a reference, a pronoun, or an auxiliary.
        var b = v - 1
        while b >= c, doc.tokens[b].kind == .word, tokenRef[b] < 0, Self.auxiliaries.contains(doc.tokens[b].hash) {
            b -= 1
        }
        return b >= c
            && (tokenRef[b] >= 0 || att.pronouns[b] != nil
                || doc.tokens[b].kind == .word && Self.pronounSubjects.contains(doc.tokens[b].hash))
    }

    static let auxiliaries = WordSet(
        "has have had will would is are was were be been also still already just then now reportedly to")
    static let pronounSubjects = WordSet("he she they it we i who which")

    /// The status the trigger's clause gives: denied, speculated, planned, or occurred (the
    /// default, and what a past tense or a caption says).
    func status(at t: Int, isNoun: Bool, sentence s: Int, range r: Range<Int>, times: [TimeExpression]) -> EventStatus {
        var c = clauseStart(t, r)
        // "Italy, which refused to join the pact, was invited": the relative clause says nothing
        // of the invitation; the clause resumes before it.
        if c > r.lowerBound, Self.relative.contains(doc.tokens[c].hash),
            let close = (c..<t).last(where: { doc.tokens[$0].hash == W.comma })
        {
            c = close + 1
        }
        var denied = false
        var spec = false
        var planned = false
        // A noun inside an adjunct ("concessions during Lyng's visit", "may ask … at the summit")
        // is not what the clause denies or doubts; only its own words and the clause's future
        // ("will hold talks … during the visit") speak of it.
        let np = isNoun ? nounPhraseStart(t, r) : t
        let adjunct = isNoun && np > c && Self.adjunctPrepositions.contains(doc.tokens[np - 1].hash)
        if adjunct && EventLexicon.planning.contains(doc.tokens[np - 1].hash) { planned = true }
        // "declined to disclose the details of that discussion": the cue is about the telling.
        if let b = (max(c, t - 15)..<t).last(where: {
            doc.tokens[$0].hash == W.to && $0 + 1 < t && Self.tellingVerbs.contains(doc.tokens[$0 + 1].hash)
        }) {
            c = max(c, b + 2)
        }
        var i = max(c, t - 15)
        while i < t {
            if adjunct && i < np {
                if doc.tokens[i].kind == .word && tokenRef[i] < 0 && Self.futureWords.contains(doc.tokens[i].hash) {
                    planned = true
                }
                i += 1
                continue
            }
            let h = doc.tokens[i].hash
            if doc.tokens[i].kind == .word && tokenRef[i] < 0 {
                if EventLexicon.denial.contains(h) { denied = true }
                if EventLexicon.speculation.contains(h) { spec = true }
                if EventLexicon.planning.contains(h) { planned = true }
            }
            i += 1
        }
        // What governs a "that" clause ("dismissed speculation that …", "chances are that …").
        if !adjunct, c > r.lowerBound, doc.tokens[c].hash == TextHash.folded("that") {
            var k = c - 1
            var steps = 0
            while k >= r.lowerBound, steps < 4 {
                let h = doc.tokens[k].hash
                if EventLexicon.denial.contains(h) { denied = true }
                if EventLexicon.speculation.contains(h) { spec = true }
                k -= 1
                steps += 1
            }
        }
        // After a noun trigger, its verb: "the summit will be held", "… has not been arranged",
        // or a participle after a comma ("talks between X and Y, scheduled for Thursday"); not
        // when the noun is the object of a verb before it ("opened talks with X expected to …").
        if isNoun && !adjunct && !governed(np, c) {
            var k = t + 1
            var steps = 0
            while k < r.upperBound, steps < 8 {
                let u = doc.tokens[k]
                if u.kind == .punct, u.hash == W.comma, k + 1 < r.upperBound,
                    Self.reducedRelative.contains(doc.tokens[k + 1].hash)
                {
                    k += 1
                    steps += 1
                    continue
                }
                if tokenRef[k] >= 0 || pairs[k] != nil || u.hash == W.between || u.hash == W.with || u.hash == W.and
                    || u.hash == W.of || u.hash == W.the
                {
                    k += 1
                    steps += 1
                    continue
                }
                if u.kind != .word || Self.clauseWords.contains(u.hash) || EventLexicon.triggers.contains(u.hash) {
                    break
                }
                // A prepositional phrase is not the noun's verb ("invitation to Kim for an upcoming
                // forum"), except an infinitive ("the summit to be held").
                if Self.prepositions.contains(u.hash)
                    && !(u.hash == W.to && k + 1 < r.upperBound && doc.tokens[k + 1].hash == Self.be)
                {
                    break
                }
                if EventLexicon.denial.contains(u.hash) && u.hash != Self.without { denied = true }
                if EventLexicon.speculation.contains(u.hash) { spec = true }
                if EventLexicon.planning.contains(u.hash) && u.hash != Self.before { planned = true }
                k += 1
                steps += 1
            }
        }
        // "The announcement said Reagan would have an audience …": "would" after a verb of saying in
        // the past is the future of the report, not a condition.
        if spec && !denied, let w = (max(c, t - 15)..<t).first(where: { doc.tokens[$0].hash == Self.would }),
            !(max(c, t - 15)..<t).contains(where: {
                $0 != w && tokenRef[$0] < 0 && EventLexicon.speculation.contains(doc.tokens[$0].hash)
            }),
            (max(r.lowerBound, c - 2)..<w).contains(where: {
                Vocab.reporting.contains(doc.tokens[$0].hash) && !att.insideQuote[$0]
            })
                || c > r.lowerBound && Vocab.reporting.contains(doc.tokens[c - 1].hash),
            !(t..<r.upperBound).contains(where: { Self.conditionals.contains(doc.tokens[$0].hash) })
        {
            spec = false
            planned = true
        }
        if denied { return .denied }
        if spec { return .speculated }
        if planned { return .planned }
        // Time words after the trigger: "next month", "later this year".
        var future = false
        for e in times where e.start > t && e.start - t < 12 {
            // "later this week", "later in the month"
            if e.start > r.lowerBound,
                doc.tokens[e.start - 1].hash == Self.later || doc.tokens[e.start].hash == Self.later
            {
                future = true
            }
            switch e.value {
            case let .monthOffset(k) where k > 0: future = true
            case let .weekOffset(k) where k > 0: future = true
            case let .yearOffset(k) where k > 0: future = true
            case let .season(k) where k > 12: future = true
            case let .monthName(_, direction) where direction > 0: future = true
            default: break
            }
        }
        if future { return .planned }
        return .occurred
    }
}
