import Testing

@testable import DossierCore

@Suite struct GazetteerTests {
    let gaz = Gazetteer.shared

    func entry(_ name: String) -> GazetteerEntry? { gaz.entry(named: name).map { gaz.entries[$0] } }

    @Test func everyCountryIsThereWithItsCapital() {
        let countries = gaz.entries.filter { $0.kind == .country }
        #expect(countries.count >= 195)
        for name in ["Burkina Faso", "Tuvalu", "Uruguay", "Bhutan", "Eswatini", "Kosovo"] {
            #expect(entry(name)?.kind == .country, "\(name)")
        }
        let peru = gaz.entry(named: "Peru")!
        #expect(gaz.entries[Int(gaz.entries[peru].capital)].name == "Lima")
    }

    @Test func capitalsBelongToTodaysCountry() {
        #expect(entry("Moscow").map { gaz.entries[Int($0.country)].name } == "Russia")
        #expect(entry("Belgrade").map { gaz.entries[Int($0.country)].name } == "Serbia")
    }

    @Test func shortFormsAndOfficialNames() {
        #expect(entry("DPRK")?.name == "North Korea")
        #expect(entry("Republic of Korea")?.name == "South Korea")
        #expect(entry("U.S.")?.name == "United States")
        #expect(entry("Russian Federation")?.name == "Russia")
    }

    @Test func acronymsNeedTheirCapitals() {
        let a = Pipeline().analyze(Article(file: "t", text: "Let us go. The US and the UN agreed."))
        let names = Set(a.entities.map(\.name))
        #expect(names.contains("United States"))
        #expect(names.contains("United Nations"))
        #expect(a.entities.filter { $0.name == "United States" }.first?.mentions.count == 1)
    }

    @Test func demonymsNameTheirCountry() {
        let a = Pipeline().analyze(Article(file: "t", text: "Chilean officials met Kenyan diplomats."))
        #expect(Set(a.entities.map(\.name)) == ["Chile", "Kenya"])
    }

    @Test func citiesKnowTheirCountry() {
        #expect(entry("Vladivostok").map { gaz.entries[Int($0.country)].name } == "Russia")
        #expect(entry("Osaka").map { gaz.entries[Int($0.country)].name } == "Japan")
        #expect(entry("Mumbai").map { gaz.entries[Int($0.country)].name } == "India")
    }

    @Test func outletsAreMedia() {
        for name in ["Xinhua", "TASS", "Reuters", "Kyodo", "Al Jazeera"] {
            #expect(entry(name)?.isMedia == true, "\(name)")
        }
        #expect(entry("Kremlin")?.isMedia == false)
    }

    @Test func titlesAndNamesInTheLexicon() {
        #expect(gaz.word(TextHash.folded("Vladimir"))?.flags.contains(.givenName) == true)
        #expect(gaz.word(TextHash.folded("Kim"))?.flags.contains(.eastAsianSurname) == true)
        #expect(gaz.word(TextHash.folded("September"))?.value == 9)
        #expect(gaz.word(TextHash.folded("University"))?.shape == .org)
    }
}
