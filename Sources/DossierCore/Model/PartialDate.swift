/// A calendar date known to a precision: a day, a month or a year, or a day or month whose year
/// the text never gives ("--03-26", ISO 8601's form without a year).
public struct PartialDate: Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Precision: String, Sendable, Codable { case day, month, year }

    public var year: Int?
    public var month: Int?
    public var day: Int?

    public init?(year: Int?, month: Int? = nil, day: Int? = nil) {
        if let month, !(1...12).contains(month) { return nil }
        if let day {
            guard month != nil, day >= 1, day <= PartialDate.daysIn(month: month!, year: year) else { return nil }
        }
        if year == nil && month == nil { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    public var precision: Precision { day != nil ? .day : month != nil ? .month : .year }

    /// "2018-06-22", "2018-06", "2018", "--06-22" or "--06".
    public var iso: String {
        let y = year.map { String(format4($0)) } ?? "-"
        switch (month, day) {
        case let (m?, d?): return "\(y)-\(pad2(m))-\(pad2(d))"
        case let (m?, nil): return "\(y)-\(pad2(m))"
        default: return y
        }
    }

    public var description: String { iso }

    /// Parses the forms `iso` writes, and "YYYY-MM-DDThh:mm…" timestamps (the time is dropped).
    public init?(iso text: String) {
        let s = Array(text.utf8.prefix(10))
        func num(_ r: Range<Int>) -> Int? {
            guard r.upperBound <= s.count else { return nil }
            var v = 0
            for b in s[r] {
                guard b >= 48 && b <= 57 else { return nil }
                v = v * 10 + Int(b - 48)
            }
            return v
        }
        if s.starts(with: Array("--".utf8)) {
            guard let m = num(2..<4) else { return nil }
            let d = s.count >= 7 && s[4] == UInt8(ascii: "-") ? num(5..<7) : nil
            self.init(year: nil, month: m, day: d)
            return
        }
        guard let y = num(0..<4) else { return nil }
        if s.count >= 7, s[4] == UInt8(ascii: "-"), let m = num(5..<7) {
            if s.count >= 10, s[7] == UInt8(ascii: "-"), let d = num(8..<10) {
                self.init(year: y, month: m, day: d)
            } else {
                self.init(year: y, month: m)
            }
        } else {
            self.init(year: y)
        }
    }

    /// First and last day covered, as "YYYY-MM-DD", for range filters; nil without a year.
    public var lowerBound: String? {
        guard let year else { return nil }
        return "\(format4(year))-\(pad2(month ?? 1))-\(pad2(day ?? 1))"
    }

    public var upperBound: String? {
        guard let year else { return nil }
        let m = month ?? 12
        return "\(format4(year))-\(pad2(m))-\(pad2(day ?? PartialDate.daysIn(month: m, year: year)))"
    }

    /// True when no component both dates give disagrees.
    public func isCompatible(with other: PartialDate) -> Bool {
        func agree(_ a: Int?, _ b: Int?) -> Bool { a == nil || b == nil || a == b }
        return agree(year, other.year) && agree(month, other.month) && agree(day, other.day)
    }

    /// Days since 1970-01-01 of a full date (proleptic Gregorian), nil unless year, month and day are known.
    public var dayNumber: Int? {
        guard let y = year, let m = month, let d = day else { return nil }
        return PartialDate.days(year: y, month: m, day: d)
    }

    /// The full date `dayNumber` days after 1970-01-01.
    public init(dayNumber: Int) {
        // Howard Hinnant's civil_from_days.
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    /// 0 = Sunday … 6 = Saturday, for a full date.
    public var weekday: Int? { dayNumber.map { (($0 % 7) + 11) % 7 } }

    public static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public static func daysIn(month: Int, year: Int?) -> Int {
        switch month {
        case 2:
            guard let y = year else { return 29 }
            return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let d = PartialDate(iso: text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "not a date: \(text)"))
        }
        self = d
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(iso)
    }
}

private func pad2(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
private func format4(_ v: Int) -> String {
    let s = String(v)
    return s.count >= 4 ? s : String(repeating: "0", count: 4 - s.count) + s
}
