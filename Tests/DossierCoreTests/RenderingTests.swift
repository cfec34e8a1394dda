import Testing

@testable import DossierCore

@Suite struct RenderingTests {
    let table = TableData(
        columns: ["name", "count"],
        rows: [[.string("Moon Jae-in"), .int(12)], [.string("Kim \"Jong\", Un"), .int(3)], [.null, .int(100)]])

    @Test func alignedTableRightAlignsNumbers() {
        #expect(
            table.render(.table) == """
                name            count
                ──────────────  ─────
                Moon Jae-in        12
                Kim "Jong", Un      3
                                  100

                """)
    }

    @Test func csvQuotesWhatNeedsIt() {
        #expect(table.render(.csv) == "name,count\r\nMoon Jae-in,12\r\n\"Kim \"\"Jong\"\", Un\",3\r\n,100\r\n")
    }

    @Test func jsonKeepsTypesAndOrder() {
        #expect(
            table.render(.json)
                == "[{\"name\":\"Moon Jae-in\",\"count\":12},\n {\"name\":\"Kim \\\"Jong\\\", Un\",\"count\":3},\n {\"name\":null,\"count\":100}]\n"
        )
    }

    @Test func markdownEscapesPipes() {
        let t = TableData(columns: ["a|b"], rows: [[.string("x|y")]])
        #expect(t.render(.markdown) == "| a\\|b |\n| --- |\n| x\\|y |\n")
    }

    @Test func wideCharactersCountTwoColumns() {
        #expect(DisplayWidth.of("문재인") == 6)
        #expect(DisplayWidth.truncate("abcdefghij", to: 5) == "abcd…")
    }

    @Test func jsonEscapesControlCharacters() {
        #expect(JSON.string("a\u{1}\n\"\\").serialized == "\"a\\u0001\\n\\\"\\\\\"")
    }

    @Test func suggestionsFindTyposOnly() {
        #expect(Suggestion.nearest("tpye", in: ["type", "with", "status"]) == "type")
        #expect(Suggestion.nearest("zzzzzz", in: ["type", "with"]) == nil)
        #expect(Suggestion.distance(Array("ab"), Array("ba")) == 1)
    }
}
