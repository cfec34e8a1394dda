#if canImport(Glibc)
    import Glibc
#endif

/// Ends the command with a status after its message has been written.
struct ExitStatus: Error {
    var code: Int32
    static let scriptError = ExitStatus(code: 1)
    static let usage = ExitStatus(code: 2)
}

func exitProcess(_ code: Int32) -> Never {
    exit(code)
}
