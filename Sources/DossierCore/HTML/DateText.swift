/// Reads publication dates as pages write them: ISO 8601 timestamps, RFC 2822, "December 22, 2023",
/// "22 Dec 2023", "12/22/2023", and dates in URL paths ("/2023/12/22/").
enum DateText {
    private static let months: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
        "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
        "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    ]

    private enum Token: Equatable {
        case number(Int, digits: Int)
        case month(Int)
        case separator(UInt8)
    }

    /// The first plausible date in `text`, to the day when the text gives the day.
    static func parse(_ text: String) -> PartialDate? {
        let tokens = tokenize(text)
        var k = 0
        while k < tokens.count {
            if let d = match(tokens, at: k) { return d }
            k += 1
        }
        return nil
    }

    /// A date that a URL's path spells: /2023/12/22/, /2023-12-22-, /20231222/.
    static func fromURL(_ url: String) -> PartialDate? {
        let tokens = tokenize(url)
        for k in 0..<tokens.count {
            guard case .number(let y, 4) = tokens[k], plausibleYear(y) else {
                if case .number(let v, 8) = tokens[k], plausibleYear(v / 10000),
                    let d = PartialDate(year: v / 10000, month: v / 100 % 100, day: v % 100)
                {
                    return d
                }
                continue
            }
            if k + 4 < tokens.count, case .separator = tokens[k + 1], case .number(let m, _) = tokens[k + 2],
                case .separator = tokens[k + 3], case .number(let d, let dd) = tokens[k + 4], dd <= 2,
                let date = PartialDate(year: y, month: m, day: d)
            {
                return date
            }
        }
        return nil
    }

    private static func plausibleYear(_ y: Int) -> Bool { y >= 1990 && y <= 2100 }

    private static func match(_ t: [Token], at k: Int) -> PartialDate? {
        func num(_ i: Int) -> (Int, Int)? {
            guard i < t.count, case .number(let v, let d) = t[i] else { return nil }
            return (v, d)
        }
        func month(_ i: Int) -> Int? {
            guard i < t.count, case .month(let m) = t[i] else { return nil }
            return m
        }
        func sep(_ i: Int, _ allowed: [UInt8]) -> Bool {
            guard i < t.count, case .separator(let c) = t[i] else { return false }
            return allowed.contains(c)
        }
        // 2023-12-22, 2023/12/22, 2023.12.22
        if case let (y, 4)? = num(k), plausibleYear(y), sep(k + 1, [45, 47, 46]), case let (m, _)? = num(k + 2) {
            if sep(k + 3, [45, 47, 46]), case let (d, dd)? = num(k + 4), dd <= 2,
                let date = PartialDate(year: y, month: m, day: d)
            {
                return date
            }
            return PartialDate(year: y, month: m)
        }
        // 20231222 (compact ISO)
        if case let (v, 8)? = num(k), plausibleYear(v / 10000),
            let date = PartialDate(year: v / 10000, month: v / 100 % 100, day: v % 100)
        {
            return date
        }
        // December 22, 2023 / Dec. 22 2023
        if let m = month(k) {
            var i = k + 1
            if sep(i, [46]) { i += 1 }
            if case let (d, dd)? = num(i), dd <= 2 {
                var j = i + 1
                while sep(j, [44, 46]) { j += 1 }
                if case let (y, 4)? = num(j), plausibleYear(y) { return PartialDate(year: y, month: m, day: d) }
            }
            if case let (y, 4)? = num(i), plausibleYear(y) { return PartialDate(year: y, month: m) }
        }
        // 22 December 2023 / 22 Dec. 2023 / 22. Dezember … (month names in English only)
        if case let (d, dd)? = num(k), dd <= 2 {
            var i = k + 1
            if sep(i, [46]) { i += 1 }
            if let m = month(i) {
                var j = i + 1
                while sep(j, [44, 46]) { j += 1 }
                if case let (y, 4)? = num(j), plausibleYear(y) { return PartialDate(year: y, month: m, day: d) }
            }
            // 12/22/2023 (US order) or 22/12/2023 when the first number cannot be a month.
            if sep(k + 1, [47, 45, 46]), case let (b, bd)? = num(k + 2), bd <= 2, sep(k + 3, [47, 45, 46]),
                case let (y, 4)? = num(k + 4), plausibleYear(y)
            {
                return d > 12 ? PartialDate(year: y, month: b, day: d) : PartialDate(year: y, month: d, day: b)
            }
        }
        return nil
    }

    private static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        let b = Array(text.utf8.prefix(400))
        var i = 0
        while i < b.count {
            let c = b[i]
            if c >= 48 && c <= 57 {
                var v = 0
                var n = 0
                while i < b.count, b[i] >= 48 && b[i] <= 57 {
                    if n < 9 { v = v * 10 + Int(b[i] - 48) }
                    n += 1
                    i += 1
                }
                // Ordinal suffixes: 22nd, 1st, 3rd, 4th.
                if i + 1 < b.count,
                    ["st", "nd", "rd", "th"].contains(String(decoding: b[i..<(i + 2)], as: UTF8.self).lowercased()),
                    i + 2 == b.count || !isLetter(b[i + 2])
                {
                    i += 2
                }
                tokens.append(.number(v, digits: n))
            } else if isLetter(c) {
                let start = i
                while i < b.count, isLetter(b[i]) { i += 1 }
                let word = String(decoding: b[start..<i], as: UTF8.self).lowercased()
                if let m = months[word] {
                    tokens.append(.month(m))
                } else if tokens.last != .separator(32) {
                    tokens.append(.separator(32))
                }
            } else if c == 32 || c == 9 || c == 10 {
                i += 1
            } else {
                tokens.append(.separator(c))
                i += 1
            }
        }
        return tokens
    }

    private static func isLetter(_ c: UInt8) -> Bool { (c >= 65 && c <= 90) || (c >= 97 && c <= 122) }
}
