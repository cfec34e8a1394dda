import DossierCore
import DossierLua
import Foundation

/// Runs Lua code from a file, a `-e` chunk or standard input, reporting errors as `lua` does:
/// the message with its position and a traceback on stderr, and exit status 1.
enum ScriptRunner {
    static func runFile(_ runtime: LuaRuntime, path: String, args: [String]) throws {
        let code: String
        if path == "-" {
            code = readAllStandardInput()
        } else {
            guard let data = FileManager.default.contents(atPath: path) else {
                StandardStreams.writeError("dossier: cannot open \(path)\n")
                throw ExitStatus.scriptError
            }
            code = String(decoding: data, as: UTF8.self)
        }
        if let error = runtime.runScript(path: path == "-" ? "stdin" : path, args: args, code: code) {
            StandardStreams.writeError("dossier: \(error)\n")
            throw ExitStatus.scriptError
        }
    }

    static func runChunk(_ runtime: LuaRuntime, _ code: String, name: String) throws {
        if let error = runtime.run(code, name: name) {
            StandardStreams.writeError("dossier: \(error)\n")
            throw ExitStatus.scriptError
        }
    }

    static func readAllStandardInput() -> String {
        String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
    }
}
