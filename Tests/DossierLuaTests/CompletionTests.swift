import Testing

@testable import DossierLua

/// Tab completion candidates, computed from the live state.
@Suite struct CompletionTests {
    let s: Fixtures.Session
    init() throws { s = try Fixtures.Session() }

    private func complete(_ line: String) -> [String] {
        Completion.candidates(s.runtime, line: line, cursor: line.utf8.count)
    }

    @Test func globalsAndKeywords() {
        #expect(complete("eve") == ["event(", "events("])
        #expect(complete("whi") == ["while"])
        #expect(complete("x = ent") == ["entities(", "entity("])
    }

    @Test func fieldsAndMethodsAfterDotAndColon() throws {
        _ = try s.run("p = entity('Putin') q = events() t = {alpha = 1, beta = print}")
        #expect(complete("p.co") == ["p.country"])
        #expect(complete("p:ev") == ["p:events("])
        #expect(complete("q:gr") == ["q:group("])
        #expect(complete("t.") == ["t.alpha", "t.beta("])
        #expect(complete("string.up") == ["string.upper("])
        #expect(complete("dossier.f") == ["dossier.format("])
        #expect(complete("events{type='meet'}:li") == [":limit(", ":list("])
        #expect(complete("entity('Putin'):qu") == [":quotes("])
        #expect(complete("events():first().pla") == [".place"])
    }

    @Test func filterKeysAndValues() {
        #expect(complete("events{ty") == ["type="])
        #expect(complete("events{type=\"meet\", st") == ["status="])
        #expect(complete("articles{so") == ["source="])
        #expect(complete("events{type=\"vi") == ["visit"])
        #expect(complete("events{status='d") == ["denied"])
    }

    @Test func entityNamesInsideStrings() {
        #expect(complete("entity(\"Pu") == ["Putin"])
        #expect(complete("events{with=\"Vladimir P") == ["Vladimir Putin"])
        #expect(complete("x = 'Kim J") == ["Kim Jong-un"])
    }
}
