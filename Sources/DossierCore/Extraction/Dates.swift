/// A time expression as the text states it, before it is resolved against the article's date.
struct TimeExpression: Sendable, Hashable {
    enum Value: Sendable, Hashable {
        /// A calendar date, as far as the text gives it ("June 22, 2018", "March 29", "May 2017", "1999").
        case calendar(year: Int?, month: Int?, day: Int?)
        /// A weekday, 0 = Sunday ("on Friday").
        case weekday(Int)
        /// A day counted from the article's ("today" 0, "yesterday" -1, "later in the day" 0).
        case dayOffset(Int)
        /// "last month" -1, "this month" 0, "next month" +1.
        case monthOffset(Int)
        /// "last week" -1, "next week" +1.
        case weekOffset(Int)
        /// "last year" -1, "this year" 0, "next year" +1.
        case yearOffset(Int)
        /// "this fall", "next spring": a season of the article's year (+ offset).
        case season(Int)
        /// A month named with "last"/"next"/"this" ("last December").
        case monthName(Int, direction: Int)
        /// "this weekend" 0, "last weekend" -1, "next weekend" +1: its Saturday.
        case weekend(Int)
    }

    var start: Int
    var end: Int
    var value: Value
}

/// Finds time expressions in a range of tokens and resolves them against an anchor date.
enum Dates {
    static let gaz = Gazetteer.shared
    static let last = TextHash.folded("last")
    static let next = TextHash.folded("next")
    static let this = TextHash.folded("this")
    static let coming = TextHash.folded("coming")
    static let past = TextHash.folded("past")
    static let month = TextHash.folded("month")
    static let week = TextHash.folded("week")
    static let year = TextHash.folded("year")
    static let today = TextHash.folded("today")
    static let tonight = TextHash.folded("tonight")
    static let yesterday = TextHash.folded("yesterday")
    static let tomorrow = TextHash.folded("tomorrow")
    static let day = TextHash.folded("day")
    static let later = TextHash.folded("later")
    static let earlier = TextHash.folded("earlier")
    static let weekend = TextHash.folded("weekend")
    static let night = TextHash.folded("night")
    static let partsOfDay = WordSet("morning afternoon evening")
    static let seasons = WordSet(tagged: [("spring", 3), ("summer", 6), ("fall autumn", 9), ("winter", 12)])
    static let ordinalSuffixes = WordSet("st nd rd th")

