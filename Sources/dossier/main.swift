import ArgumentParser
import DossierCore

// Exit status: 0 on success, 1 when a script raises an error or the work failed, 2 on bad usage.
do {
    var command = try Dossier.parseAsRoot()
    try command.run()
} catch let exit as ExitStatus {
    exitProcess(exit.code)
} catch {
    switch Dossier.exitCode(for: error) {
    case .success:
        // --help and --version print to stdout and succeed.
        StandardStreams.writeOutput(Dossier.fullMessage(for: error) + "\n")
        exitProcess(0)
    case .failure:
        // Not a usage error: the work itself failed (a missing database, an unreadable file).
        StandardStreams.writeError("dossier: \(userMessage(error))\n")
        exitProcess(1)
    default:
        StandardStreams.writeError(Dossier.fullMessage(for: error) + "\n")
        exitProcess(2)
    }
}
