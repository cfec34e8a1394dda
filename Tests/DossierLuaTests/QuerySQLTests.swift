import Testing

@testable import DossierLua

/// q:sql(): the statement a query runs, with its arguments written in.
@Suite struct QuerySQLTests {
    let s: Fixtures.Session
    init() throws { s = try Fixtures.Session() }

    @Test func theSQLNamesTheFiltersWithTheirValues() throws {
        let out = try s.run("print(events{type='meet', since='2018-06'}:sql())")
        #expect(out.hasPrefix("SELECT e.id"))
        #expect(out.contains("e.type IN ('meet')"))
        #expect(out.contains("'2018-06-01'"))
        #expect(!out.contains("?"))
    }

    @Test func quotesInValuesAreEscapedAndLuaStagesAreNamed() throws {
        #expect(
            try s.run("print(articles{title=\"Kim's summit\"}:sql())").contains("'%Kim''s summit%'")
                || s.run("print(articles{title=\"Kim's summit\"}:sql())").contains("Kim''s"))
        #expect(
            try s.run("print(select(2, entities():where(function() return true end):sql()))") == "then 1 step in Lua\n")
    }
}