    /// The expressions in tokens `range` of `doc`, in order.
    static func find(_ doc: TextDocument, _ range: Range<Int>) -> [TimeExpression] {
        var out: [TimeExpression] = []
        let toks = doc.tokens
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let t = toks[i]
            if t.kind == .word, let wi = gaz.word(t.hash) {
                if wi.flags.contains(.month), let e = monthExpression(doc, i, end, Int(wi.value)) {
                    out.append(e)
                    i = e.end
                    continue
                }
                if wi.flags.contains(.weekday) && t.flags.contains(.capitalized) {
                    out.append(TimeExpression(start: i, end: i + 1, value: .weekday(Int(wi.value))))
                    i += 1
                    continue
                }
            }
            if t.kind == .word {
                if let e = relative(doc, i, end) {
                    out.append(e)
                    i = e.end
                    continue
                }
            }
            if t.kind == .number, let e = dayMonth(doc, i, end) ?? isoDate(doc, i) ?? yearAlone(doc, i, end) {
                out.append(e)
                i = e.end
                continue
            }
            i += 1
        }
        return out
    }

    static func number(_ doc: TextDocument, _ i: Int) -> Int? {
        let t = doc.tokens[i]
        guard t.kind == .number else { return nil }
        var v = 0
        var digits = 0
        for k in Int(t.start)..<Int(t.end) {
            let b = doc.bytes[k]
            if b.isASCIIDigit {
                v = v * 10 + Int(b - 48)
                digits += 1
                if digits > 4 { return nil }
            } else if b.isASCIILetter {
                // 22nd, 1st: an ordinal suffix is fine; anything else is not a plain number.
                let rest = TextHash.folded(doc.string(bytes: k, Int(t.end)))
                if !ordinalSuffixes.contains(rest) { return nil }
                break
            } else {
                return nil
            }
        }
        return digits > 0 ? v : nil
    }

    /// The first day of a range written as one token: "27-29" in "April 27-29" (an event of
    /// several days is dated by the day it begins).
    static func firstDayOfRange(_ doc: TextDocument, _ i: Int) -> Int? {
        let t = doc.tokens[i]
        guard t.kind == .number else { return nil }
        let text = doc.string(bytes: Int(t.start), Int(t.end))
        let parts = text.split(omittingEmptySubsequences: false) { $0 == "-" || $0 == "\u{2013}" }
        guard parts.count == 2, let a = Int(parts[0]), let b = Int(parts[1]), parts[0].count <= 2, parts[1].count <= 2,
            a < b
        else { return nil }
        return a
    }

    /// "June 22, 2018", "June 22", "June 2018", "June", "Nov. 11", "April 27-29".
    static func monthExpression(_ doc: TextDocument, _ i: Int, _ end: Int, _ m: Int) -> TimeExpression? {
        let toks = doc.tokens
        // "May" is also a verb and a name: take it as a month only before a number or after a
        // preposition, "last"/"next"/"early"/"late".
        let t = toks[i]
        // "in march" in wire copy set in lower case: only after a word that introduces a month.
        guard t.flags.contains(.capitalized) || m != 5 && i > 0 && monthIntroducers.contains(toks[i - 1].hash) else {
            return nil
        }
        var j = i + 1
        var dayValue: Int? = nil
        var yearValue: Int? = nil
        if j < end, let d = (toks[j].length <= 4 ? number(doc, j) : nil) ?? firstDayOfRange(doc, j), d >= 1, d <= 31 {
            dayValue = d
            j += 1
            if j + 1 < end, toks[j].hash == W.comma, let y = number(doc, j + 1), y >= 1000, y <= 2999 {
                yearValue = y
                j += 2
            } else if j < end, let y = number(doc, j), y >= 1000, y <= 2999 {
                yearValue = y
                j += 1
            }
        } else if j < end, let y = number(doc, j), y >= 1000, y <= 2999 {
            yearValue = y
            j += 1
        } else if j + 1 < end, toks[j].hash == W.comma, let y = number(doc, j + 1), y >= 1000, y <= 2999,
            toks[j + 1].length == 4
        {
            yearValue = y
            j += 2
        }
        var start = i
        let direction = i > 0 ? Self.direction(toks[i - 1].hash) : nil
        if direction != nil { start = i - 1 }
        if dayValue == nil && yearValue == nil {
            if m == 5 {
                // Bare "May": only after "in", "last", "next", "early", "late", "mid", "since", "until", "by".
                // … or in a list of months ("in April and May").
                let listed =
                    i >= 2 && (toks[i - 1].hash == W.and || toks[i - 1].hash == W.or || toks[i - 1].hash == W.comma)
                    && gaz.word(toks[i - 2].hash)?.flags.contains(.month) == true
                guard i > 0, Self.monthIntroducers.contains(toks[i - 1].hash) || direction != nil || listed else {
                    return nil
                }
            }
            if let direction {
                return TimeExpression(start: start, end: j, value: .monthName(m, direction: direction))
            }
        }
        return TimeExpression(start: start, end: j, value: .calendar(year: yearValue, month: m, day: dayValue))
    }

    static let monthIntroducers = WordSet(
        "in since until by early late mid last next this from through before after of")

    /// "22 June 2018", "9 May".
    static func dayMonth(_ doc: TextDocument, _ i: Int, _ end: Int) -> TimeExpression? {
        guard let d = number(doc, i), d >= 1, d <= 31, i + 1 < end else { return nil }
        let toks = doc.tokens
        guard let wi = gaz.word(toks[i + 1].hash), wi.flags.contains(.month), toks[i + 1].flags.contains(.capitalized)
        else { return nil }
        var j = i + 2
        var y: Int? = nil
        if j < end, let v = number(doc, j), v >= 1000, v <= 2999 {
            y = v
            j += 1
        }
        return TimeExpression(start: i, end: j, value: .calendar(year: y, month: Int(wi.value), day: d))
    }

    /// "2018-06-22" (tokenized as one number with hyphens).
    static func isoDate(_ doc: TextDocument, _ i: Int) -> TimeExpression? {
        let t = doc.tokens[i]
        guard t.length == 10 else { return nil }
        let s = doc.string(bytes: Int(t.start), Int(t.end))
        guard let d = PartialDate(iso: s), d.day != nil else { return nil }
        return TimeExpression(start: i, end: i + 1, value: .calendar(year: d.year, month: d.month, day: d.day))
    }

    /// "in 1999", "since 2011": a four-digit year after a preposition.
    static func yearAlone(_ doc: TextDocument, _ i: Int, _ end: Int) -> TimeExpression? {
        guard doc.tokens[i].length == 4, let y = number(doc, i), y >= 1900, y <= 2100, i > 0 else { return nil }
        let b = doc.tokens[i - 1].hash
        guard Self.yearIntroducers.contains(b) else { return nil }
        return TimeExpression(start: i, end: i + 1, value: .calendar(year: y, month: nil, day: nil))
    }

    static let yearIntroducers = WordSet("in since until by of from before after early late mid the")

    /// "last month", "next week", "this year", "yesterday", "later in the day", "this fall".
    static func relative(_ doc: TextDocument, _ i: Int, _ end: Int) -> TimeExpression? {
        let toks = doc.tokens
        let h = toks[i].hash
        if h == today || h == tonight { return TimeExpression(start: i, end: i + 1, value: .dayOffset(0)) }
        if h == yesterday { return TimeExpression(start: i, end: i + 1, value: .dayOffset(-1)) }
        if h == tomorrow { return TimeExpression(start: i, end: i + 1, value: .dayOffset(1)) }
        if h == weekend { return TimeExpression(start: i, end: i + 1, value: .weekend(0)) }
        // "this morning", "this afternoon", "last night", "last weekend"
        if i + 1 < end, h == this, partsOfDay.contains(toks[i + 1].hash) {
            return TimeExpression(start: i, end: i + 2, value: .dayOffset(0))
        }
        if i + 1 < end, h == last, toks[i + 1].hash == night {
            return TimeExpression(start: i, end: i + 2, value: .dayOffset(-1))
        }
        if i + 1 < end, toks[i + 1].hash == weekend, h == this || h == last || h == next || h == coming || h == past {
            return TimeExpression(
                start: i, end: i + 2, value: .weekend(h == this ? 0 : h == last || h == past ? -1 : 1))
        }
        // "later in the day", "earlier in the day"
        if h == later || h == earlier, i + 3 < end, toks[i + 1].hash == W.in, toks[i + 2].hash == W.the,
            toks[i + 3].hash == day
        {
            return TimeExpression(start: i, end: i + 4, value: .dayOffset(0))
        }
        // "(at) the end of the month", "the beginning of next year", "the middle of this week":
        // the unit is the date, to its own precision.
        if h == W.the || edges.contains(h), let e = edgeOfUnit(doc, h == W.the ? i + 1 : i, end) {
            return TimeExpression(start: i, end: e.end, value: e.value)
        }
        guard i + 1 < end else { return nil }
        var direction = Self.direction(h)
        // "earlier this month", "later this year"
        var start = i
        if h == earlier || h == later, toks[i + 1].hash == this, i + 2 < end {
            direction = 0
            start = i
            return unit(toks[i + 2].hash, direction: 0, start: start, end: i + 3)
        }
        guard let dir = direction else { return nil }
        let u = toks[i + 1].hash
        if let e = unit(u, direction: dir, start: start, end: i + 2) { return e }
        let s = seasons.tag(u)
        if s > 0 { return TimeExpression(start: i, end: i + 2, value: .season(Int(s) + dir * 12)) }
        return nil
    }

    /// The way a word points in time: "last"/"past" back, "next"/"coming" ahead, "this" now.
    static func direction(_ h: UInt64) -> Int? {
        if h == last || h == past { return -1 }
        if h == next || h == coming { return 1 }
        return h == this ? 0 : nil
    }

    static let edges = WordSet("end beginning start middle")
    static let of = TextHash.folded("of")

    /// "end of the month", "beginning of next year", "middle of this week" from `i` (the edge word).
    static func edgeOfUnit(_ doc: TextDocument, _ i: Int, _ end: Int) -> TimeExpression? {
        let toks = doc.tokens
        guard i + 3 < end, edges.contains(toks[i].hash), toks[i + 1].hash == of else { return nil }
        let d = toks[i + 2].hash
        guard let dir = d == W.the ? 0 : direction(d) else { return nil }
        return unit(toks[i + 3].hash, direction: dir, start: i, end: i + 4)
    }

    static func unit(_ u: UInt64, direction dir: Int, start: Int, end: Int) -> TimeExpression? {
        if u == month { return TimeExpression(start: start, end: end, value: .monthOffset(dir)) }
        if u == week { return TimeExpression(start: start, end: end, value: .weekOffset(dir)) }
        if u == year { return TimeExpression(start: start, end: end, value: .yearOffset(dir)) }
        let s = seasons.tag(u)
        if s > 0 { return TimeExpression(start: start, end: end, value: .season(Int(s) + dir * 12)) }
        return nil
    }

    /// Which way an event lies from the article's date, as its status suggests.
    enum Tense { case past, future, unknown }

    /// The date an expression means, given the article's date (which may lack a year, or be
    /// missing) and the tense of the event it dates.
    static func resolve(_ e: TimeExpression, anchor: PartialDate?, tense: Tense) -> PartialDate? {
        switch e.value {
        case let .calendar(y, m, d):
            if let y { return PartialDate(year: y, month: m, day: d) }
            guard let m else { return nil }
            guard let anchor, let ay = anchor.year, let am = anchor.month else {
                return PartialDate(year: nil, month: m, day: d)
            }
            let ad = anchor.day ?? 15
            let year = yearFor(month: m, day: d ?? 15, anchorYear: ay, anchorMonth: am, anchorDay: ad, tense: tense)
            return PartialDate(year: year, month: m, day: d)
        case let .monthName(m, direction):
            guard let anchor, let ay = anchor.year, let am = anchor.month else {
                return PartialDate(year: nil, month: m)
            }
            var y = ay
            if direction < 0 { y = m < am ? ay : ay - 1 } else if direction > 0 { y = m > am ? ay : ay + 1 }
            return PartialDate(year: y, month: m)
        case let .weekday(w):
            guard let anchor, let n = anchor.dayNumber, let aw = anchor.weekday else { return nil }
            let back = (aw - w + 7) % 7
            let fwd = (w - aw + 7) % 7
            switch tense {
            case .past: return PartialDate(dayNumber: n - back)
            case .future: return PartialDate(dayNumber: n + fwd)
            case .unknown: return PartialDate(dayNumber: back <= fwd ? n - back : n + fwd)
            }
        case let .dayOffset(k):
            guard let anchor, let n = anchor.dayNumber else { return nil }
            return PartialDate(dayNumber: n + k)
        case let .weekend(direction):
            guard let anchor, let n = anchor.dayNumber, let aw = anchor.weekday else { return nil }
            let back = (aw - 6 + 7) % 7
            let fwd = (6 - aw + 7) % 7
            if direction < 0 { return PartialDate(dayNumber: n - (back == 0 ? 7 : back)) }
            if direction > 0 { return PartialDate(dayNumber: n + (fwd == 0 ? 7 : fwd)) }
            // "this weekend": a Sunday's is the day before.
            if aw == 0 { return PartialDate(dayNumber: n - 1) }
            switch tense {
            case .past: return PartialDate(dayNumber: n - back)
            case .future: return PartialDate(dayNumber: n + fwd)
            case .unknown: return PartialDate(dayNumber: back <= fwd ? n - back : n + fwd)
            }
        case let .monthOffset(k):
            guard let anchor, let ay = anchor.year, let am = anchor.month else { return nil }
            let idx = ay * 12 + (am - 1) + k
            return PartialDate(year: idx / 12, month: idx % 12 + 1)
        case let .weekOffset(k):
            // A week stays within one month only sometimes; give the month when it does.
            guard let anchor, let n = anchor.dayNumber else { return nil }
            let a = PartialDate(dayNumber: n + 7 * k - 3)
            let b = PartialDate(dayNumber: n + 7 * k + 3)
            if a.year == b.year && a.month == b.month { return PartialDate(year: a.year, month: a.month) }
            if a.year == b.year { return PartialDate(year: a.year) }
            return nil
        case let .yearOffset(k):
            guard let ay = anchor?.year else { return nil }
            return PartialDate(year: ay + k)
        case let .season(s):
            guard let ay = anchor?.year else { return nil }
            let offset = s > 12 ? 1 : s < 1 ? -1 : 0
            return PartialDate(year: ay + offset)
        }
    }

    /// The year of a month (and day) given without one: the last such date up to the article's
    /// for a past event, the next one for a future event, the nearer one otherwise.
    static func yearFor(
        month m: Int, day d: Int, anchorYear ay: Int, anchorMonth am: Int, anchorDay ad: Int, tense: Tense
    ) -> Int {
        let target = m * 32 + d
        let now = am * 32 + ad
        switch tense {
        case .past: return target <= now ? ay : ay - 1
        case .future: return target >= now ? ay : ay + 1
        case .unknown:
            let diff = target - now
            if diff > 6 * 32 { return ay - 1 }
            if diff < -6 * 32 { return ay + 1 }
            return ay
        }
    }
}
