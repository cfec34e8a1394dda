import ArgumentParser
import DossierCore
import DossierLua
import Foundation

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Run a report script and write the report as Markdown, HTML, CSV or JSON.",
        discussion: """
            Options come before the script; everything after it is the script's own (arg[1…] and ...).
            The script builds a report with the Lua `report` module and returns it (or the last one
            it made is taken). Files are named after the script (or --name) in the --out folder:
            NAME.md, NAME.html, NAME.json, and one NAME.TABLE.csv per table. Standard output carries
            only the paths written, one a line, or the report itself with --out -. Script output
            (print) goes to standard error. Nothing is written when the script fails (exit 1).

            --since and --until are seen by the script as report.period; queries use them where the
            script asks, e.g. events(report.within{type="meet"}).
            """)

    @OptionGroup var corpus: CorpusOptions

    @Option(help: ArgumentHelp("The first day of the period: 2018-06-18, 2018-06 or 2018.", valueName: "DATE"))
    var since: String?

    @Option(
        name: .customLong("until"), help: ArgumentHelp("The last day of the period (inclusive).", valueName: "DATE"))
    var until: String?

    @Option(help: ArgumentHelp("The folder to write to (made if missing), or - for standard output.", valueName: "DIR"))
    var out: String = "."

    @Option(
        help: ArgumentHelp(
            "md, html, csv or json; repeat it or separate with commas (default: md and html; md with --out -).",
            valueName: "FORMAT"))
    var format: [String] = []

    @Option(help: ArgumentHelp("The file name without extension (default: the script's name).", valueName: "NAME"))
    var name: String?

    @Argument(help: ArgumentHelp("The Lua script that builds the report.", valueName: "SCRIPT.lua"))
    var script: String

    @Argument(parsing: .captureForPassthrough, help: ArgumentHelp("Arguments for the script.", valueName: "ARGS"))
    var arguments: [String] = []

    /// The formats asked for, in the order given, each once.
    func formats() throws -> [ReportFormat] {
        var out: [ReportFormat] = []
        for item in format.flatMap({ $0.split(separator: ",").map(String.init) }) {
            guard let f = ReportFormat(name: item.trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError(
                    "unknown format '\(item)'\(Suggestion.hint(item, in: ReportFormat.names)) (one of: md, html, csv, json)"
                )
            }
            if !out.contains(f) { out.append(f) }
        }
        // Standard output takes one format: Markdown, unless one is asked for.
        if out.isEmpty { return self.out == "-" ? [.markdown] : [.markdown, .html] }
        return out
    }

    func period() throws -> ReportPeriod? {
        func date(_ s: String?, _ option: String) throws -> PartialDate? {
            guard let s else { return nil }
            guard let d = PartialDate(iso: s), d.year != nil, s.count == d.iso.count else {
                throw ValidationError("--\(option): expected a date such as 2018-06-18, 2018-06 or 2018, got '\(s)'")
            }
            return d
        }
        let p = ReportPeriod(since: try date(since, "since"), until: try date(until, "until"))
        if let a = p.firstDay, let b = p.lastDay, a > b {
            throw ValidationError("--since \(since!) comes after --until \(until!)")
        }
        return p.isOpen ? nil : p
    }

    func validate() throws {
        _ = try period()
        let f = try formats()
        if out == "-" && f.count > 1 {
            throw ValidationError("--out - writes one format to standard output; give one --format")
        }
        if let name, name.isEmpty || name.contains("/") || name.hasPrefix(".") {
            throw ValidationError("--name: a plain file name is needed, got '\(name)'")
        }
    }

    /// The base name of the files: --name, or the script's name without its extension.
    var baseName: String {
        if let name { return name }
        let file = URL(fileURLWithPath: script).deletingPathExtension().lastPathComponent
        return script == "-" || file.isEmpty ? "report" : file
    }

    func run() throws {
        let period = try period()
        let formats = try formats()
        let store = try corpus.openStore()
        // Standard output is for the paths (or the report); the script's prints go to standard error.
        let runtime = LuaRuntime(store: store, output: StandardStreams.writeError)
        runtime.isTerminal = StandardStreams.isTerminal(2)
        ReportModule.setPeriod(runtime, period)
        let code: String
        if script == "-" {
            code = ScriptRunner.readAllStandardInput()
        } else {
            guard let data = FileManager.default.contents(atPath: script) else {
                StandardStreams.writeError("dossier: cannot open \(script)\n")
                throw ExitStatus.scriptError
            }
            code = String(decoding: data, as: UTF8.self)
        }
        let report: Report
        switch ReportScript.run(runtime, path: script == "-" ? "stdin" : script, args: arguments, code: code) {
        case .success(let r): report = r
        case .failure(let failure):
            StandardStreams.writeError("dossier: \(failure)\n")
            throw ExitStatus.scriptError
        }
        if out == "-" {
            let sink = try OutputFile(path: nil)
            try sink.write(report.render(formats[0]))
            try sink.finish()
            return
        }
        var files: [(path: String, text: String)] = []
        for f in formats {
            if f == .csv {
                let sections = CSVReport.sections(report)
                if sections.isEmpty {
                    StandardStreams.writeError("dossier: the report has no tables; no CSV written\n")
                }
                for s in sections { files.append((path(baseName + "." + s.name + ".csv"), CSVReport.csv(s.data))) }
            } else {
                files.append((path(baseName + "." + f.fileExtension), report.render(f)))
            }
        }
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        // Every file is written under a temporary name first; the renames come last, together.
        let sinks = try files.map { file -> OutputFile in
            let sink = try OutputFile(path: file.path)
            try sink.write(file.text)
            return sink
        }
        for sink in sinks { try sink.finish() }
        StandardStreams.writeOutput(files.map { $0.path + "\n" }.joined())
    }

    func path(_ file: String) -> String {
        out.hasSuffix("/") ? out + file : out + "/" + file
    }
}
