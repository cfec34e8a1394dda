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
/// bylines, source tags and boilerplate. Works on one paragraph at a time, so the same rules serve
/// the segmenter (which splits a collage of excerpts) and the pipeline (which needs to know which
/// lines are headlines or captions in an article it is given).
enum Layout {
    static let gaz = Gazetteer.shared

    static func paragraphs(_ text: String) -> [ParagraphInfo] {
        let ranges = Paragraphs.ranges(text)
        let bytes = Array(text.utf8)
        var out: [ParagraphInfo] = []
        var afterComments = false
        for (k, r) in ranges.enumerated() {
            var info = ParagraphInfo(range: r)
            let s = String(decoding: bytes[r], as: UTF8.self)
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
            } else if s.hasSuffix(":") && !info.closesExcerpt && s.utf8.count < 400 {
                info.role = .intro
            }
            out.append(info)
        }
        // An intro followed by a quotation or list is the article's own text ("He said:").
        for k in out.indices where out[k].role == .intro {
            if k + 1 >= out.count {
                out[k].role = .body
                continue
            }
            let next = String(decoding: bytes[out[k + 1].range.prefix(4)], as: UTF8.self)
            if next.hasPrefix("\"") || next.hasPrefix("\u{201C}") || next.hasPrefix("-") || next.hasPrefix("\u{2022}") {
                out[k].role = .body
            }
        }
        return out
    }

    // MARK: boilerplate

    static let boilerplatePrefixes = [
        "leave a reply", "please enter your comment", "please enter your name", "you have entered an incorrect",
        "share this", "like this:", "related posts", "related articles", "advertisement", "click here",
        "sign up for", "subscribe to", "follow us", "all rights reserved", "copyright ©", "© copyright",
        "read more:", "share on facebook", "share on twitter", "save my name", "post a comment", "comments",
        "notify me of", "this entry was posted", "tags:", "filed under", "previous article", "next article",
        "most popular", "recommended for you", "you may also like",
    ]
    static let commentHeaders = ["leave a reply", "post a comment", "comments"]

    static func isBoilerplate(_ s: String) -> Bool {
        guard s.utf8.count <= 100 else { return false }
        let l = s.lowercased()
        return boilerplatePrefixes.contains { l.hasPrefix($0) } || l == "reuter" || l == "reuters"
    }

    static func startsComments(_ s: String) -> Bool {
        let l = s.lowercased()
        return commentHeaders.contains { l.hasPrefix($0) }
    }

    // MARK: source tags, captions, datelines, bylines

    /// "… [Korea Times]" at the end of a paragraph: the outlet the excerpt came from.
    static func closingTag(_ s: String) -> String? {
        guard s.hasSuffix("]"), let open = s.lastIndex(of: "[") else { return nil }
        let inner = s[s.index(after: open)..<s.index(before: s.endIndex)].trimmingCharacters(in: " ")
        return isOutletName(inner, maxWords: 6) ? inner : nil
    }

    /// 1–`maxWords` words, each capitalised (or a number: "News 1"), not a sentence.
    static func isOutletName(_ s: String, maxWords: Int) -> Bool {
        let words = s.split(separator: " ")
        guard !words.isEmpty, words.count <= maxWords, s.utf8.count <= 60 else { return false }
        for w in words {
            guard let f = w.unicodeScalars.first else { return false }
            let lowerJoiner = ["of", "the", "and", "de", "&"].contains(w)
            if !(f.properties.isUppercase || f.properties.numericType != nil || lowerJoiner) { return false }
        }
        return true
    }

    /// A photo caption's outlet: "… (Yonhap)", "Photo by Yuri Gripas/UPI", "(AP Photo/…)",
    /// "… /AFP", "Getty Images".
    static func captionSource(_ s: String) -> String? {
        if let r = s.lastRange(of: "Photo by ") ?? s.lastRange(of: "Photo: ") ?? s.lastRange(of: "Photo courtesy of ") {
            let credit = s[r.upperBound...].trimmingCharacters(in: " .)")
            if credit.utf8.count <= 60 {
                if let slash = credit.lastIndex(of: "/") {
                    let outlet = credit[credit.index(after: slash)...].trimmingCharacters(in: " ")
                    if isOutletName(outlet, maxWords: 4) { return outlet }
                }
                if isOutletName(credit, maxWords: 4), gaz.entry(named: credit).map({ gaz.entries[$0].isMedia }) == true {
                    return credit
                }
                return ""
            }
        }
        if s.hasSuffix(")"), let open = s.lastIndex(of: "(") {
            let inner = s[s.index(after: open)..<s.index(before: s.endIndex)].trimmingCharacters(in: " ")
            // "(AP Photo/Name)", "(Reuters)", "(Yonhap)"; a lone letter "(L)" is a position, not a source.
            if inner.hasPrefix("AP Photo") { return "Associated Press" }
            if inner.utf8.count >= 2, isOutletName(inner, maxWords: 4), inner.utf8.count < s.utf8.count - 20 {
                if let g = gaz.entry(named: inner), gaz.entries[g].isMedia { return gaz.entries[g].name == inner ? inner : inner }
                // An unknown name in closing parentheses ends a caption when the line also
                // marks positions ("(L)", "(R)") or says "photo".
                if s.contains("(L)") || s.contains("(R)") || s.contains("(C)") || s.lowercased().contains("photo") {
                    return inner
                }
            }
        }
        if s.hasSuffix("Getty Images") || s.hasSuffix("/AFP") || s.hasSuffix("/Reuters") || s.hasSuffix("/AP") {
            if let slash = s.lastIndex(of: "/") { return String(s[s.index(after: slash)...]) }
            return "Getty Images"
        }
        return nil
    }

    /// "MOSCOW. Jan 28 (Interfax) -", "March 29 (UPI) —", "SEOUL, June 21 (Yonhap) --",
    /// "(CNN)Russian …", "WASHINGTON (Reuters) -": the outlet and the date at the head of a story.
    static func dateline(_ s: String) -> (String?, PartialDate?)? {
        let head = String(decoding: s.utf8.prefix(90), as: UTF8.self)
        guard let open = head.firstIndex(of: "("), let close = head[open...].firstIndex(of: ")") else { return nil }
        let inner = head[head.index(after: open)..<close].trimmingCharacters(in: " ")
        guard inner.utf8.count >= 2, isOutletName(inner, maxWords: 4), !inner.contains("Photo") else { return nil }
        let before = head[..<open].trimmingCharacters(in: " ,.")
        let after = head[head.index(after: close)...]
        // What follows the parenthesis: a dash, a colon, or (glued, as in "(CNN)Russian") a word.
        let a = after.trimmingCharacters(in: " ")
        let dashed = a.hasPrefix("-") || a.hasPrefix("\u{2014}") || a.hasPrefix("\u{2013}") || a.hasPrefix(":")
        let glued = before.isEmpty && after.first.map { $0.isLetter || $0 == "\u{201C}" || $0 == "\"" } == true
        guard dashed || glued || (before.isEmpty && a.first?.isUppercase == true) else { return nil }
        // Before it: nothing, a place in capitals, a date, or both.
        var date: PartialDate? = nil
        if !before.isEmpty {
            let doc = TextDocument(String(before))
            let exprs = Dates.find(doc, 0..<doc.tokens.count)
            if let e = exprs.first, case let .calendar(y, m, d) = e.value {
                date = PartialDate(year: y, month: m, day: d)
            }
            // Anything else before must look like a place line ("MOSCOW.", "SEOUL,").
            if date == nil {
                let letters = before.unicodeScalars.filter { $0.properties.isAlphabetic }
                let upper = letters.filter { $0.properties.isUppercase }
                guard !letters.isEmpty, upper.count * 10 >= letters.count * 6 || before.split(separator: " ").count <= 3
                else { return nil }
            }
        }
        return (String(inner), date)
    }

    /// "By Jane Doe", "By Jane Doe and John Roe", "By Jane Doe, Reuters".
    static func byline(_ s: String) -> [String]? {
        guard s.hasPrefix("By ") || s.hasPrefix("BY "), s.utf8.count <= 80, !s.hasSuffix(".") else { return nil }
        var rest = String(s.dropFirst(3))
        if let comma = rest.firstIndex(of: ",") { rest = String(rest[..<comma]) }
        let names = rest.split(separator: " and ").map { $0.trimmingCharacters(in: " ") }
        for n in names {
            let words = n.split(separator: " ")
            guard words.count >= 2, words.count <= 4, words.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
        }
        return names
    }

    /// A short line without a closing period: a headline (or a heading over an excerpt).
    static func isHeadlineShaped(_ s: String) -> Bool {
        guard s.utf8.count <= 160, let last = s.unicodeScalars.last else { return false }
        if last == "." || last == ":" || last == ";" || last == "," { return false }
        if last == "\u{201D}" || last == "\"" { return s.utf8.count <= 100 && !s.contains(". ") }
        return !s.contains(". ")
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

extension String {
    /// The last occurrence of `needle`.
    func lastRange(of needle: String) -> Range<String.Index>? { ranges(of: needle).last }
}

extension Substring {
    func trimmingCharacters(in set: String) -> String { String(self).trimmingCharacters(in: set) }
}
