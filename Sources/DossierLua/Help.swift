import CLua
import DossierCore
import LuaShim

/// `help()`, `help(x)` and `.help`: the API described where it is used.
enum Help {
    static let overview = """
        Dossier — news articles as people, places, events and quotes, queried in Lua.

        Queries (lazy; filters optional, e.g. events{type="meet", with="Putin"}):
          articles{source=, text=, title=, since=, before=, with=, file=}
          entities{kind=, name=, country=, media=}
          events{type=, with=, status=, place=, since=, before=, source=, code=}
          quotes{speaker=, text=, since=, before=, source=}
        Query methods: #q  q:count()  for x in q do … end  q:list()  q:first()  q:where(fn|filters)
          q:sort(key|fn [, "desc"])  q:limit(n)  q:skip(n)  q:group(key|fn)  q:map(fn)  q:each()  q:show([n])  q:sql()
        Lookups: entity(name)  article(id)  event(id)  search(text [, n])
        Readers: dossier.reader{name=, match=, read=} in a script for `dossier ingest --reader` (help("reader"))
        Output: show(x [, n])  print(…)  dossier.format("table"|"csv"|"json"|"markdown")  dossier.render(x [, fmt])
        Charts: timeline(events)  chart(q:group(key) or {label=count})
        Reports: r = report.new{title=…}  r:heading  r:paragraph  r:table  r:quotes  r:timeline  r:network  r:bars
          r:render("markdown"|"html"|"csv"|"json")   (help("report"); run them with `dossier report`)
        More: help(events)  help(entity("Putin"))  help(events())  help("filters")  help("repl")

        """

    static let repl = """
        REPL commands:
          .help             this text            .mode table|csv|json|markdown   output format
          .timer on|off     time each command    .rows N                         rows an auto-printed query shows
          .stats            corpus counts        .read FILE                      run a script in this session
          .quit (or Ctrl-D) leave                x?                              help(x), as IPython's x?
        An expression prints its value; `=` before one is optional. An incomplete chunk continues on
        the next line (>>). Ctrl-C stops a running chunk, or clears the line at the prompt.
        Tab completes globals, fields and methods after . and :, filter keys inside {…}, and entity
        names inside a string.

        """

    static let filters = """
        Filters (a table given to a query function; lists mean "any of", except with=, which means all):
          articles: source="Yonhap"  text="denuclearization" (full-text)  title="summit"  since="2018-06"
                    before="2018-07-01"  with="Putin"  file="000_"  language="en"  duplicates=false
          entities: kind="person"|"country"|"place"|"organization"|"media"  name="Putin" (or "Kim*")
                    country="Russia"  media=true
          events:   type="meet"|"visit"|"invite"|"speech"  with="Putin" or {"Putin","Kim"}
                    status="occurred"|"planned"|"speculated"|"denied"  place="Moscow" (a country also
                    matches places in it)  since=, before=  source="Kremlin"  code="042"
          quotes:   speaker="Peskov"  text="summit"  since=, before=  source="TASS"
        Dates are "2018", "2018-06" or "2018-06-22"; since= keeps what ends on or after it, before=
        what starts before it.

        """

