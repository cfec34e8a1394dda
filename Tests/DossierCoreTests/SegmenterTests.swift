import Testing

@testable import DossierCore

@Suite struct SegmenterTests {
    func split(_ text: String, several: Bool = true) -> [Article] {
        Segmenter.split(
            SourceDocument(file: "f.txt", metadata: Article(file: "f.txt", text: text), mayHoldSeveral: several))
    }

    let collage = """
        Leaders gather in Brasilia for the climate talks on Oct. 4, 2023. (Reuters)
        Here is what the wires said this morning:
        The meeting opened on Tuesday with a speech by the host. Delegates from 40 countries attended. [Reuters]
        And a second view of it:
        Observers expect little from the first day. [Agence France-Presse]
        My own take follows tomorrow.
        LEAVE A REPLY
        Please enter your comment!
        """

    @Test func collageSplitsAtSourceTags() {
        let arts = split(collage)
        #expect(arts.map(\.source) == [nil, "Reuters", nil, "Agence France-Presse", nil])
        #expect(arts[0].text == "Here is what the wires said this morning:")
        #expect(arts.allSatisfy { !$0.text.contains("LEAVE A REPLY") })
        #expect(arts.map(\.ordinal) == Array(0..<arts.count))
    }

    @Test func aPhotoCreditedToTheExcerptJoinsItAndDatesIt() {
        let arts = split(collage)
        #expect(arts[1].text.hasPrefix("Leaders gather in Brasilia"))
        #expect(arts[1].text.contains("The meeting opened"))
        #expect(arts[1].date?.iso == "2023-10-04")
    }

    @Test func aPhotoOfAnotherOutletStandsApart() {
        let arts = split(
            """
            Ministers in Nairobi on May 2, 2022. (Xinhua)
            Our summary:
            Kenya hosted the meeting. [Daily Nation]
            """)
        #expect(arts.map(\.source) == ["Xinhua", nil, "Daily Nation"])
        #expect(arts[0].date?.iso == "2022-05-02")
    }

    @Test func datelineGivesSourceAndDate() {
        let arts = split(
            """
            Talks stall in Geneva

            GENEVA, May 3 (Reuters) - Negotiators failed to agree on Friday.

            By Jane Doe
            """, several: false)
        #expect(arts.count == 1)
        #expect(arts[0].source == "Reuters")
        #expect(arts[0].date?.iso == "--05-03")
        #expect(arts[0].title == "Talks stall in Geneva")
    }

    @Test func gluedOutletOpener() {
        let arts = split("(CNN)The talks resumed today in Vienna after a pause of two weeks.", several: false)
        #expect(arts[0].source == "CNN")
    }

    @Test func photoCreditNamesTheOutlet() {
        let info = Layout.paragraphs(
            "The two ministers shake hands in Seoul on Monday. Photo by Jane Roe/UPI\n\nBody text follows here.")
        #expect(info[0].role == .caption)
        #expect(info[0].source == "UPI")
    }

    @Test func bylineGivesAuthors() {
        let info = Layout.paragraphs("Headline here\n\nBy Jane Doe and John Roe\n\nThe story.")
        #expect(info[1].role == .byline)
        #expect(info[1].authors == ["Jane Doe", "John Roe"])
    }

    @Test func aSingleArticleKeepsItsText() {
        let text = "One paragraph only, with a sentence.\n"
        let arts = split(text, several: false)
        #expect(arts.count == 1 && arts[0].text == text)
    }

    @Test func introFollowedByAQuoteIsBodyText() {
        let arts = split("The minister said:\n\"We are ready.\" [Daily Planet]")
        #expect(arts.count == 1)
        #expect(arts[0].source == "Daily Planet")
    }
}
