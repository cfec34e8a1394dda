import DossierCore
import Testing

@Suite struct QuoteTests {
    func quotes(_ text: String) -> [(String?, String)] {
        let a = Pipeline().analyze(Article(file: "t", text: text))
        return a.quotes.map { q in (q.speaker.map { a.entities[$0].name }, q.text) }
    }

    @Test func attributionAfterTheQuote() {
        let q = quotes("“We will not back down,” said U.S. Defense Secretary Lloyd Austin.")
        #expect(q.count == 1)
        #expect(q[0].0 == "Lloyd Austin")
        #expect(q[0].1 == "We will not back down,")
    }

    @Test func attributionBeforeTheQuote() {
        let q = quotes("Kenyan President William Ruto said: \"Africa must speak with one voice.\"")
        #expect(q.first?.0 == "William Ruto")
    }

    @Test func splitByTheAttribution() {
        let q = quotes(
            "\"The talks were useful,\" Norwegian Foreign Minister Espen Barth Eide said. \"We will meet again.\"")
        #expect(q.count == 2)
        #expect(q.allSatisfy { $0.0 == "Espen Barth Eide" })
    }

    @Test func continuedInTheNextParagraph() {
        let text = """
            Polish President Andrzej Duda said: “The border will stay closed.

            “We have no other choice.”
            """
        let q = quotes(text)
        #expect(q.count == 2)
        #expect(q[1].0 == "Andrzej Duda")
    }

    @Test func heSaidIsTheLastNamedSpeaker() {
        let text = """
            Chilean President Gabriel Boric spoke to reporters in Santiago.

            “This is a good day for the region,” he said.
            """
        #expect(quotes(text).first?.0 == "Gabriel Boric")
    }

    @Test func quotedPhraseInsideASentence() {
        let q = quotes("Irish Taoiseach Leo Varadkar called the plan \"a step in the right direction\" on Monday.")
        #expect(q.first?.0 == "Leo Varadkar")
    }

    @Test func organizationsSpeakToo() {
        let q = quotes("“There is no such plan,” the Kremlin said on Monday.")
        #expect(q.first?.0 == "Kremlin")
    }

    @Test func speakerBeforeAnApposition() {
        let q = quotes(
            "Anna Berg, chief executive of the Nordic Lumber Group, said in a statement, \"Sales held up well.\"")
        #expect(q.first?.0 == "Anna Berg")
    }

    @Test func heToldPointsToThePersonJustNamed() {
        let text = """
            Deputy Secretary for Trade Affairs Maria Lopez said she had urged Canada to act. "Our message was clear," she told a news conference.
            """
        #expect(quotes(text).first?.0 == "Maria Lopez")
    }
}
