import Foundation
import Testing

@testable import DossierLua

/// The REPL's algorithm without a terminal: lines in, output and errors out.
@Suite struct ReplEngineTests {
    let s: Fixtures.Session
    let repl: ReplEngine
    final class Sink { var text = "" }
    let errors = Sink()

    init() throws {
        s = try Fixtures.Session()
        let errors = self.errors
        repl = ReplEngine(runtime: s.runtime, errorOutput: { errors.text += $0 })
    }

    /// Feeds lines; returns what they printed.
    private func feed(_ lines: String...) -> String {
        _ = try? s.run("")
        for l in lines { _ = repl.feed(l) }
        return capturedOutput()
    }

    private func capturedOutput() -> String {
        // The session collects output; read it through a run that prints nothing.
        let out = s.runtimeOutput
        return out
    }

    @Test func expressionsPrintTheirValues() {
        #expect(feed("1 + 1") == "2\n")
        #expect(feed("1, 'two', nil") == "1\ttwo\tnil\n")
        #expect(feed("= 6 * 7") == "42\n")
        #expect(feed("x = 5") == "")
        #expect(feed("x") == "5\n")
        #expect(feed("'text'") == "text\n")
    }

    @Test func incompleteChunksAskForMore() {
        #expect(repl.feed("for i = 1, 2 do") == .needsMore)
        #expect(repl.prompt == ">> ")
        #expect(repl.feed("  print(i)") == .needsMore)
        #expect(feed("end") == "1\n2\n")
        #expect(repl.prompt == "> ")
        #expect(repl.feed("t = {") == .needsMore)
        repl.reset()
        #expect(repl.prompt == "> ")
    }

    @Test func errorsAreShownAndTheSessionGoesOn() {
        _ = feed("error('boom')")
        #expect(errors.text.hasPrefix("input:1: boom\nstack traceback:"))
        errors.text = ""
        _ = feed("x = = 1")
        #expect(errors.text == "input:1: unexpected symbol near '='\n")
        #expect(feed("1 + 2") == "3\n")
    }

    @Test func queriesPrintAsTablesAndRecordsAsCards() {
        let table = feed("events()")
        #expect(table.hasPrefix("id  type   participants"))
        #expect(table.contains("visit  Moon Jae-in"))
        #expect(table.hasSuffix("(3 rows)\n"))
        s.runtime.previewRows = 1
        #expect(feed("events()").hasSuffix("(1 of 3 rows; show(q) prints all)\n"))
        let card = feed("entity('Peskov')")
        #expect(card.contains("role      Kremlin spokesman"))
        #expect(feed("events():group('type')") == "key    count\n─────  ─────\nmeet       2\nvisit      1\n")
    }

    @Test func modesChangeTheFormat() {
        _ = feed(".mode csv")
        #expect(
            feed("articles():sort('date'):limit(1)")
                == "id,date,source,title\r\n3,2018-03-29,Korea Times,No Putin-Kim summit planned\r\n")
        _ = feed(".mode json")
        #expect(
            feed("events{type='visit'}").hasPrefix("[{\"id\":1,\"type\":\"visit\",\"participants\":[\"Moon Jae-in\"]"))
        _ = feed(".mode markdown")
        #expect(
            feed("entities{kind='media'}")
                == "| name | kind | country | mentions |\n| --- | --- | --- | ---: |\n| Yonhap | media |  | 0 |\n")
        errors.text = ""
        _ = feed(".mode xml")
        #expect(errors.text.hasPrefix(".mode: unknown mode 'xml'"))
    }

    @Test func dotCommands() {
        #expect(feed(".help").contains(".mode table|csv|json|markdown"))
        #expect(feed(".stats") == "3 articles, 8 entities, 3 events, 2 quotes\n")
        _ = feed(".timer on")
        #expect(feed("1").contains("Run Time: "))
        #expect(repl.feed(".quit") == .quit)
        errors.text = ""
        _ = feed(".mdoe csv")
        #expect(errors.text == "unknown command '.mdoe' (did you mean '.mode'?); .help lists them\n")
    }

    @Test func aQuestionMarkAsksForHelpAndReadRunsAFile() throws {
        #expect(feed("events?") == feed("help(events)"))
        #expect(feed("entity('Putin') ?").hasPrefix("entities{filters}"))
        let path = NSTemporaryDirectory() + "dossier-read-\(getpid()).lua"
        try "shared = 41 + 1\nprint('read', #articles())\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(feed(".read \(path)") == "read\t3\n")
        #expect(feed("shared") == "42\n")
        errors.text = ""
        _ = feed(".read /nonexistent.lua")
        #expect(errors.text == ".read: cannot open /nonexistent.lua\n")
    }

    @Test func helpDescribesTheAPI() {
        #expect(feed("help()").contains("events{type=, with=, status="))
        #expect(feed("help(events)").hasPrefix("events{filters}"))
        #expect(feed("help(entity('Putin'))").hasPrefix("entities{filters}"))
        #expect(feed("help(events())").hasPrefix("Query methods"))
        #expect(feed("help('filters')").contains("status=\"occurred\""))
        #expect(feed("help('filtres')").contains("did you mean 'filters'?"))
    }
}

extension Fixtures.Session {
    /// Output collected since the last `run`.
    var runtimeOutput: String { output }
}
