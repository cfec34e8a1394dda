/// What a paragraph is on the page.
enum ParagraphRole: Sendable, Hashable {
    case body, headline, caption, byline, boilerplate
    /// A blogger's line introducing an excerpt ("That is what the Korea Times is speculating about:").
    case intro
}

/// The layout of one paragraph: its role and what it tells about the article.
struct ParagraphInfo: Sendable {
    var range: Range<Int>
    var role: ParagraphRole = .body
    /// The outlet it names: a caption's "(Yonhap)", a dateline's "(UPI)", a closing "[Korea Times]".
    var source: String?
    /// The source closes an excerpt ("[Korea Times]" at the end).
    var closesExcerpt = false
    /// Date from a dateline ("March 29 (UPI) —").
    var datelineDate: PartialDate?
    var hasDateline = false
    var authors: [String] = []
}

/// Reads the page furniture of news text: headlines, photo captions and credits, datelines,
/// bylines, source tags and boilerplate. Works on one paragraph's bytes at a time, so the same
/// rules serve the segmenter (which splits a collage of excerpts) and the pipeline (which needs to
/// know which lines are headlines or captions in an article it is given). Every test starts with
/// a byte check that rules most paragraphs out at once: this runs on every paragraph ingested.
enum Layout {
    static let gaz = Gazetteer.shared
    typealias Bytes = ArraySlice<UInt8>

    static func paragraphs(_ text: String) -> [ParagraphInfo] {
        let bytes = Array(text.utf8)
        return paragraphs(bytes, Paragraphs.ranges(text))
    }

    static func paragraphs(_ bytes: [UInt8], _ ranges: [Range<Int>]) -> [ParagraphInfo] {
        var out: [ParagraphInfo] = []
        out.reserveCapacity(ranges.count)
        var afterComments = false
        for (k, r) in ranges.enumerated() {
            var info = ParagraphInfo(range: r)
            let s = bytes[r]
            if afterComments || isBoilerplate(s) {
                info.role = .boilerplate
                if startsComments(s) { afterComments = true }
                out.append(info)
                continue
            }
            if let tag = closingTag(s) {
                info.source = tag
                info.closesExcerpt = true
            }
            if let (src, date) = dateline(s) {
                info.hasDateline = true
                info.source = info.source ?? src
                info.datelineDate = date
            }
            if !info.closesExcerpt, !info.hasDateline, let src = captionSource(s) {
                info.role = .caption
                info.source = src
            } else if let authors = byline(s) {
                info.role = .byline
                info.authors = authors
            } else if !info.closesExcerpt && !info.hasDateline && isHeadlineShaped(s) && k + 1 < ranges.count {
                info.role = .headline
            } else if s.last == UInt8(ascii: ":") && !info.closesExcerpt && s.count < 400 {
                info.role = .intro
            }
            out.append(info)
        }
        // An intro followed by a quotation or a list is the article's own text ("He said:").
        for k in out.indices where out[k].role == .intro {
            guard k + 1 < out.count else {
                out[k].role = .body
                continue
            }
            let next = bytes[out[k + 1].range]
            if let f = next.first,
                f == UInt8(ascii: "\"") || f == UInt8(ascii: "-") || (f == 0xE2 && next.dropFirst().first == 0x80)
            {
                out[k].role = .body
            }
        }
        return out
    }

    // MARK: byte helpers

    static func string(_ s: Bytes) -> String { String(decoding: s, as: UTF8.self) }

    static func hasPrefix(_ s: Bytes, _ p: StaticString, caseless: Bool = false) -> Bool {
        let n = p.utf8CodeUnitCount
        guard s.count >= n else { return false }
        let base = p.utf8Start
        var i = s.startIndex
        for k in 0..<n {
            let a = caseless ? s[i].asciiLowered : s[i]
            if a != base[k] { return false }
            i += 1
        }
        return true
    }

    static func hasSuffix(_ s: Bytes, _ p: StaticString) -> Bool {
        let n = p.utf8CodeUnitCount
        guard s.count >= n else { return false }
        return hasPrefix(s[(s.endIndex - n)...], p)
    }

