import Testing

@testable import DossierCore

@Suite("Dates in containers")
struct ReaderDateTests {
    @Test(
        arguments: [
            ("2018-06-21", "2018-06-21"), ("2018-06-21T23:30:00-05:00", "2018-06-21"), ("2018-06", "2018-06"),
            ("2018", "2018"),
            ("2018/6/1", "2018-06-01"), ("20180621", "2018-06-21"),
            ("Thu, 21 Jun 2018 10:00:00 GMT", "2018-06-21"), ("Thu, 21 Jun 18 10:00:00 +0900", "2018-06-21"),
            ("26-FEB-1987 15:01:01.79", "1987-02-26"), (" 3-APR-1987 07:09:06.48", "1987-04-03"),
            ("June 21, 2018", "2018-06-21"), ("21 June 2018", "2018-06-21"), ("June 21st, 2018", "2018-06-21"),
            ("Sept. 3, 2019", "2019-09-03"), ("June 2018", "2018-06"), ("March 29", "--03-29"),
            ("January 1, 1989, Sunday, Home Edition", "1989-01-01"), ("21/06/2018", "2018-06-21"),
            ("06/21/2018", "2018-06-21"),
            ("1529582400", "2018-06-21"), ("1529582400000", "2018-06-21"),
        ] as [(String, String)])
    func parses(_ text: String, _ iso: String) {
        #expect(DateParsing.parse(text)?.iso == iso, "\(text)")
    }

    @Test(arguments: ["", "yesterday", "05/06/2018", "2018-13-01", "2018-02-30", "12:30", "no date here"])
    func refuses(_ text: String) {
        #expect(DateParsing.parse(text) == nil, "\(text)")
    }
}
