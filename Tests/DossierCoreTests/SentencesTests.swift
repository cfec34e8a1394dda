import Testing

@testable import DossierCore

@Suite struct SentencesTests {
    func sentences(_ s: String) -> [String] {
        let doc = TextDocument(s)
        return doc.sentences.map { doc.string($0.tokens.lowerBound, $0.tokens.upperBound) }
    }

    @Test func abbreviationsDoNotEndSentences() {
        #expect(
            sentences("Gen. Mark Milley met Sen. Jack Reed on Nov. 3 in Washington. They talked.") == [
                "Gen. Mark Milley met Sen. Jack Reed on Nov. 3 in Washington.", "They talked.",
            ])
    }

    @Test func stateAbbreviationsInDatelines() {
        #expect(sentences("WOODSIDE, Calif. (AP) — The two leaders met.").count == 1)
    }

    @Test func initialismEndsASentenceOnlyBeforeASentenceStarter() {
        #expect(sentences("He flew to the U.S. Director Smith followed.").count == 1)
        #expect(sentences("He flew to the U.S. The trip was short.").count == 2)
    }

    @Test func closingQuotesStayWithTheirSentence() {
        #expect(
            sentences("“We will talk.” He left. “Will it work? Nobody knows,” she said.") == [
                "“We will talk.”", "He left.", "“Will it work?", "Nobody knows,” she said.",
            ])
    }

    @Test func paragraphsAlwaysEndSentences() {
        let s = sentences("A headline without a stop\nThe body starts here. It goes on.")
        #expect(s == ["A headline without a stop", "The body starts here.", "It goes on."])
    }

    @Test func initialsInsideNames() {
        #expect(sentences("South African leader F.W. de Klerk arrived. He smiled.").count == 2)
        #expect(sentences("John F. Kennedy was president.").count == 1)
    }

    @Test func hardWrappedWireCopyJoinsLines() {
        let text = """
            The central bank said it had cut its key lending rate by half a
            point to 10.5 pct, responding to the general easing in money market
            rates over the last two weeks of trading.
                Dealers said the move had been widely expected in the market
            after a signal from the bank earlier this afternoon.
            """
        let p = Paragraphs.ranges(text)
        #expect(p.count == 2)
        let doc = TextDocument(text)
        #expect(doc.sentences.count == 2)
    }

    @Test func linesOfABlogAreParagraphs() {
        let text = "First line of a post.\nSecond line, another paragraph.\nThird."
        #expect(Paragraphs.ranges(text).count == 3)
    }
}