    /// The start of the last occurrence of `p` in `s`.
    static func lastIndex(of p: StaticString, in s: Bytes) -> Int? {
        let n = p.utf8CodeUnitCount
        guard s.count >= n else { return nil }
        let base = p.utf8Start
        var i = s.endIndex - n
        while i >= s.startIndex {
            if s[i] == base[0] {
                var ok = true
                for k in 1..<n where s[i + k] != base[k] {
                    ok = false
                    break
                }
                if ok { return i }
            }
            i -= 1
        }
        return nil
    }

    static func trimmed(_ s: Bytes, _ chars: StaticString) -> Bytes {
        let set = UnsafeBufferPointer(start: chars.utf8Start, count: chars.utf8CodeUnitCount)
        var a = s.startIndex
        var b = s.endIndex
        while a < b, set.contains(s[a]) { a += 1 }
        while b > a, set.contains(s[b - 1]) { b -= 1 }
        return s[a..<b]
    }

    // MARK: boilerplate

    static let boilerplatePrefixes: [StaticString] = [
        "leave a reply", "please enter your comment", "please enter your name", "you have entered an incorrect",
        "share this", "like this:", "related posts", "related articles", "advertisement", "click here",
        "sign up for", "subscribe to", "follow us", "all rights reserved", "copyright \u{A9}", "\u{A9} copyright",
        "read more:", "share on facebook", "share on twitter", "save my name", "post a comment", "comments",
        "notify me of", "this entry was posted", "tags:", "filed under", "previous article", "next article",
        "most popular", "recommended for you", "you may also like", "reuter",
    ]
    static let commentHeaders: [StaticString] = ["leave a reply", "post a comment", "comments"]

    static func isBoilerplate(_ s: Bytes) -> Bool {
        guard s.count <= 100 else { return false }
        for p in boilerplatePrefixes where hasPrefix(s, p, caseless: true) {
            // "Reuter" / "REUTER" is the wire's sign-off only when it is the whole line.
            if p.utf8CodeUnitCount == 6 && s.count > 7 { continue }
            return true
        }
        return false
    }

    static func startsComments(_ s: Bytes) -> Bool {
        commentHeaders.contains { hasPrefix(s, $0, caseless: true) }
    }

    // MARK: source tags, captions, datelines, bylines

    /// "… [Korea Times]" at the end of a paragraph: the outlet the excerpt came from.
    static func closingTag(_ s: Bytes) -> String? {
        guard s.last == UInt8(ascii: "]") else { return nil }
        var i = s.endIndex - 2
        while i >= s.startIndex, s.endIndex - i < 64, s[i] != UInt8(ascii: "[") { i -= 1 }
        guard i >= s.startIndex, s[i] == UInt8(ascii: "[") else { return nil }
        let inner = trimmed(s[(i + 1)..<(s.endIndex - 1)], " ")
        return isOutletName(inner, maxWords: 6) ? string(inner) : nil
    }

    /// 1–`maxWords` words, each capitalised (or a number: "News 1", or a joiner: "of"), at most 60 bytes.
    static func isOutletName(_ s: Bytes, maxWords: Int) -> Bool {
        guard !s.isEmpty, s.count <= 60 else { return false }
        var words = 0
        var i = s.startIndex
        while i < s.endIndex {
            while i < s.endIndex, s[i] == 32 { i += 1 }
            guard i < s.endIndex else { break }
            let start = i
            while i < s.endIndex, s[i] != 32 { i += 1 }
            words += 1
            let w = s[start..<i]
            let f = w.first!
            let ok =
                f.isASCIIUpper || f.isASCIIDigit || f >= 0xC3
                || hasPrefix(w, "of") && w.count == 2 || hasPrefix(w, "the") && w.count == 3
                || hasPrefix(w, "and") && w.count == 3 || hasPrefix(w, "de") && w.count == 2
                || w == [UInt8(ascii: "&")][...]
            if !ok { return false }
            if f == UInt8(ascii: ".") || w.last == UInt8(ascii: ".") && w.count > 3 { return false }
        }
        return words >= 1 && words <= maxWords
    }

