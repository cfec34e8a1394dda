/// ANSI colour for the REPL's text charts, used only on a terminal and never when NO_COLOR is set
/// (https://no-color.org: any non-empty value) or TERM is "dumb". Off, every function returns its
/// text unchanged, so piped output and tests see plain text.
public struct TerminalStyle: Sendable {
    public let enabled: Bool

    public init(enabled: Bool) {
        self.enabled = enabled
    }

    public static let plain = TerminalStyle(enabled: false)

    /// Whether to colour output to a stream that is (or is not) a terminal, given the environment.
    public static func colorAllowed(isTerminal: Bool, environment: [String: String]) -> Bool {
        guard isTerminal else { return false }
        if let v = environment["NO_COLOR"], !v.isEmpty { return false }
        return environment["TERM"] != "dumb"
    }

    private func wrap(_ s: String, _ code: String) -> String {
        enabled && !s.isEmpty ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s
    }

    public func bold(_ s: String) -> String { wrap(s, "1") }
    public func dim(_ s: String) -> String { wrap(s, "2") }
    public func accent(_ s: String) -> String { wrap(s, "36") }

    /// Statuses in the colours of the HTML report: occurred green, planned blue, speculated
    /// yellow, denied red.
    public func status(_ s: String) -> String {
        switch s {
        case "occurred": return wrap(s, "32")
        case "planned": return wrap(s, "34")
        case "speculated": return wrap(s, "33")
        case "denied": return wrap(s, "31")
        default: return s
        }
    }
}
