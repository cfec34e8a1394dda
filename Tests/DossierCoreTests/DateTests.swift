import Testing

@testable import DossierCore

@Suite struct DateTests {
    /// The first time expression of `text`, resolved against `anchor`.
    func resolve(_ text: String, _ anchor: String?, _ tense: Dates.Tense = .unknown) -> String? {
        let doc = TextDocument(text)
        guard let e = Dates.find(doc, 0..<doc.tokens.count).first else { return nil }
        return Dates.resolve(e, anchor: anchor.flatMap { PartialDate(iso: $0) }, tense: tense)?.iso
    }

    // 2023-03-16 was a Thursday.
    @Test func weekdaysByTense() {
        #expect(resolve("They met on Monday.", "2023-03-16", .past) == "2023-03-13")
        #expect(resolve("They will meet on Monday.", "2023-03-16", .future) == "2023-03-20")
        #expect(resolve("It began on Thursday.", "2023-03-16", .past) == "2023-03-16")
    }

    @Test func relativeMonthsWeeksAndYears() {
        #expect(resolve("He visited last month.", "2023-01-10") == "2022-12")
        #expect(resolve("He will visit next month.", "2023-12-10") == "2024-01")
        #expect(resolve("They meet next week.", "2023-03-16") == "2023-03")
        #expect(resolve("They meet next week.", "2023-03-29") == "2023-04")
        #expect(resolve("They meet next week.", "2023-03-24") == "2023")
        #expect(resolve("It happened last year.", "2023-03-16") == "2022")
        #expect(resolve("They may meet this fall.", "2023-03-16") == "2023")
        #expect(resolve("He arrives later in the day.", "2023-03-16") == "2023-03-16")
        #expect(resolve("He arrived yesterday.", "2023-03-01") == "2023-02-28")
    }

    @Test func monthNamesTakeTheirYearFromTense() {
        #expect(resolve("They last met in September.", "2018-06-21", .past) == "2017-09")
        #expect(resolve("A forum in September.", "2018-06-21", .future) == "2018-09")
        #expect(resolve("They spoke last December.", "2015-04-10") == "2014-12")
    }

    @Test func calendarDates() {
        #expect(resolve("on June 22, 2018, in Moscow", nil) == "2018-06-22")
        #expect(resolve("on Nov. 11, 2014", nil) == "2014-11-11")
        #expect(resolve("on 9 May 1945", nil) == "1945-05-09")
        #expect(resolve("since 1999", nil) == "1999")
        #expect(resolve("in May 2017", nil) == "2017-05")
    }

    @Test func withoutAnArticleDateKeepWhatTheTextStates() {
        #expect(resolve("on April 27", nil) == "--04-27")
        #expect(resolve("in late March", nil) == "--03")
        #expect(resolve("on Monday", nil) == nil)
        #expect(resolve("last month", nil) == nil)
        #expect(resolve("on March 26", "--03-29", .past) == "--03-26")
    }

    @Test func theEdgesOfAUnitAndRangesOfDays() {
        #expect(resolve("He will visit at the end of the month.", "2023-03-16") == "2023-03")
        #expect(resolve("by the beginning of next year", "2023-03-16") == "2024")
        #expect(resolve("the end of last month", "2023-01-16") == "2022-12")
        #expect(resolve("the end of the war", "2023-03-16") == nil)
        #expect(resolve("on April 27-29 in Tokyo", "2023-03-16", .future) == "2023-04-27")
        #expect(resolve("on April 27\u{2013}29 in Tokyo", "2023-03-16", .future) == "2023-04-27")
        #expect(resolve("on April 29-27", "2023-03-16", .future) == "2023-04")
    }

    @Test func mayIsAMonthOnlyWhereItCanBe() {
        #expect(resolve("Talks may resume.", "2023-03-16") == nil)
        #expect(resolve("Talks resume in May.", "2023-03-16", .future) == "2023-05")
        #expect(resolve("in April and May", nil) == "--04")
        let doc = TextDocument("in April and May")
        #expect(Dates.find(doc, 0..<doc.tokens.count).count == 2)
    }
}
