import GRDB

/// An error with a message meant for the user: it names the file, line or argument at fault.
public struct DossierError: Error, CustomStringConvertible, Sendable {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}

/// An error as a user should read it: a DossierError's message; a statement stopped by Ctrl-C as
/// "interrupted!"; SQLite's own message without the statement's text otherwise.
public func userMessage(_ error: any Error) -> String {
    if let e = error as? DossierError { return e.message }
    if let e = error as? DatabaseError {
        if e.resultCode == .SQLITE_INTERRUPT { return "interrupted!" }
        return "database: \(e.message ?? "\(e.resultCode)")"
    }
    return "\(error)"
}