    static let topics: [String: String] = [
        "articles":
            "articles{filters}: a query of articles. Fields: id title source date file url authors language text duplicate_of. Methods: a:events() a:entities() a:quotes().\n",
        "entities":
            "entities{filters}: a query of people, countries, places and organizations. Fields: id name kind aliases country title role media mentions. Methods: e:events{…} e:quotes{…} e:articles{…} e:related{…}.\n",
        "events":
            "events{filters}: a query of meetings, visits, invitations and speeches. Fields: id type code participants ({name, role, entity}) place date precision statuses mentions ({status, sentence, source, claimed_by, outlet, date, article}) sources. Methods: ev:articles() ev:entities().\n",
        "quotes":
            "quotes{filters}: a query of direct quotes. Fields: id speaker text sentence article entity date source.\n",
        "entity":
            "entity(name): the entity with that name or alias (the most mentioned if several), or nil and a message.\n",
        "article": "article(id): the article with that id, or nil.\n",
        "event": "event(id): the event with that id, or nil.\n",
        "search":
            "search(text [, n]): full-text search over titles and texts, best first: rows {id, title, snippet, article, score}; the snippet marks matches with [brackets]. FTS5 syntax works: \"exact phrase\", a OR b, summ*. for r in search(…) do … end walks the rows.\n",
        "show":
            "show(x [, n]): prints a query or a list as a table in the current format (all rows, or the first n), a record as a card.\n",
        "help": "help([x]): describes a function, an object, a query or a topic (\"filters\", \"repl\").\n",
        "print": "print(...): as Lua's print.\n",
        "query":
            "Query methods: #q  q:count()  for x in q do … end  for i, x in pairs(q)  q:list()  q:first()  q:where(fn|{filters})  q:sort(key|fn [, \"desc\"])  q:limit(n)  q:skip(n)  q:group(key|fn)  q:map(fn)  q:each()  q:show([n])  q:sql() (the SQL it runs, to read or to paste into sqlite3). Queries are immutable: each method returns a new one. Filters, sort by a column, limit and skip run in SQL until a Lua function (where(fn), map) joins in.\n",
        "filters": filters,
        "repl": repl,
        "timeline":
            "timeline(events [, n]): prints events in date order, one a line (date, type, participants and place, statuses, sources); undated events apart at the end.\n",
        "reader":
            "dossier.reader{name=\"atat\", match=\"%.atat$\" or function(file, head) … end, read=function(text, file) return {{title=, text=, date=, source=, url=, authors=, language=}, …} end}: a reader for a format of your own, used by `dossier ingest --reader script.lua`; tried before the built-in readers, the latest first. head is the start of the file (64 KB, after gunzip), text all of it. An error in match or read fails that file with the error; the rest ingests.\n",
        "chart":
            "chart(counts [, {title=, width=, limit=}]): a bar chart in Unicode blocks of q:group(key), {label=count} or {{label, value}, …}.\n",
        "report": """
        report.new{title=, subtitle=, date=, period=false}: a report; its methods add blocks and return it.
          r:heading(text [, level])   r:paragraph(text)   r:list(items)
          r:table(q or list, {columns={"date", {"Who", "participants"}, {"N", fn}}, sort=, desc=, limit=, caption=})
          r:quotes(q, {limit=, caption=})   r:timeline(events, {limit=, caption=})
          r:network(events | articles | entities | entity, {max=30, min=1, focus=, kinds=, caption=})
          r:bars(q:group(key) or {label=count}, {limit=, caption=})
          r:render("markdown"|"html"|"csv"|"json") → text
        report.period: {since=, ["until"]=, before=, label=} from `dossier report --since/--until`
        report.within{filters}: the filters with the period's since= and before= added
        report.add_days(date, n)   report.set_period(since, until)
        `dossier report [--db F] [--since D] [--until D] [--out DIR] [--format md,html,csv,json] SCRIPT.lua [ARGS]`
          writes the report the script returns (or the last one it made).

        """,
        "dossier":
            "dossier.version  dossier.database  dossier.format([name])  dossier.render(x [, format])  dossier.stats()\n",
    ]

    /// Help for the value at `idx` (none: the overview).
    static func text(for L: OpaquePointer, at idx: Int32) -> String {
        if lua_type(L, idx) <= LUA_TNIL { return overview }
        if let s = Lua.string(L, idx) {
            if let t = topics[s] { return t }
            return
                "help: no topic '\(s)'\(Suggestion.hint(s, in: topics.keys.sorted())); topics: \(topics.keys.sorted().joined(separator: ", "))\n"
        }
        if let r = RecordObjects.ref(L, idx) {
            let kind = RecordObjects.kind(r.kind)
            return topics[kind.plural] ?? ""
        }
        if QueryObjects.query(L, idx) != nil { return topics["query"]! }
        if lua_type(L, idx) == LUA_TFUNCTION {
            // Which global is it?
            for name in Globals.names + ["print", "timeline", "chart"] {
                _ = Lua.getGlobal(L, name)
                let same = lua_rawequal(L, -1, idx) != 0
                luashim_pop(L, 1)
                if same, let t = topics[name] { return t }
            }
            return "a function; help() lists the API\n"
        }
        if lua_type(L, idx) == LUA_TTABLE {
            _ = Lua.getGlobal(L, "dossier")
            let same = lua_rawequal(L, -1, idx) != 0
            luashim_pop(L, 1)
            if same { return topics["dossier"]! }
            _ = Lua.getGlobal(L, "report")
            let isReport = lua_rawequal(L, -1, idx) != 0
            luashim_pop(L, 1)
            if isReport { return topics["report"]! }
        }
        if ReportObject.box(L, idx) != nil { return topics["report"]! }
        return "\(Lua.typeName(L, idx)): no help; help() lists the API\n"
    }
}