    /// A photo caption's outlet: "… (Yonhap)", "Photo by Yuri Gripas/UPI", "(AP Photo/…)",
    /// "… /AFP", "Getty Images". An empty string: a caption whose credit names no outlet.
    static func captionSource(_ s: Bytes) -> String? {
        let last = s.last ?? 0
        if let p = lastIndex(of: "Photo", in: s) {
            for lead: StaticString in ["Photo by ", "Photo: ", "Photo courtesy of "] {
                guard hasPrefix(s[p...], lead) else { continue }
                let credit = trimmed(s[(p + lead.utf8CodeUnitCount)...], " .)")
                guard credit.count <= 60 else { continue }
                if let slash = credit.lastIndex(of: UInt8(ascii: "/")) {
                    let outlet = trimmed(credit[(slash + 1)...], " ")
                    if isOutletName(outlet, maxWords: 4) { return string(outlet) }
                }
                if isOutletName(credit, maxWords: 4), let g = gaz.entry(named: string(credit)), gaz.entries[g].isMedia {
                    return string(credit)
                }
                return ""
            }
        }
        if last == UInt8(ascii: ")") {
            var i = s.endIndex - 2
            while i >= s.startIndex, s.endIndex - i < 48, s[i] != UInt8(ascii: "(") { i -= 1 }
            guard i >= s.startIndex, s[i] == UInt8(ascii: "(") else { return nil }
            let inner = trimmed(s[(i + 1)..<(s.endIndex - 1)], " ")
            if hasPrefix(inner, "AP Photo") { return "Associated Press" }
            // A lone letter "(L)" is a position, not a source; a caption has text before it.
            guard inner.count >= 2, s.count - inner.count > 20, isOutletName(inner, maxWords: 4) else { return nil }
            let name = string(inner)
            if let g = gaz.entry(named: name), gaz.entries[g].isMedia { return name }
            // An unknown name in closing parentheses ends a caption when the line also marks
            // positions ("(L)", "(R)") or says "photo".
            if lastIndex(of: "(L)", in: s) != nil || lastIndex(of: "(R)", in: s) != nil
                || lastIndex(of: "(C)", in: s) != nil || lastIndex(of: "photo", in: s) != nil
            {
                return name
            }
            return nil
        }
        if hasSuffix(s, "Getty Images") { return "Getty Images" }
        if last.isASCIIUpper || last.isASCIILower, let slash = s.lastIndex(of: UInt8(ascii: "/")),
            s.endIndex - slash <= 12
        {
            let outlet = s[(slash + 1)...]
            if let g = gaz.entry(named: string(outlet)), gaz.entries[g].isMedia { return string(outlet) }
        }
        return nil
    }

    /// "MOSCOW. Jan 28 (Interfax) -", "March 29 (UPI) —", "SEOUL, June 21 (Yonhap) --",
    /// "(CNN)Russian …", "WASHINGTON (Reuters) -": the outlet and the date at the head of a story.
    static func dateline(_ s: Bytes) -> (String?, PartialDate?)? {
        let head = s.prefix(90)
        guard let open = head.firstIndex(of: UInt8(ascii: "(")),
            let close = head[open...].firstIndex(of: UInt8(ascii: ")"))
        else { return wireDateline(s) }
        let inner = trimmed(head[(open + 1)..<close], " ")
        guard inner.count >= 2, isOutletName(inner, maxWords: 4), lastIndex(of: "Photo", in: inner) == nil else {
            return nil
        }
        let before = trimmed(head[..<open], " ,.")
        let after = head[(close + 1)...]
        let a = trimmed(after, " ")
        let dashed =
            a.first == UInt8(ascii: "-") || a.first == UInt8(ascii: ":")
            || (a.first == 0xE2 && a.dropFirst().first == 0x80 && (a.dropFirst(2).first ?? 0) >= 0x93
                && (a.dropFirst(2).first ?? 0) <= 0x95)
        let glued = before.isEmpty && after.first.map { $0 != 32 } == true
        guard dashed || glued || (before.isEmpty && (a.first?.isASCIIUpper ?? false)) else { return nil }
        // Before it: nothing, a place in capitals, a date, or both.
        var date: PartialDate? = nil
        if !before.isEmpty {
            let doc = TextDocument(string(before))
            let exprs = Dates.find(doc, 0..<doc.tokens.count)
            if let e = exprs.first, case let .calendar(y, m, d) = e.value {
                date = PartialDate(year: y, month: m, day: d)
            }
            // Anything else before must look like a place line ("MOSCOW.", "SEOUL,").
            if date == nil {
                var letters = 0
                var upper = 0
                var spaces = 0
                for b in before {
                    if b.isASCIILetter { letters += 1 }
                    if b.isASCIIUpper { upper += 1 }
                    if b == 32 { spaces += 1 }
                }
                guard letters > 0, upper * 10 >= letters * 6 || spaces <= 2 else { return nil }
            }
        }
        return (string(inner), date)
    }

