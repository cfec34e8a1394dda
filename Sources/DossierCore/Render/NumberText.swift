import Foundation

/// Numbers written the same way on every run and machine: no locale, no exponent, a fixed
/// number of decimals. Byte-identical reports depend on it (Swift's `description` of a Double
/// prints the shortest round-trip form, which changes with tiny differences in a computation).
public enum NumberText {
    /// An integral value as an integer, otherwise rounded to `decimals` places, trailing zeros dropped.
    public static func plain(_ value: Double, decimals: Int = 2) -> String {
        guard value.isFinite else { return "0" }
        var scale: Int64 = 1
        for _ in 0..<max(0, min(decimals, 6)) { scale *= 10 }
        let scaled = (abs(value) * Double(scale)).rounded()
        // Too large for the integer arithmetic below: no fraction to show anyway.
        guard scaled < 9e15 else { return String(format: "%.0f", value.rounded()) }
        let n = Int64(scaled)
        let whole = n / scale
        var frac = n % scale
        let sign = value < 0 && n != 0 ? "-" : ""
        if frac == 0 { return sign + String(whole) }
        var digits = String(frac)
        digits = String(repeating: "0", count: String(scale).count - 1 - digits.count) + digits
        while digits.hasSuffix("0") {
            digits.removeLast()
            frac /= 10
        }
        return sign + String(whole) + "." + digits
    }

    /// A coordinate for SVG: one decimal at most.
    public static func coordinate(_ value: Double) -> String { plain(value, decimals: 1) }

    /// The value as a JSON number: an integer when it is one.
    public static func json(_ value: Double) -> JSON {
        if value.isFinite, value == value.rounded(), abs(value) < 9e15 { return .int(Int64(value)) }
        return .double((value * 1_000_000).rounded() / 1_000_000)
    }
}
