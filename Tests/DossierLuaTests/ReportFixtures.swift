import DossierCore
import DossierLua

/// The fixture corpus with three more articles, for reports: several weeks of dates, and a
/// Putin–Kim meeting that KCNA reports as planned while the Kremlin denies it (a status conflict
/// across sources), with quotes on both sides and text that needs escaping ("&", "<", "|", "*").
///
///     2018-03-29 Korea Times  the Kremlin denies a Putin–Kim summit (undated)
///     2018-06-05 Yonhap       Lavrov visited Pyongyang on May 31
///     2018-06-19 KCNA         Kim will meet Putin in Vladivostok in September (planned)
///     2018-06-20 Interfax     the Kremlin denies the Vladivostok meeting
///     2018-06-21 Yonhap       Moon arrives in Moscow; will meet Putin on Friday (planned)
///     2018-06-23 TASS         Putin met Moon in Moscow on Friday (occurred)
enum ReportFixtures {
    static func analyses() -> [(file: String, Analysis)] {
        var d = Fixtures.Builder(
            file: "d.txt", source: "KCNA", date: "2018-06-19", title: "Kim to meet Putin in Vladivostok",
            text:
                "Kim Jong-un will meet Vladimir Putin in Vladivostok in September, KCNA said. \"We look forward to the talks & to *friendship*,\" Kim Jong-un said."
        )
        let kimD = d.entity("Kim Jong-un", .person, aliases: ["Kim"], country: "North Korea", title: "leader")
        let putinD = d.entity("Vladimir Putin", .person, aliases: ["Putin"], country: "Russia", title: "President")
        let vladivostok = d.entity("Vladivostok", .place, country: "Russia")
        let kcna = d.entity("KCNA", .organization, country: "North Korea", media: true)
        d.event(
            .meet, [(kimD, "participant"), (putinD, "participant")], place: vladivostok, date: "2018-09",
            [(0, .planned, kcna)])
        d.quotes.append(
            ExtractedQuote(speaker: kimD, text: "We look forward to the talks & to *friendship*,", sentence: 1))

        var e = Fixtures.Builder(
            file: "e.txt", source: "Interfax", date: "2018-06-20",
            title: "Q&A: Kremlin denies <September> summit | Interfax",
            text:
                "The Kremlin denied that Putin would meet Kim Jong-un in Vladivostok in September. \"No such meeting is planned,\" Dmitry Peskov said."
        )
        let kremlinE = e.entity("Kremlin", .organization, country: "Russia")
        let putinE = e.entity("Vladimir Putin", .person, aliases: ["Putin"], country: "Russia")
        let kimE = e.entity("Kim Jong-un", .person, aliases: ["Kim"], country: "North Korea")
        let vladivostokE = e.entity("Vladivostok", .place, country: "Russia")
        let peskov = e.entity("Dmitry Peskov", .person, aliases: ["Peskov"], country: "Russia", title: "spokesman")
        e.event(
            .meet, [(putinE, "participant"), (kimE, "participant")], place: vladivostokE, date: "2018-09",
            [(0, .denied, kremlinE)])
        e.quotes.append(ExtractedQuote(speaker: peskov, text: "No such meeting is planned,", sentence: 1))

        var f = Fixtures.Builder(
            file: "f.txt", source: "Yonhap", date: "2018-06-05", title: "Lavrov visited Pyongyang",
            text:
                "Sergei Lavrov visited Pyongyang on May 31 and met Kim Jong-un. \"Russia supports the talks,\" Sergei Lavrov said."
        )
        let lavrov = f.entity(
            "Sergei Lavrov", .person, aliases: ["Lavrov"], country: "Russia", title: "Foreign Minister")
        let pyongyang = f.entity("Pyongyang", .place, country: "North Korea")
        let kimF = f.entity("Kim Jong-un", .person, aliases: ["Kim"], country: "North Korea")
        f.event(.visit, [(lavrov, "visitor")], place: pyongyang, date: "2018-05-31", [(0, .occurred, nil)])
        f.event(
            .meet, [(lavrov, "participant"), (kimF, "participant")], place: pyongyang, date: "2018-05-31",
            [(0, .occurred, nil)])
        f.quotes.append(ExtractedQuote(speaker: lavrov, text: "Russia supports the talks,", sentence: 1))

        return Fixtures.analyses() + [("d.txt", d.analysis), ("e.txt", e.analysis), ("f.txt", f.analysis)]
    }

    static func store() throws -> Store {
        try Fixtures.store(analyses())
    }

    /// A runtime over the report fixture corpus, with a report period, whose output is collected.
    final class Session: Fixtures.Session {
        init(period: ReportPeriod? = nil) throws {
            try super.init(store: ReportFixtures.store())
            ReportModule.setPeriod(runtime, period)
        }

        /// Runs a report script and returns its report.
        func report(_ code: String, args: [String] = [], path: String = "test.lua") throws -> Report {
            output = ""
            switch ReportScript.run(runtime, path: path, args: args, code: code) {
            case .success(let r): return r
            case .failure(let f): throw Fixtures.LuaFailure(message: f.description)
            }
        }
    }
}
