import DossierCore
import Testing

@Suite struct EventTests: DescribesEvents {
    @Test func meetingThatHappened() {
        let a = analyze(
            "German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Monday.", date: "2023-03-16"
        )
        #expect(describe(a) == ["meet Emmanuel Macron+Olaf Scholz@Paris 2023-03-13 occurred"])
        #expect(a.events[0].code == "040")
    }

    @Test func anEventTakesTheDateOfTheOneItIsPartOf() {
        // The noun and the verb of one visit share the date either holds.
        var a = analyze("The IMF mission arrived in Lusaka on February 26.", date: "1987-03-15")
        #expect(describe(a).first?.hasSuffix("1987-02-26 occurred") == true, "\(describe(a))")
        // Attending a meeting: the meeting's date.
        a = analyze("Taiwan will attend the meeting in Japan on April 27.", date: "1987-03-15")
        #expect(describe(a).first?.hasSuffix("1987-04-27 planned") == true, "\(describe(a))")
        // Inside a trip: the trip's date.
        a = analyze(
            "President Ronald Reagan will visit Rome and West Berlin during a trip to Europe in June.",
            date: "1987-03-04")
        #expect(describe(a).filter { $0.contains("1987-06 planned") }.count == 3, "\(describe(a))")
        // A when-clause after the trigger.
        a = analyze(
            "Knesset speaker Amir Ohana met Ivanka Trump when they landed in Tel Aviv early Thursday.",
            date: "2023-12-22")
        #expect(
            describe(a).contains {
                $0.hasPrefix("meet Amir Ohana+Ivanka Trump") && $0.hasSuffix("2023-12-21 occurred")
            }, "\(describe(a))")
    }

    @Test func whatIsGoingOnHappensOnTheDayOfTheStory() {
        var a = analyze("U.S. Defense Secretary Mark Esper is on a visit to Vietnam to strengthen ties.", date: "2019-11-20")
        #expect(describe(a) == ["visit Mark Esper@Vietnam 2019-11-20 occurred"], "\(describe(a))")
        a = analyze("French President Emmanuel Macron is holding talks with German Chancellor Olaf Scholz.", date: "2023-07-03")
        #expect(describe(a) == ["meet Emmanuel Macron+Olaf Scholz 2023-07-03 occurred"], "\(describe(a))")
        // Not a plan, and not without a day to give.
        a = analyze("French President Emmanuel Macron is expected to visit Berlin.", date: "2023-07-03")
        #expect(describe(a) == ["visit Emmanuel Macron@Berlin planned"], "\(describe(a))")
        a = analyze("Mark Esper is on a visit to Vietnam.", date: "2019-11")
        #expect(describe(a) == ["visit Mark Esper@Vietnam occurred"], "\(describe(a))")
    }

    @Test func aWireLedeHappenedTheDayItWasFiledUnlessItNamesAKnownEvent() {
        var a = analyze(
            "WASHINGTON, March 31 - French Prime Minister Jacques Chirac opened talks with President Ronald Reagan on trade.",
            date: "1987-04-01")
        #expect(describe(a) == ["meet Jacques Chirac+Ronald Reagan 1987-03-31 occurred"])
        // "the summit" was reported before: its date is not the dateline's.
        a = analyze(
            "MOSCOW, March 29 - Russia welcomed the summit between the leaders of China and North Korea.",
            date: "2018-03-29")
        #expect(describe(a).allSatisfy { !$0.contains("2018-03-29") }, "\(describe(a))")
        // A plan in the lede is not dated by the dateline.
        a = analyze("WASHINGTON, March 31 - Jacques Chirac will meet Ronald Reagan.", date: "1987-03-31")
        #expect(describe(a) == ["meet Jacques Chirac+Ronald Reagan planned"], "\(describe(a))")
    }

    @Test func plannedVisitAndTalks() {
        let a = analyze(
            "U.S. Secretary of State Antony Blinken will travel to Beijing next week for talks with Chinese Foreign Minister Wang Yi, the State Department said.",
            date: "2023-06-07")
        #expect(describe(a).contains("visit Antony Blinken@Beijing 2023-06 planned"))
        #expect(describe(a).contains { $0.hasPrefix("meet Antony Blinken+Wang Yi") && $0.hasSuffix("planned") })
        let claim = a.events[0].mentions[0].claimedBy.map { a.entities[$0].name }
        #expect(claim == "State Department")
    }

    @Test func deniedAndSpeculated() {
        let a = analyze(
            """
            Turkish President Recep Tayyip Erdogan has no plans to meet Syrian President Bashar al-Assad, his office said.
            Analysts said Erdogan could meet Assad later this year.
            """)
        let e = a.events.filter { $0.type == .meet }
        #expect(e.count == 1)
        #expect(Set(e[0].mentions.map(\.status)) == [.denied, .speculated])
    }

    @Test func denialGovernsAThatClause() {
        let a = analyze("Officials in Ankara dismissed speculation that Erdogan would soon visit Damascus.")
        #expect(a.events.first?.mentions.first?.status == .denied)
    }

    @Test func hyphenatedPairNamesTheParticipants() {
        let a = analyze("Joe Biden met Xi Jinping in Bali. The Biden-Xi summit lasted three hours.")
        #expect(a.events.count == 1)
        #expect(a.events[0].mentions.count == 2)
    }

    @Test func aDefiniteNounPointsBackToTheLastMeeting() {
        let a = analyze("Modi met Albanese in Sydney on Tuesday. The meeting was described as warm.")
        #expect(a.events.count == 1)
        #expect(a.events[0].mentions.count == 2)
    }

    @Test func invitationWithInviterInviteeAndAVisitInProspect() {
        let a = analyze(
            "Japanese Prime Minister Fumio Kishida invited Australian Prime Minister Anthony Albanese to visit Tokyo.")
        let d = describe(a)
        #expect(d.contains("invite Anthony Albanese+Fumio Kishida occurred"))
        #expect(d.contains("visit Anthony Albanese@Tokyo planned"))
        let invite = a.events.first { $0.type == .invite }!
        #expect(invite.code == "036")
        #expect(Set(invite.participants.map(\.role)) == ["inviter", "invitee"])
    }

    @Test func invitationToSeveralMakesOneEventEach() {
        let a = analyze(
            """
            Kenyan President William Ruto and Brazilian President Luiz Lula da Silva arrived on Monday.
            Egypt invited world leaders, including Ruto and Lula, to the summit.
            """)
        #expect(a.events.filter { $0.type == .invite }.count == 2)
    }

    @Test func speechWithPlace() {
        let a = analyze(
            "Indian Prime Minister Narendra Modi will deliver a speech at the United Nations on Friday.",
            date: "2023-06-19")
        #expect(describe(a) == ["speech Narendra Modi@United Nations 2023-06-23 planned"])
    }

    @Test func phoneCallsAndHosts() {
        let a = analyze(
            """
            Canadian Prime Minister Justin Trudeau telephoned Mexican President Andres Lopez Obrador on Tuesday.
            Kenyan President William Ruto hosted Ghanaian President Nana Akufo-Addo in Nairobi.
            """)
        #expect(a.events.map(\.code).sorted() == ["041", "043"])
    }

    @Test func respectivelyDistributesDates() {
        let a = analyze(
            "The Iranian leader plans to hold talks with Indian Prime Minister Narendra Modi and Brazilian President Lula in June and July, respectively."
        )
        #expect(a.events.count == 2)
        #expect(a.events.compactMap { $0.date?.iso }.sorted() == ["--06", "--07"])
        #expect(a.events.allSatisfy { $0.mentions.first?.status == .planned })
    }

    @Test func aDatelineIsNotAnEventDate() {
        let a = analyze("March 29 (UPI) — Kenya welcomed the summit between Ethiopia and Eritrea.")
        #expect(a.events.first?.date == nil)
    }

    @Test func aMeetingNeedsTwoSides() {
        let a = analyze("The Group of Seven summit opened on Friday. Protesters marched.")
        #expect(a.events.isEmpty)
    }

    @Test func wordsThatLookLikeTriggersButAreNot() {
        let a = analyze(
            "The minister will address the issue of inflation. Officials said talk of a deal was premature.")
        #expect(a.events.isEmpty)
    }

    @Test func aWelcomeIsAHostedMeeting() {
        let a = analyze(
            "Chilean President Gabriel Boric gave a warm welcome on Friday to Spanish Prime Minister Pedro Sanchez.")
        #expect(a.events.first?.code == "043")
        #expect(Set(a.events.first?.participants.map(\.role) ?? []) == ["host", "guest"])
    }

    @Test func mediationNamesTheMediatorAndTheParties() {
        let a = analyze("Norwegian envoy Tor Wennesland undertook a mediation mission between Armenia and Azerbaijan.")
        #expect(describe(a) == ["meet Armenia+Azerbaijan+Tor Wennesland occurred"])
        #expect(a.events.first?.code == "045")
    }

    @Test func negotiatorsFromTwoSidesMeet() {
        let a = analyze("Negotiators from Sudan and South Sudan resumed talks in Addis Ababa on Monday.")
        #expect(describe(a).first?.hasPrefix("meet South Sudan+Sudan@Addis Ababa") == true)
    }

    @Test func theTwoLeadersAreTheLastTwoPeopleNamed() {
        let a = analyze(
            "Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed signed a deal after the two leaders met in Nairobi. It was their second meeting this year."
        )
        #expect(describe(a) == ["meet Abiy Ahmed+William Ruto@Nairobi occurred,occurred"])
    }

    @Test func theTwoCountriesAreNotTwoPeople() {
        let a = analyze(
            "Japanese Prime Minister Fumio Kishida praised Joe Biden. Officials said the two Koreas may meet in Panmunjom."
        )
        #expect(a.events.isEmpty)
    }

    @Test func passiveInvitationAndARelativeClauseThatSaysNothingOfIt() {
        let a = analyze("Portugal, which refused to sign the pact, was invited by French President Emmanuel Macron.")
        let e = a.events.first { $0.type == .invite }
        #expect(e?.mentions.first?.status == .occurred)
        let roles = Dictionary(
            uniqueKeysWithValues: (e?.participants ?? []).map { (a.entities[$0.entity].name, $0.role) })
        #expect(roles == ["Emmanuel Macron": "inviter", "Portugal": "invitee"])
    }

    @Test func laterThisWeekIsPlanned() {
        let a = analyze(
            "Greek Prime Minister Kyriakos Mitsotakis held talks with Turkish President Recep Tayyip Erdogan later this week."
        )
        #expect(a.events.first?.mentions.first?.status == .planned)
    }
}
