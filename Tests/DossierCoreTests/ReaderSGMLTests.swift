import Testing

@testable import DossierCore

/// Reuters- and TREC-shaped records written for these tests (no third-party text).
@Suite("Newswire SGML: Reuters-21578 and TREC/Gigaword layouts")
struct ReaderSGMLTests {
    static let reuters = """
        <!DOCTYPE lewis SYSTEM "lewis.dtd">
        <REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="1" NEWID="101">
        <DATE>26-FEB-1987 15:01:01.79</DATE>
        <TOPICS><D>grain</D></TOPICS>
        <UNKNOWN> 
        &#5;&#5;&#5;C T
        &#22;&#22;&#1;f0704&#31;reute</UNKNOWN>
        <TEXT>&#2;
        <TITLE>FARM GROUP SEES &lt;WHEAT> CROP UP</TITLE>
        <AUTHOR>    By Jane Example, Reuters</AUTHOR>
        <DATELINE>    KANSAS CITY, Feb 26 - </DATELINE><BODY>A farm group said on Thursday the
        wheat crop would rise this year because of good rains in the
        plains states, and prices would fall.
            The group gave no figure for the rise &amp; said it would
        publish one next month.
         Reuter
        &#3;</BODY></TEXT>
        </REUTERS>
        <REUTERS TOPICS="NO" LEWISSPLIT="TEST" CGISPLIT="TRAINING-SET" OLDID="2" NEWID="102">
        <DATE> 2-MAR-1987 09:15:00.00</DATE>
        <TEXT TYPE="BRIEF">&#2;
        ******<TITLE>ACME CORP SETS QUARTERLY DIVIDEND
        </TITLE>
        &#3;
        </TEXT>
        </REUTERS>
        <REUTERS TOPICS="NO" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="3" NEWID="103">
        <DATE> 3-APR-1987 07:09:06.48</DATE>
        <TEXT TYPE="UNPROC">&#2;
        &#3;

        </TEXT>
        </REUTERS>
        <REUTERS TOPICS="NO" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="4" NEWID="104">
        <DATE> 3-APR-1987 08:00:00.00</DATE>
        <TEXT TYPE="UNPROC">&#2;
        Unprocessed wire text about shipping rates
        that has no title and no body element.
        &#3;
        </TEXT>
        </REUTERS>

        """

