import Testing

@testable import DossierCore

@Suite struct PartialDateTests {
    @Test(arguments: ["2018-06-22", "2018-06", "2018", "--03-26", "--11", "0999-01-01"])
    func isoRoundTrips(_ text: String) {
        #expect(PartialDate(iso: text)?.iso == text)
    }

    @Test func parsesTimestampsAndRejectsNonsense() {
        #expect(PartialDate(iso: "2018-06-22T10:00:00Z")?.iso == "2018-06-22")
        #expect(PartialDate(iso: "2018-13-01") == nil)
        #expect(PartialDate(iso: "2018-02-30") == nil)
        #expect(PartialDate(iso: "June") == nil)
        #expect(PartialDate(year: 2016, month: 2, day: 29) != nil)
        #expect(PartialDate(year: 2018, month: 2, day: 29) == nil)
    }

    @Test func precisionAndBounds() {
        let month = PartialDate(iso: "2018-02")!
        #expect(month.precision == .month)
        #expect(month.lowerBound == "2018-02-01")
        #expect(month.upperBound == "2018-02-28")
        #expect(PartialDate(iso: "2018")!.upperBound == "2018-12-31")
        #expect(PartialDate(iso: "--03-26")!.lowerBound == nil)
    }

    @Test func compatibility() {
        let d = PartialDate(iso: "2018-03-26")!
        #expect(d.isCompatible(with: PartialDate(iso: "2018-03")!))
        #expect(d.isCompatible(with: PartialDate(iso: "--03-26")!))
        #expect(!d.isCompatible(with: PartialDate(iso: "2018-04")!))
    }

    @Test func dayNumbersAndWeekdays() {
        #expect(PartialDate(iso: "1970-01-01")!.dayNumber == 0)
        // 2018-03-29 was a Thursday.
        #expect(PartialDate(iso: "2018-03-29")!.weekday == 4)
        for n in [-1000, 0, 17619, 40000] {
            #expect(PartialDate(dayNumber: n).dayNumber == n)
        }
    }
}
