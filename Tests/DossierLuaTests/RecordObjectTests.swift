import Testing

@testable import DossierLua

/// Fields, navigation, printing and identity of articles, entities, events and quotes.
@Suite struct RecordObjectTests {
    let s: Fixtures.Session
    init() throws { s = try Fixtures.Session() }

    @Test func entityFieldsAndNavigation() throws {
        let out = try s.run(
            """
            local p = entity("Putin")
            print(p.name, p.kind, p.country, p.title, p.mentions, p.media, table.concat(p.aliases, "|"))
            print(#p:events(), #p:events{type="meet", status="denied"}, #p:quotes(), #p:articles(), #p:related())
            print(p:quotes():first().text)
            local k = entity("kim jong un")
            print(k.name, entity("Peskov").role, (entity("nobody")))
            print(select(2, entity("Ptin")))
            print(p == entity("Vladimir Putin"), p == k, rawequal(p, entity("Putin")))
            """)
        #expect(
            out == """
                Vladimir Putin\tperson\tRussia\tPresident\t4\tfalse\tPutin
                2\t1\t1\t3\t6
                We will talk about the peninsula,
                Kim Jong-un\tKremlin spokesman\tnil
                no entity named 'Ptin' (did you mean 'Putin'?)
                true\tfalse\tfalse

                """)
    }

    @Test func eventFields() throws {
        let out = try s.run(
            """
            local e = events{type="visit"}:first()
            print(e.type, e.code, e.place, e.date, e.precision, e.participants[1].name, e.participants[1].role)
            print(e.participants[1].entity.name, e.mentions[1].sentence, e.mentions[1].article.title)
            print(#e:articles(), e:entities():first().name, table.concat(e.sources, ","))
            local d = events{status="denied"}:first()
            print(d.date, d.mentions[1].claimed_by, d.mentions[1].outlet, d.mentions[1].source)
            """)
        #expect(
            out == """
                visit\t042\tMoscow\t2018-06-21\tday\tMoon Jae-in\tvisitor
                Moon Jae-in\tSouth Korean President Moon Jae-in arrived in Moscow on Thursday.\tMoon arrives in Moscow
                1\tMoon Jae-in\tYonhap
                nil\tKremlin\tKorea Times\tKremlin

                """)
    }

    @Test func articleAndQuoteFields() throws {
        let out = try s.run(
            """
            local a = articles{source="Korea Times"}:first()
            print(a.title, a.source, a.date, a.file, #a.text, a.url, #a.authors)
            print(#a:events(), #a:entities(), #a:quotes(), a:quotes():first().speaker)
            local q = quotes{speaker="Putin"}:first()
            print(q.speaker, q.entity.name, q.article.source, q.date, q.source, q.sentence)
            print(article(a.id) == a, article(999), event(999))
            """)
        #expect(
            out == """
                No Putin-Kim summit planned\tKorea Times\t2018-03-29\tc.txt\t116\tnil\t0
                1\t4\t1\tDmitry Peskov
                Vladimir Putin\tVladimir Putin\tYonhap\t2018-06-21\tYonhap\t"We will talk about the peninsula," Putin said.
                true\tnil\tnil

                """)
    }

    @Test func objectsPrintReadablyNeverAsAddresses() throws {
        let out = try s.run(
            """
            print(entity("Putin"))
            print(events{type="visit"}:first())
            print(articles():first())
            print(quotes():first())
            print(events{type="meet"})
            print(getmetatable(entity("Putin")), type(entity("Putin")))
            """)
        #expect(!out.contains("0x"))
        #expect(
            out.hasPrefix(
                """
                Vladimir Putin (person, President, Russia) — 4 mentions
                Event #1 visit: Moon Jae-in @ Moscow 2018-06-21 [occurred]
                Article #1: “Moon arrives in Moscow” — Yonhap, 2018-06-21
                Vladimir Putin: “We will talk about the peninsula,”
                events{type='meet'}
                Entity\tuserdata
                """))
    }

    @Test func pairsListsFieldsAndObjectsAreReadOnly() throws {
        let out = try s.run(
            """
            local t = {}
            for k, v in pairs(entity("Putin")) do t[#t + 1] = k end
            print(table.concat(t, ","))
            """)
        #expect(out == "id,name,kind,aliases,country,title,role,media,mentions\n")
        #expect(
            s.error("entity('Putin').name = 'x'")?.hasSuffix("Entity objects are read-only (cannot set 'name')") == true
        )
        #expect(try s.run("print(entity('Putin').nonexistent)") == "nil\n")
    }
}

/// The output functions and the `dossier` table.
@Suite struct OutputFunctionTests {
    let s: Fixtures.Session
    init() throws { s = try Fixtures.Session() }

    @Test func showPrintsQueriesListsAndRecords() throws {
        let all = try s.run("show(articles():sort('date'))")
        #expect(all.hasPrefix("id  date        source       title\n"))
        #expect(all.hasSuffix("(3 rows)\n"))
        #expect(try s.run("show(articles(), 1)").hasSuffix("(1 of 3 rows; show(q) prints all)\n"))
        #expect(try s.run("articles():show(1)").hasSuffix("(1 of 3 rows; show(q) prints all)\n"))
        #expect(try s.run("show(entity('Putin'))").hasPrefix("Entity    #2 Vladimir Putin\n"))
        #expect(try s.run("show({1, 2})") == "value\n─────\n    1\n    2\n")
        #expect(try s.run("show({a = 1, b = {2, 'x'}})") == "{ a = 1, b = { 2, \"x\" } }\n")
        #expect(try s.run("show(events():list())").contains("Moon Jae-in"))
    }

    @Test func formatsAndRender() throws {
        #expect(try s.run("print(dossier.format())") == "table\n")
        #expect(try s.run("print(dossier.format('csv'))") == "csv\n")
        #expect(
            try s.run("print(dossier.render(entities{kind='media'}))")
                == "name,kind,country,mentions\r\nYonhap,media,,0\r\n\n")
        #expect(try s.run("print(dossier.render(entities{kind='media'}, 'json'))").hasPrefix("[{\"name\":\"Yonhap\""))
        #expect(s.error("dossier.format('xml')")?.contains("unknown format 'xml'") == true)
    }

    @Test func statsAndVersion() throws {
        #expect(
            try s.run("local c = dossier.stats() print(c.articles, c.entities, c.events, c.quotes)") == "3\t8\t3\t2\n")
        #expect(try s.run("print(type(dossier.version), dossier.database)") == "string\t:memory:\n")
    }
}
