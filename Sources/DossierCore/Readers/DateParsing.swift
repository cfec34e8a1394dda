/// Publication dates as containers write them, to a `PartialDate` that keeps only what is given:
/// RFC 3339 / ISO 8601 ("2018-06-21T10:00:00+09:00"), RFC 822 ("Thu, 21 Jun 2018 10:00:00 GMT",
/// two-digit years too), Reuters ("26-FEB-1987 15:01:01.79"), prose ("June 21, 2018", "21 June
/// 2018", "June 2018"), slashed numbers when unambiguous, and epoch seconds or milliseconds.
///
/// The date is the one written, in the writer's own time zone: converting to UTC would move an
/// evening story in Seoul to the previous day, and the text's "on Friday" is relative to the local day.
public enum DateParsing {
    public static func parse(_ text: String) -> PartialDate? {
        let s = text.trimmingSpaces()
        guard !s.isEmpty else { return nil }
        let bytes = Array(s.utf8)
        if let iso = isoDate(bytes) { return iso }
        if bytes.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
            if bytes.count == 8, let d = compactDate(bytes) { return d }
            if let n = Int(s), bytes.count >= 9 { return epoch(Double(n)) }
            return nil
        }
        return wordsAndNumbers(s)
    }

    /// Epoch seconds (or milliseconds, which are larger than any plausible second count).
    public static func epoch(_ value: Double) -> PartialDate? {
        var seconds = value
        if seconds > 1e11 { seconds /= 1000 }
        guard seconds > 0, seconds < 1e10 else { return nil }
        return PartialDate(dayNumber: Int((seconds / 86_400).rounded(.down)))
    }

    /// "2018-06-21…", "2018-06", "2018/06/21", "2018.06.21", "2018" alone.
    private static func isoDate(_ b: [UInt8]) -> PartialDate? {
        func digits(_ r: Range<Int>) -> Int? {
            guard r.upperBound <= b.count else { return nil }
            var v = 0
            for i in r {
                guard b[i] >= 48 && b[i] <= 57 else { return nil }
                v = v * 10 + Int(b[i] - 48)
            }
            return v
        }
        guard let year = digits(0..<4), year >= 1000 else { return nil }
        if b.count == 4 { return PartialDate(year: year) }
        let sep = b[4]
        guard sep == UInt8(ascii: "-") || sep == UInt8(ascii: "/") || sep == UInt8(ascii: ".") else { return nil }
        // One-digit months and days ("2018/6/1") happen with slashes.
        var i = 5
        func number() -> Int? {
            var v = 0
            var n = 0
            while i < b.count, b[i] >= 48, b[i] <= 57, n < 2 {
                v = v * 10 + Int(b[i] - 48)
                i += 1
                n += 1
            }
            return n > 0 ? v : nil
        }
        guard let month = number() else { return nil }
        if i == b.count || !(b[i] == sep) {
            // "2018-06" alone, or followed by something that is not a day.
            return i == b.count ? PartialDate(year: year, month: month) : nil
        }
        i += 1
        guard let day = number() else { return nil }
        if i < b.count {
            let c = b[i]
            // A time or zone may follow; a digit may not (it would be "2018-06-211").
            guard c == UInt8(ascii: "T") || c == UInt8(ascii: " ") || c == UInt8(ascii: "t") || c == UInt8(ascii: "Z")
            else { return nil }
        }
        return PartialDate(year: year, month: month, day: day)
    }

    /// "20180621".
    static func compactDate(_ b: some Collection<UInt8>) -> PartialDate? {
        let v = b.map { Int($0) - 48 }
        guard v.count == 8, v.allSatisfy({ (0...9).contains($0) }) else { return nil }
        let year = v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3]
        guard year >= 1800 && year <= 2200 else { return nil }
        return PartialDate(year: year, month: v[4] * 10 + v[5], day: v[6] * 10 + v[7])
    }

    static let monthNames: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
        "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
        "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    ]

    /// Dates with a month name, or three slashed numbers.
    private static func wordsAndNumbers(_ s: String) -> PartialDate? {
        enum Token { case number(Int, digits: Int), month(Int), slash }
        var tokens: [Token] = []
        var word: [UInt8] = []
        var number = 0
        var digits = 0
        var suffix = false  // inside the "st" of "21st"
        func flush() {
            if digits > 0 {
                tokens.append(.number(number, digits: digits))
                number = 0
                digits = 0
            }
            if !word.isEmpty {
                if let m = monthNames[String(decoding: word, as: UTF8.self)] { tokens.append(.month(m)) }
                word.removeAll(keepingCapacity: true)
            }
        }
        for b in s.utf8 {
            let isDigit = b >= 0x30 && b <= 0x39
            let isLetter = (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b >= 0x80
            if isDigit {
                if !word.isEmpty { flush() }
                suffix = false
                if digits < 9 {
                    number = number * 10 + Int(b - 0x30)
                    digits += 1
                }
            } else if isLetter {
                if digits > 0 {
                    flush()
                    suffix = true
                }
                if suffix { continue }
                word.append(b < 0x80 ? b | 0x20 : b)
            } else {
                suffix = false
                // A time ("15:01:01.79") ends the date part.
                if b == UInt8(ascii: ":") {
                    number = 0
                    digits = 0
                    break
                }
                flush()
                if b == UInt8(ascii: "/") { tokens.append(.slash) }
            }
            if tokens.count > 8 { break }
        }
        flush()

        var month: Int?
        var numbers: [(Int, Int)] = []
        var slashes = 0
        for t in tokens {
            switch t {
            case let .month(m): if month == nil { month = m }
            case let .number(n, d): numbers.append((n, d))
            case .slash: slashes += 1
            }
        }
        if let month {
            var year: Int?
            var day: Int?
            for (n, d) in numbers {
                if d == 4 && year == nil {
                    year = n
                } else if d <= 2 && day == nil && (1...31).contains(n) {
                    day = n
                } else if d <= 2 && year == nil && day != nil {
                    year = n < 50 ? 2000 + n : 1900 + n  // RFC 822's two-digit years
                }
            }
            if let year, let day { return PartialDate(year: year, month: month, day: day) }
            if let year { return PartialDate(year: year, month: month) }
            if let day { return PartialDate(year: nil, month: month, day: day) }
            return nil
        }
        // "06/21/2018" or "21/06/2018": only when the numbers say which is the day.
        guard slashes == 2, numbers.count >= 3 else { return nil }
        let (a, b, (y, yd)) = (numbers[0].0, numbers[1].0, numbers[2])
        let year = yd == 4 ? y : yd == 2 ? (y < 50 ? 2000 + y : 1900 + y) : nil
        guard let year else { return nil }
        if a > 12 && b <= 12 { return PartialDate(year: year, month: b, day: a) }
        if b > 12 && a <= 12 { return PartialDate(year: year, month: a, day: b) }
        if a == b { return PartialDate(year: year, month: a, day: b) }
        return nil
    }
}
