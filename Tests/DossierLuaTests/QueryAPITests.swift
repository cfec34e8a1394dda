import Testing

@testable import DossierLua

/// Every query function, filter and method, through Lua, on the fixture corpus.
@Suite struct QueryAPITests {
    let s: Fixtures.Session
    init() throws { s = try Fixtures.Session() }

    @Test func queriesCountTheirRecords() throws {
        #expect(
            try s.run("print(#articles(), articles():count(), #entities(), #events(), #quotes())") == "3\t3\t8\t3\t2\n")
    }

    @Test func theSameEventReportedTwiceIsOneEventWithTwoMentions() throws {
        let out = try s.run(
            """
            local e = events{type="meet", with={"Putin", "Moon Jae-in"}}:first()
            print(#e.mentions, table.concat(e.statuses, ","), e.date)
            for _, m in ipairs(e.mentions) do print(m.status, m.source, m.article.source) end
            """)
        #expect(out == "2\toccurred,planned\t2018-06-22\nplanned\tYonhap\tYonhap\noccurred\tKremlin\tTASS\n")
    }

    @Test(arguments: [
        ("events{type='visit'}", 1), ("events{type={'visit','meet'}}", 3), ("events{status='denied'}", 1),
        ("events{status='planned'}", 1), ("events{with='Kim'}", 1), ("events{with='Putin'}", 2),
        ("events{place='Russia'}", 1), ("events{place='Moscow'}", 1), ("events{since='2018-06'}", 2),
        ("events{before='2018-06-22'}", 1), ("events{source='Kremlin'}", 2), ("events{source='Yonhap'}", 2),
        ("events{code='042'}", 1), ("articles{source='TASS'}", 1), ("articles{source={'tass','yonhap'}}", 2),
        ("articles{text='peninsula'}", 1), ("articles{title='summit'}", 1), ("articles{since='2018-06-22'}", 1),
        ("articles{before='2018-06'}", 1), ("articles{with='Peskov'}", 1), ("articles{file='b.txt'}", 1),
        ("entities{kind='person'}", 4), ("entities{kind='media'}", 1), ("entities{name='Putin'}", 1),
        ("entities{name='Kim*'}", 1), ("entities{country='Russia'}", 4), ("entities{media=true}", 1),
        ("quotes{speaker='Peskov'}", 1), ("quotes{text='peninsula'}", 1), ("quotes{source='Yonhap'}", 1),
        ("quotes{since='2018-06'}", 1),
    ])
    func filtersSelect(query: String, expected: Int) throws {
        #expect(try s.run("print(#\(query))") == "\(expected)\n")
    }

    @Test(arguments: [
        ("events{tpye='meet'}", "events{tpye=…}: unknown filter 'tpye' (did you mean 'type'?)"),
        (
            "events{type='meeet'}",
            "events{type=…}: unknown type 'meeet' (did you mean 'meet'?) (one of: meet, visit, invite, speech)"
        ),
        ("events{with='Ptin'}", "events{with=…}: no entity named 'Ptin' (did you mean 'Putin'?)"),
        (
            "events{status='cancelled'}",
            "events{status=…}: unknown status 'cancelled' (one of: occurred, planned, speculated, denied)"
        ),
        (
            "articles{since='yesterday'}",
            "articles{since=…}: expected a date such as '2018', '2018-06' or '2018-06-22', got 'yesterday'"
        ),
        (
            "entities{kind='persn'}",
            "entities{kind=…}: unknown kind 'persn' (did you mean 'person'?) (one of: person, country, place, organization, media)"
        ),
        ("entities(42)", "entities: expected a table of filters such as {type=\"meet\"}, got number"),
        ("events():sort('dat')", "sort: events have no field 'dat' (did you mean 'date'?)"),
        ("events():group('typ')", "group: events have no field 'typ' (did you mean 'type'?)"),
        ("events():limit(-1)", "bad argument #2 to 'limit' (non-negative integer expected, got -1)"),
        ("events():where(5)", "bad argument #2 to 'where' (function or table of filters expected, got number)"),
        ("events().count()", "bad argument #1 to 'count' (query expected, got no value; call it as q:count(…))"),
    ])
    func badFiltersAndArgumentsNameTheProblem(code: String, message: String) {
        let error = s.error("local q = \(code) if q ~= nil then return #q end")
        #expect(error?.hasSuffix(message) == true, "\(error ?? "no error")")
    }

    @Test func errorsFromSwiftAreCaughtByPcall() throws {
        let out = try s.run(
            """
            local ok, err = pcall(events, {tpye = "meet"})
            print(ok, err)
            print(pcall(function() return events():sort("nope") end))
            """)
        #expect(out.hasPrefix("false\tevents{tpye=…}: unknown filter 'tpye' (did you mean 'type'?)\nfalse\t"))
    }

    @Test func iterationForms() throws {
        let out = try s.run(
            """
            local q = articles():sort("date")
            local t = {}
            for a in q do t[#t + 1] = a.id end
            for i, a in pairs(q) do t[#t + 1] = i .. ":" .. a.id end
            for a in q:each() do t[#t + 1] = a.source end
            print(table.concat(t, " "))
            local pairsSeen = 0
            for a in q do for b in q do pairsSeen = pairsSeen + 1 end end
            print(pairsSeen)
            """)
        #expect(out == "3 1 2 1:3 2:1 3:2 Korea Times Yonhap TASS\n9\n")
    }

    @Test func aQueryRunAgainReusesItsRowsUntilTheCorpusChanges() throws {
        let out = try s.run(
            """
            Q = articles():sort("date")
            local a = {} for x in Q do a[#a + 1] = x end
            local b = {} for x in Q do b[#b + 1] = x end
            print(#a, #b, rawequal(a[1], b[1]), a[1].source)
            local n = 0
            for x in Q do for y in Q do for z in Q do n = n + 1 end end end
            print(n, #Q:list(), Q:first().source, Q:limit(1):first().source)
            """)
        #expect(out == "3\t3\ttrue\tKorea Times\n27\t3\tKorea Times\tKorea Times\n")
        var extra = Fixtures.Builder(
            file: "d.txt", source: "AP", date: "2017-01-01", title: "Old news", text: "Old news.")
        extra.entity("AP", .organization, media: true)
        try s.runtime.store.add([extra.analysis], file: "d.txt")
        #expect(try s.run("local n = 0 for x in Q do n = n + 1 end print(n, Q:first().source)") == "4\tAP\n")
    }

    @Test func chainedMethodsAreLazyAndImmutable() throws {
        let out = try s.run(
            """
            local q = articles()
            local l = q:limit(2)
            print(#q, #l, #q:skip(1), #q:skip(1):limit(1), #q:limit(2):skip(1))
            print(q:sort("date", "desc"):first().source, q:sort("source"):first().source)
            print(q:sort(function(a) return #a.title end):first().title)
            print(q:sort(function(a, b) return a.id > b.id end):first().id)
            print(table.concat(q:map(function(a) return a.source end):sort(function(s) return s end):list(), ","))
            print(#q:where(function(a) return a.source ~= "TASS" end))
            print(q:where(function(a) return a.source ~= "TASS" end):limit(1):first().source)
            print(#q:map(function(a) if a.id > 1 then return a.id end end))
            print(#events():where{type="meet"}, #events{type="meet"}:where{status="denied"})
            print(q:first().title, articles{source="nobody"}:first())
            print(tostring(q:limit(2)), tostring(events{type="meet"}:where(print):sort("date","desc")))
            """)
        #expect(
            out == """
                3\t2\t2\t1\t1
                TASS\tKorea Times
                Moon arrives in Moscow
                3
                Korea Times,TASS,Yonhap
                2
                Yonhap
                2
                2\t1
                Moon arrives in Moscow\tnil
                articles{}:limit(2)\tevents{type='meet'}:where(fn):sort("date", "desc")

                """)
    }

    @Test func groupCountsInSQLAndInLua() throws {
        let out = try s.run(
            """
            for _, r in ipairs(events():group("type")) do print(r.key, r.count) end
            for _, r in ipairs(events():group("status")) do print(r.key, r.count) end
            for _, r in ipairs(events():group("statuses")) do print(r.key, r.count) end
            for _, r in ipairs(entities():group(function(e) return e.kind end)) do print(r.key, r.count) end
            for _, r in ipairs(quotes():group("speaker")) do print(r.key, r.count) end
            """)
        #expect(
            out == """
                meet\t2
                visit\t1
                occurred\t2
                denied\t1
                planned\t1
                occurred\t2
                planned\t1
                denied\t1
                person\t4
                organization\t2
                place\t1
                country\t1
                Dmitry Peskov\t1
                Vladimir Putin\t1

                """)
    }

    @Test func searchRanksAndHighlights() throws {
        let out = try s.run(
            """
            local hits = search("summit")
            print(#hits, hits[1].article.source, hits[1].snippet:find("%[summit%]") ~= nil)
            print(#search("nothing-like-this"), #search('"no plans"'))
            """)
        #expect(out == "1\tKorea Times\ttrue\n0\t1\n")
        #expect(s.error("search('\"unbalanced')")?.contains("search: bad search expression") == true)
    }

    @Test func resultTablesIterateLikeQueries() throws {
        let out = try s.run(
            """
            local n = 0
            for r in search("summit") do n = n + 1; assert(r.snippet) end
            local groups = events():group("type")
            -- Nested loops over one table each keep their place.
            local pairs_ = 0
            for a in groups do for b in groups do pairs_ = pairs_ + 1 end end
            local keys = {}
            for g in groups do keys[#keys + 1] = g.key end
            print(n, pairs_ == #groups * #groups, #keys == #groups, #search("nothing-like-this"))
            for r in search("nothing-like-this") do error("no rows expected") end
            """)
        #expect(out == "1\ttrue\ttrue\t0\n")
    }
}
