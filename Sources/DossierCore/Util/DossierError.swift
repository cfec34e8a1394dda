/// An error with a message meant for the user: it names the file, line or argument at fault.
public struct DossierError: Error, CustomStringConvertible, Sendable {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
