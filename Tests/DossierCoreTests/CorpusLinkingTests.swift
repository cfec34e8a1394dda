import DossierCore
import Testing

@Suite struct CorpusLinkingTests {
    func record(_ name: String, aliases: [String] = [], country: String? = nil, title: String? = nil) -> EntityRecord {
        EntityRecord(
            id: 1, name: name, kind: .person, aliases: aliases, country: country, title: title, role: nil,
            isMedia: false, mentionCount: 1)
    }

    func shareKey(_ a: String, _ b: String) -> Bool {
        !Set(CorpusLinking.keys(name: a, aliases: [], kind: .person)).isDisjoint(
            with: CorpusLinking.keys(name: b, aliases: [], kind: .person))
    }

    @Test func spellingsOfOneNameAgree() {
        #expect(CorpusLinking.normalize("Kim Jong-un") == CorpusLinking.normalize("Kim Jong Un"))
        #expect(CorpusLinking.normalize("The Korea Times") == "korea times")
        let e = ExtractedEntity(name: "Kim Jong Un", kind: .person)
        #expect(CorpusLinking.isSame(e, as: record("Kim Jong-un", country: "North Korea")))
    }

    @Test func aOneLetterSlipWithTheSameCountryIsTheSamePerson() {
        #expect(shareKey("Xi Jinpoing", "Xi Jinping"))
        let e = ExtractedEntity(name: "Xi Jinpoing", kind: .person, country: "China")
        #expect(CorpusLinking.isSame(e, as: record("Xi Jinping", country: "China")))
        // Without the context agreeing, no.
        #expect(
            !CorpusLinking.isSame(
                ExtractedEntity(name: "Xi Jinpoing", kind: .person), as: record("Xi Jinping", country: "China")))
    }

    @Test func peopleSharingANamePartAreNotMerged() {
        let e = ExtractedEntity(name: "Kim Jung-sook", kind: .person, country: "South Korea")
        #expect(!CorpusLinking.isSame(e, as: record("Kim Jong-un", country: "North Korea")))
        let f = ExtractedEntity(name: "Kim Yo-jong", kind: .person, country: "North Korea")
        #expect(!CorpusLinking.isSame(f, as: record("Kim Jong-un", country: "North Korea")))
        let g = ExtractedEntity(name: "Kim Jong-il", kind: .person, country: "North Korea")
        #expect(!CorpusLinking.isSame(g, as: record("Kim Jong-un", country: "North Korea")))
    }

    @Test func aBareSurnameNeedsAgreeingCountryOrTitle() {
        #expect(shareKey("Moon", "Moon Jae-in"))
        let titled = ExtractedEntity(name: "Moon", kind: .person, title: "President")
        #expect(CorpusLinking.isSame(titled, as: record("Moon Jae-in", title: "President")))
        let bare = ExtractedEntity(name: "Moon", kind: .person)
        #expect(!CorpusLinking.isSame(bare, as: record("Moon Jae-in", title: "President")))
        // … or a stored person already called by that bare name.
        #expect(CorpusLinking.isSame(bare, as: record("Moon Jae-in", aliases: ["Moon"], title: "President")))
        let other = ExtractedEntity(name: "Moon", kind: .person, country: "United States")
        #expect(!CorpusLinking.isSame(other, as: record("Moon Jae-in", country: "South Korea")))
    }

    @Test func organizationsBySharedForms() {
        let e = ExtractedEntity(name: "Blue House", kind: .organization, aliases: ["Cheong Wa Dae"])
        let r = EntityRecord(
            id: 1, name: "Cheong Wa Dae", kind: .organization, aliases: [], country: "South Korea", title: nil,
            role: nil, isMedia: false, mentionCount: 1)
        #expect(CorpusLinking.isSame(e, as: r))
    }

    @Test func eventsNeedTheSameParticipantsAndCompatibleDates() {
        let stored = (
            type: EventType.meet, participants: Set<Int64>([1, 2]), place: Int64?.none,
            date: PartialDate(year: 2018, month: 6, day: 22), reported: ClosedRange<Int>?.none
        )
        #expect(
            CorpusLinking.isSameEvent(
                type: .meet, participants: [1, 2], place: nil, date: PartialDate(year: 2018, month: 6), as: stored))
        #expect(
            !CorpusLinking.isSameEvent(
                type: .meet, participants: [1, 2], place: nil, date: PartialDate(year: 2017, month: 7), as: stored))
        #expect(!CorpusLinking.isSameEvent(type: .meet, participants: [1, 3], place: nil, date: nil, as: stored))
    }

    @Test func undatedReportsStayWithReportsOfTheSameTime() {
        let march4 = PartialDate(year: 1987, month: 3, day: 4)!.dayNumber!
        let stored = (
            type: EventType.speech, participants: Set<Int64>([7]), place: Int64?.none,
            date: PartialDate(year: 1987, month: 3, day: 4), reported: march4 - 2...march4 + 1
        )
        // "Reagan said in a speech", undated: the same speech in a story of the same week, not in June's.
        #expect(
            CorpusLinking.isSameEvent(
                type: .speech, participants: [7], place: nil, date: nil, reported: march4 + 5, occurred: true, as: stored))
        #expect(
            !CorpusLinking.isSameEvent(
                type: .speech, participants: [7], place: nil, date: nil, reported: march4 + 89, occurred: true, as: stored))
        // Nor when the stored reports say it happened and June's only plans one.
        #expect(
            !CorpusLinking.isSameEvent(
                type: .speech, participants: [7], place: nil, date: nil, reported: march4 + 89, as: stored,
                storedOccurred: { true }))
        // A meeting only planned or denied stays one event however long it is talked about.
        #expect(
            CorpusLinking.isSameEvent(
                type: .speech, participants: [7], place: nil, date: nil, reported: march4 + 89, as: stored,
                storedOccurred: { false }))
        // A date of its own decides: "his speech on March 4", recalled in June.
        #expect(
            CorpusLinking.isSameEvent(
                type: .speech, participants: [7], place: nil, date: PartialDate(year: 1987, month: 3, day: 4),
                reported: march4 + 89, occurred: true, as: stored))
        // Stories without a full date of their own are not told apart by it.
        #expect(
            CorpusLinking.isSameEvent(
                type: .speech, participants: [7], place: nil, date: nil, reported: nil, occurred: true, as: stored))
    }
}
