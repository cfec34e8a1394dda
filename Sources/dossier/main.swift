import ArgumentParser
import DossierCore

// Exit status: 0 on success, 1 when a script raises an error, 2 on bad usage.
do {
    var command = try Dossier.parseAsRoot()
    try command.run()
} catch let exit as ExitStatus {
    exitProcess(exit.code)
} catch {
    let code = Dossier.exitCode(for: error)
    if code == .success {
        // --help and --version print to stdout and succeed.
        StandardStreams.writeOutput(Dossier.fullMessage(for: error) + "\n")
        exitProcess(0)
    }
    StandardStreams.writeError(Dossier.fullMessage(for: error) + "\n")
    exitProcess(code == .validationFailure || error is ValidationError ? 2 : (code.rawValue == 0 ? 1 : (code == .failure ? 1 : 2)))
}