    @Test func reutersRecords() throws {
        let result = readText(Self.reuters, as: "sample.sgm")
        #expect(result.format == "reuters")
        #expect(result.documentCount == 3)
        #expect(result.problems == ["record NEWID=103: no text; skipped"])
        let a = result.documents[0].metadata
        #expect(a.title == "FARM GROUP SEES <WHEAT> CROP UP")
        #expect(a.date?.iso == "1987-02-26")
        #expect(a.source == "Reuters")
        #expect(a.authors == ["Jane Example"])
        #expect(
            a.text == """
                KANSAS CITY, Feb 26 - A farm group said on Thursday the wheat crop would rise this year because of good rains in the plains states, and prices would fall.

                The group gave no figure for the rise & said it would publish one next month.
                """)
        let brief = result.documents[1].metadata
        #expect(brief.title == "ACME CORP SETS QUARTERLY DIVIDEND")
        #expect(brief.text == "ACME CORP SETS QUARTERLY DIVIDEND")
        #expect(brief.date?.iso == "1987-03-02")
        let unproc = result.documents[2].metadata
        #expect(unproc.text == "Unprocessed wire text about shipping rates that has no title and no body element.")
        #expect(result.documents.map(\.metadata.ordinal) == [0, 1, 2])
    }

    @Test func streamingGivesTheSameRecordsWhateverThePieceSizes() {
        let bytes = Array(Self.reuters.utf8)
        let whole = readBytes(bytes, as: "a.sgm").documents.map(\.metadata)
        for size in [1, 7, 64, 333] {
            var stream = ReutersReader().makeStream(file: "a.sgm", options: ReaderOptions())
            var result = ReaderResult(documents: [])
            var i = 0
            while i < bytes.count {
                stream.feed(bytes[i..<min(bytes.count, i + size)], into: &result)
                i += size
            }
            stream.finish(into: &result)
            #expect(result.documents.map(\.metadata) == whole, "piece size \(size)")
        }
    }

    @Test func unterminatedAndOverlongRecords() {
        let cut = Self.reuters + "<REUTERS NEWID=\"105\">\n<DATE>1-MAR-1987</DATE>\n<TEXT><BODY>cut off"
        let result = readText(cut, as: "cut.sgm")
        #expect(result.documentCount == 3)
        #expect(result.problems.last?.hasSuffix("ends without </REUTERS> (file cut short?); skipped") == true)

        var options = ReaderOptions()
        options.maxRecordBytes = 300
        let long =
            "<REUTERS NEWID=\"1\"><TEXT><BODY>" + String(repeating: "word ", count: 200) + "</BODY></TEXT></REUTERS>\n"
            + "<REUTERS NEWID=\"2\"><TEXT><BODY>Short one.</BODY></TEXT></REUTERS>\n"
        var stream = ReutersReader().makeStream(file: "x.sgm", options: options)
        var r = ReaderResult(documents: [])
        let bytes = Array(long.utf8)
        var i = 0
        while i < bytes.count {
            stream.feed(bytes[i..<min(bytes.count, i + 100)], into: &r)
            i += 100
        }
        stream.finish(into: &r)
        #expect(r.documents.map(\.metadata.text) == ["Short one."])
        #expect(r.problems == ["record at byte 0: no </REUTERS> within 300 bytes; skipped"])
    }

    @Test func trecRecords() throws {
        let trec = """
            <DOC>
            <DOCNO> AP880212-0001 </DOCNO>
            <FILEID>AP-NR-02-12-88 2344EST</FILEID>
            <HEAD>Officials Say Talks Will Resume</HEAD>
            <HEAD>Eds: Adds quote</HEAD>
            <BYLINE>By ANN EXAMPLE</BYLINE>
            <BYLINE>Associated Press Writer</BYLINE>
            <DATELINE>SEOUL, South Korea (AP) </DATELINE>
            <TEXT>
               Officials said Friday that talks between the two sides would resume
            next week at the border.
               ``We are ready,'' one official said.
            </TEXT>
            </DOC>
            <DOC>
            <DOCNO> LA010189-0001 </DOCNO>
            <DATE><P>January 1, 1989, Sunday, Home Edition</P></DATE>
            <HEADLINE><P>NEW YEAR BEGINS QUIETLY</P></HEADLINE>
            <TEXT><P>The new year began quietly.</P><P>Crowds were small.</P></TEXT>
            </DOC>
            """
        let result = readText(trec, as: "ap880212")
        #expect(result.format == "trec")
        #expect(result.documentCount == 2)
        let a = result.documents[0].metadata
        #expect(a.title == "Officials Say Talks Will Resume")
        #expect(a.source == "Associated Press")
        #expect(a.date?.iso == "1988-02-12")
        #expect(a.authors == ["ANN EXAMPLE"])
        #expect(
            a.text
                == "SEOUL, South Korea (AP) - Officials said Friday that talks between the two sides would resume next week at the border.\n\n``We are ready,'' one official said."
        )
        let b = result.documents[1].metadata
        #expect(b.date?.iso == "1989-01-01")
        #expect(b.source == "Los Angeles Times")
        #expect(b.title == "NEW YEAR BEGINS QUIETLY")
        #expect(b.text == "The new year began quietly.\n\nCrowds were small.")
    }

    @Test func gigawordRecordsGzipped() throws {
        let giga = """
            <DOC id="AFP_ENG_19940512.0004" type="story" >
            <HEADLINE>
            Leaders to meet in June
            </HEADLINE>
            <DATELINE>
            PARIS, May 12 (AFP)
            </DATELINE>
            <TEXT>
            <P>
            The two leaders will meet in June, officials said on Thursday,
            in the first such summit in a decade.
            </P>
            <P>
            No venue has been chosen.
            </P>
            </TEXT>
            </DOC>

            """
        let result = readBytes(gzipped(Array(giga.utf8)), as: "afp_eng_199405.gz")
        #expect(result.gzipped)
        #expect(result.format == "trec")
        let a = try #require(result.documents.first).metadata
        #expect(a.title == "Leaders to meet in June")
        #expect(a.date?.iso == "1994-05-12")
        #expect(a.source == "Agence France-Presse")
        #expect(
            a.text
                == "PARIS, May 12 (AFP) - The two leaders will meet in June, officials said on Thursday, in the first such summit in a decade.\n\nNo venue has been chosen."
        )
    }

    @Test func entities() {
        let bytes = Array("a &lt;b&gt; &amp; &#233; &#x263A; &#3;&#127; &unknown; &amp".utf8)
        let text = bytes.withUnsafeBufferPointer { SGMLRecord(bytes: $0).text(0..<$0.count) }
        #expect(text == "a <b> & é ☺  &unknown; &amp")
    }
}
