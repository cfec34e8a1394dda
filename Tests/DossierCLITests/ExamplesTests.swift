import Foundation
import Testing

/// The scripts in Examples/ run over the seeds and say what a reader of them expects.
@Suite struct ExamplesTests {
    @Test func whoMetWhomListsMeetingsWithDatesPlacesAndSources() throws {
        let r = try Binary.run(["run", "Examples/who-met-whom.lua"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("date") == true)
        #expect(lines.contains { $0.contains("Moon Jae-in") && $0.contains("Vladimir Putin") && $0.contains("Moscow") })
        #expect(lines.last?.hasSuffix("meetings") == true)
        let one = try Binary.run(["run", "Examples/who-met-whom.lua", "Park Geun-hye"])
        #expect(one.stdout.contains("Beijing"))
        #expect(!one.stdout.contains("Moscow"))
        let unknown = try Binary.run(["run", "Examples/who-met-whom.lua", "Ptin"])
        #expect(unknown.stdout == "no entity named 'Ptin' (did you mean 'Putin'?)\n")
    }

    @Test func aPersonsTimelineIsInDateOrderWithUndatedEventsApart() throws {
        let r = try Binary.run(["run", "Examples/person-timeline.lua", "Putin"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("Vladimir Putin (person, Russia)") == true)
        let dated = lines.dropFirst().prefix { $0 != "undated:" }.compactMap {
            $0.split(separator: " ").first.map(String.init)
        }
        #expect(dated == dated.sorted())
        #expect(dated.contains("2018-06-22"))
        let usage = try Binary.run(["run", "Examples/person-timeline.lua"])
        #expect(usage.status == 2)
        #expect(usage.stderr.hasPrefix("usage:"))
    }

    @Test func quotesAreGroupedBySpeakerMostQuotedFirst() throws {
        let r = try Binary.run(["run", "Examples/quotes-by-speaker.lua"])
        #expect(r.status == 0, "\(r.stderr)")
        let headers = r.stdout.split(separator: "\n").filter { !$0.hasPrefix("  ") }
        #expect(headers.first?.hasPrefix("Vladimir Putin — ") == true)
        #expect(headers.contains { $0.hasPrefix("Dmitry Peskov — ") })
        #expect(r.stdout.contains("“Details and time will be further coordinated"))
        let peskov = try Binary.run(["run", "Examples/quotes-by-speaker.lua", "Peskov"])
        #expect(peskov.stdout.hasPrefix("Dmitry Peskov — 1 quote\n"))
    }
}