    /// "PEKING, March 2 - …", "NEW YORK, Jan 5 -": a place in capitals, a date and a dash, the
    /// wire's dateline without the outlet.
    static func wireDateline(_ s: Bytes) -> (String?, PartialDate?)? {
        guard let first = s.first, first.isASCIIUpper, let comma = s.prefix(40).firstIndex(of: UInt8(ascii: ",")) else {
            return nil
        }
        for b in s[s.startIndex..<comma]
        where !(b.isASCIIUpper || b == 32 || b == UInt8(ascii: ".") || b == UInt8(ascii: "-")) {
            return nil
        }
        guard let dash = s[comma...].prefix(24).firstIndex(of: UInt8(ascii: "-")), dash > comma + 2,
            s[dash - 1] == 32
        else { return nil }
        let doc = TextDocument(string(s[(comma + 1)..<dash]))
        guard let e = Dates.find(doc, 0..<doc.tokens.count).first, case let .calendar(y, m, d) = e.value, d != nil
        else {
            return nil
        }
        return (nil, PartialDate(year: y, month: m, day: d))
    }

    /// "By Jane Doe", "By Jane Doe and John Roe", "By Jane Doe, Reuters".
    static func byline(_ s: Bytes) -> [String]? {
        guard hasPrefix(s, "By ") || hasPrefix(s, "BY "), s.count <= 80, s.last != UInt8(ascii: ".") else { return nil }
        var rest = string(s.dropFirst(3))
        if let comma = rest.firstIndex(of: ",") { rest = String(rest[..<comma]) }
        let names = rest.split(separator: " and ").map { $0.trimmingCharacters(in: " ") }
        for n in names {
            let words = n.split(separator: " ")
            guard words.count >= 2, words.count <= 4, words.allSatisfy({ $0.first?.isUppercase == true }) else {
                return nil
            }
        }
        return names
    }

    /// A short line without a closing period: a headline (or a heading over an excerpt).
    static func isHeadlineShaped(_ s: Bytes) -> Bool {
        guard s.count <= 160, let last = s.last else { return false }
        if last == UInt8(ascii: ".") || last == UInt8(ascii: ":") || last == UInt8(ascii: ";")
            || last == UInt8(ascii: ",")
        {
            return false
        }
        // A sentence break inside ("… said. The …") makes it running text.
        var i = s.startIndex
        while i + 1 < s.endIndex {
            if s[i] == UInt8(ascii: ".") && s[i + 1] == 32 { return false }
            i += 1
        }
        if last == UInt8(ascii: "\"") || (last == 0x9D && s.count >= 3) { return s.count <= 100 }
        return true
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        let chars = Set(set.unicodeScalars)
        var scalars = Substring(self).unicodeScalars[...]
        while let f = scalars.first, chars.contains(f) { scalars = scalars.dropFirst() }
        while let l = scalars.last, chars.contains(l) { scalars = scalars.dropLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}

extension Substring {
    func trimmingCharacters(in set: String) -> String { String(self).trimmingCharacters(in: set) }
}
