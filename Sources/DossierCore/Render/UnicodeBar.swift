/// Bars drawn with the eighth-block characters (▏▎▍▌▋▊▉█), so a text bar has eight steps per
/// column: fine enough to tell 7 from 8 in a chart ten columns wide.
public enum UnicodeBar {
    static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// A bar `value / maximum` of `width` columns long; a positive value always shows at least ▏.
    public static func bar(_ value: Double, maximum: Double, width: Int) -> String {
        guard value > 0, maximum > 0, width > 0 else { return "" }
        let units = Int((min(value, maximum) / maximum * Double(width * 8)).rounded())
        let full = units / 8
        let rest = units % 8
        var s = String(repeating: "█", count: full)
        if rest > 0 { s.append(eighths[rest - 1]) }
        if s.isEmpty { s = "▏" }
        return s
    }
}
