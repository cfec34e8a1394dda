import DossierCore
import Testing

@Suite struct EntityTests {
    func analyze(_ text: String) -> Analysis { Pipeline().analyze(Article(file: "t", text: text)) }
    func entity(_ a: Analysis, _ name: String) -> ExtractedEntity? { a.entities.first { $0.name == name } }

    @Test func titleRoleAndCountryFromContext() {
        let a = analyze("Brazilian President Luiz Lula da Silva met Kremlin spokesman Dmitry Peskov.")
        let lula = entity(a, "Luiz Lula da Silva")
        #expect(lula?.kind == .person)
        #expect(lula?.title == "President")
        #expect(lula?.role == "Brazilian President")
        #expect(lula?.country == "Brazil")
        let peskov = entity(a, "Dmitry Peskov")
        #expect(peskov?.title == "spokesman")
        #expect(peskov?.role == "Kremlin spokesman")
        #expect(peskov?.country == "Russia")
    }

    @Test func spouseTakesTheCountryOfWhomTheyMarried() {
        let a = analyze("Chilean President Gabriel Boric and his wife Irina Karamanos arrived in Lima.")
        #expect(entity(a, "Irina Karamanos")?.country == "Chile")
        #expect(entity(a, "Irina Karamanos")?.title == "wife")
    }

    @Test func surnamesLinkToTheFullName() {
        let a = analyze(
            "Putin said nothing. Russian President Vladimir Putin later met Xi Jinping. Xi and Putin smiled.")
        let putin = entity(a, "Vladimir Putin")
        #expect(putin?.mentions.count == 3)
        #expect(putin?.aliases.contains("Putin") == true)
        #expect(entity(a, "Xi Jinping")?.mentions.count == 2)
        #expect(a.entities.filter { $0.kind == .person }.count == 2)
    }

    @Test func peopleSharingANamePartStayApart() {
        let a = analyze("Kim Jong-un met his sister Kim Yo-jong. Kim Jong Un later spoke.")
        let people = a.entities.filter { $0.kind == .person }.map(\.name).sorted()
        #expect(people == ["Kim Jong-un", "Kim Yo-jong"])
        #expect(entity(a, "Kim Jong-un")?.mentions.count == 2)
    }

    @Test func descriptorsPointToThePersonTheyDescribe() {
        let a = analyze("French President Emmanuel Macron flew to Kyiv. The French leader met soldiers there.")
        let macron = entity(a, "Emmanuel Macron")
        #expect(macron?.mentions.count == 2)
    }

    @Test func namesFoundFromTheirShape() {
        let a = analyze("Researchers at Sorbonne University and the Helsinki Times said the Harbin Port was closed.")
        #expect(entity(a, "Sorbonne University")?.kind == .organization)
        #expect(entity(a, "Helsinki Times")?.isMedia == true)
        #expect(entity(a, "Harbin Port")?.kind == .place)
    }

    @Test func unknownNamesFromContext() {
        let a = analyze("Tomasz Wrobel, a researcher at the institute, said the vote was close. Wrobel said more.")
        #expect(entity(a, "Tomasz Wrobel")?.kind == .person)
        let b = analyze("The talks took place in Zlotoryja, Poland.")
        #expect(entity(b, "Zlotoryja")?.kind == .place)
        #expect(entity(b, "Zlotoryja")?.country == "Poland")
    }

    @Test func sentenceInitialWordsAreNotNames() {
        let a = analyze("Provocations continued. Meanwhile, talks stalled. Despite that, Norway agreed.")
        #expect(a.entities.map(\.name) == ["Norway"])
    }

    @Test func pairedNamesAreBothMentioned() {
        let a = analyze("Joe Biden met Xi Jinping. The Biden-Xi meeting lasted four hours.")
        #expect(entity(a, "Joe Biden")?.mentions.count == 2)
        #expect(entity(a, "Xi Jinping")?.mentions.count == 2)
    }

    @Test func outletsFromSourceTagsAndContext() {
        let a = analyze(
            "The deal was signed, the Lagos Daily Courier reported. It will take effect in May. [Lagos Daily Courier]")
        #expect(entity(a, "Lagos Daily Courier")?.isMedia == true)
    }

    @Test func anAcronymInParenthesesNamesWhatPrecedesIt() {
        let a = analyze("The International Cocoa Organization (ICCO) met in London. ICCO delegates agreed on quotas.")
        let icco = entity(a, "International Cocoa Organization")
        #expect(icco?.mentions.count == 3)
        #expect(icco?.aliases.contains("ICCO") == true)
        #expect(a.entities.filter { $0.kind == .organization }.count == 1)
    }
}
