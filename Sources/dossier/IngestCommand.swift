import ArgumentParser
import DossierCore
import DossierLua
import Foundation

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Store articles and what is extracted from them in a database.",
        discussion: """
            Files already stored with the same content are skipped (same size and modification
            time, or else the same content hash); a file moved or renamed keeps its articles; a
            changed file replaces its articles. Progress
            shows on a terminal; a summary ends the run. Exit status 1 when a file failed.

            A --reader script registers readers for formats of your own, tried before the built-in
            ones:
              dossier.reader{name="atat", match="%.atat$",   -- or function(file, head) … end
                read=function(text, file) return {{title=…, text=…, date=…, source=…}, …} end}
            """)

    @Option(name: .long, help: ArgumentHelp("The database to store into (created if missing).", valueName: "FILE"))
    var db: String

    @Option(name: .long, help: ArgumentHelp("JSON field names: text=body,date=published,…", valueName: "MAP"))
    var map: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "A Lua script that registers readers with dossier.reader{…} (repeatable).", valueName: "SCRIPT.lua"))
    var reader: [String] = []

    @Argument(help: ArgumentHelp("Files or folders of articles.", valueName: "PATHS"))
    var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give the files or folders to ingest") }
        if let map {
            do { _ = try ReaderOptions.fieldMap(parsing: map) } catch { throw ValidationError("--map: \(error)") }
        }
    }

    func run() throws {
        for path in paths where !FileManager.default.fileExists(atPath: path) {
            throw DossierError("\(path): no such file or folder")
        }
        let store = try Store.open(path: db, create: true)
        // The database may sit in the folder being ingested: it and its log are not articles.
        let dbFiles = Set(
            ["", "-wal", "-shm", "-journal"].map { URL(fileURLWithPath: db + $0).resolvingSymlinksInPath().path })
        // Paths are resolved only for names that could be one of them: resolving costs a stat per
        // part of the path, too much for every file of a large folder.
        let dbName = (db as NSString).lastPathComponent
        // A file is known by its path: `news/a.txt`, `./news/a.txt` and its absolute path are one file.
        let roots = paths.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path }
        let files = ReaderRegistry.files(in: roots).filter {
            !(($0 as NSString).lastPathComponent.hasPrefix(dbName)
                && dbFiles.contains(URL(fileURLWithPath: $0).resolvingSymlinksInPath().path))
        }
        let progress = ProgressLine(enabled: StandardStreams.isTerminal(2))
        let options = ReaderOptions(fieldMap: try map.map { try ReaderOptions.fieldMap(parsing: $0) } ?? [:])
        var load = Loaders.standard(options: options)
        // The Lua state is made here and used only from this thread: the ingest calls its loader
        // on the thread that called it.
        if !reader.isEmpty {
            let rt = LuaRuntime(store: store)
            for script in reader { try ScriptRunner.runFile(rt, path: script, args: []) }
            if rt.readerNames.isEmpty {
                throw DossierError(
                    "--reader: \(reader.joined(separator: ", ")) registered no reader (call dossier.reader{name=…, match=…, read=…})"
                )
            }
            load = rt.fileLoader(options: options, fallback: load)
        }
        let summary = Ingestor(store: store, load: load).ingest(files: files) { progress.update($0) }
        progress.finish()
        // Messages name a file as the user spelt its folder.
        func shown(_ file: String) -> String {
            for (root, typed) in zip(roots, paths) where file == root || file.hasPrefix(root + "/") {
                let folder = typed.count > 1 && typed.hasSuffix("/") ? String(typed.dropLast()) : typed
                return folder + file.dropFirst(root.count)
            }
            return file
        }
        for m in summary.messages {
            StandardStreams.writeError("dossier: \(shown(m.file)): \(m.failed ? "failed: " : "")\(m.text)\n")
        }
        var text = "\(summary.newFiles) new, \(summary.unchangedFiles) unchanged, \(summary.replacedFiles) replaced, "
        text +=
            "\(summary.failedFiles.count) failed; \(summary.articles) articles stored (\(summary.duplicates) duplicate)"
        text += String(format: " in %.1f s", summary.seconds)
        if summary.newFiles == 0 && summary.replacedFiles == 0 && summary.failedFiles.isEmpty {
            text += "; nothing new"
        }
        StandardStreams.writeOutput(text + "\n")
        if !summary.failedFiles.isEmpty { throw ExitStatus.scriptError }
    }
}
