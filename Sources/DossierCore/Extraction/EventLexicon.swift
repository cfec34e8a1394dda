/// The words that report meetings, visits, invitations and speeches, and the words around them
/// that say whether the event happened, is planned, is only talked about, or is denied. Coding
/// follows CAMEO 1.1b3: 040 consult, 041 discuss by telephone, 042 make a visit, 043 host a
/// visit, 044 meet at a third location, 046 engage in negotiation, 036 express intent to meet
/// (an invitation), 010 make a statement (a speech).
enum EventLexicon {
    /// What a trigger word does.
    enum Frame: Int32 {
        /// meet, met, meeting: "X met Y", "X met with Y", "a meeting between X and Y".
        case meet = 1
        /// summit, talks, negotiations, dialogue: nouns that take "with"/"between" partners.
        case meetNoun
        /// host, hosted: X hosts Y.
        case host
        /// phoned, telephoned, "phone call": 041.
        case phone
        /// negotiate: 046.
        case negotiate
        /// visit (verb or noun): "X visited Y", "X's visit to Y", "a visit by X".
        case visit
        /// trip, tour, journey: nouns with "to".
        case trip
        /// travel, fly, head: verbs that need "to" + place.
        case travel
        /// arrive, land: verbs that need "in"/"at" + place.
        case arrive
        /// attend, "show up at": a visit when the place is known.
        case attend
        /// send, dispatch: "X sends Y to Z" is a visit by Y.
        case send
        /// invite, invited, invitation.
        case invite
        /// speech, address, "spoke at".
        case speech
        /// talk, speak: meet only with "with"/"to" + a person or country.
        case talk
        /// mediate, mediation: 045, the mediator and the parties "between" whom.
        case mediate
        /// welcome(d) a person: 043, a host receiving a guest.
        case welcome
        /// discuss, discussions, audience: a meeting only with "with" partners ("discussed the
        /// economy with X", "an audience with the Pope").
        case discuss
        /// leave, depart: a visit only with "for" + a place ("left for Minas Tirith").
        case depart
    }

    /// Tense and form bits: base (0), past (1 << 8), -ing (2 << 8), noun (1 << 10), plural (1 << 11).
    static let past: Int32 = 1 << 8
    static let ing: Int32 = 2 << 8
    static let noun: Int32 = 1 << 10
    static let plural: Int32 = 1 << 11

    static let triggers = WordSet(tagged: [
        ("meet meets", Frame.meet.rawValue),
        ("met", Frame.meet.rawValue | past),
        ("meeting", Frame.meet.rawValue | ing | noun),
        ("meetings", Frame.meet.rawValue | noun | plural),
        ("summit", Frame.meetNoun.rawValue | noun),
        ("summits summitry", Frame.meetNoun.rawValue | noun | plural),
        ("talks", Frame.meetNoun.rawValue | noun | plural),
        ("negotiations", Frame.negotiate.rawValue | noun | plural),
        ("negotiate negotiates", Frame.negotiate.rawValue),
        ("negotiated", Frame.negotiate.rawValue | past),
        ("negotiating", Frame.negotiate.rawValue | ing),
        ("dialogue dialog", Frame.meetNoun.rawValue | noun),
        ("host hosts receive receives", Frame.host.rawValue),
        ("hosted received", Frame.host.rawValue | past),
        ("hosting receiving", Frame.host.rawValue | ing),
        ("phoned telephoned", Frame.phone.rawValue | past),
        ("phone telephone", Frame.phone.rawValue | noun),
        ("visit visits", Frame.visit.rawValue),
        ("visited", Frame.visit.rawValue | past),
        ("visiting", Frame.visit.rawValue | ing),
        ("trip trips tour journey mission missions", Frame.trip.rawValue | noun),
        ("travel travels fly flies head heads go goes", Frame.travel.rawValue),
        ("traveled travelled flew headed went", Frame.travel.rawValue | past),
        ("traveling travelling flying heading going", Frame.travel.rawValue | ing),
        ("arrive arrives land lands stop stops", Frame.arrive.rawValue),
        ("arrived landed stopped", Frame.arrive.rawValue | past),
        ("arriving landing stopping", Frame.arrive.rawValue | ing),
        ("arrival", Frame.arrive.rawValue | noun),
        ("attend attends", Frame.attend.rawValue),
        ("attended", Frame.attend.rawValue | past),
        ("attending", Frame.attend.rawValue | ing),
        ("send sends dispatch dispatches", Frame.send.rawValue),
        ("sent dispatched", Frame.send.rawValue | past),
        ("sending dispatching", Frame.send.rawValue | ing),
        ("invite invites", Frame.invite.rawValue),
        ("invited", Frame.invite.rawValue | past),
        ("inviting", Frame.invite.rawValue | ing),
        ("invitation invitations", Frame.invite.rawValue | noun),
        ("speech speeches", Frame.speech.rawValue | noun),
        ("address addresses", Frame.speech.rawValue),
        ("addressed", Frame.speech.rawValue | past),
        ("addressing", Frame.speech.rawValue | ing),
        ("talk", Frame.talk.rawValue),
        ("mediate mediates", Frame.mediate.rawValue),
        ("mediated", Frame.mediate.rawValue | past),
        ("mediating", Frame.mediate.rawValue | ing),
        ("mediation", Frame.mediate.rawValue | noun),
        ("welcome welcomes", Frame.welcome.rawValue),
        ("welcomed", Frame.welcome.rawValue | past),
        ("welcoming", Frame.welcome.rawValue | ing),
        ("talked spoke", Frame.talk.rawValue | past),
        ("talking speaking", Frame.talk.rawValue | ing),
        ("discuss discusses", Frame.discuss.rawValue),
        ("discussed", Frame.discuss.rawValue | past),
        ("discussing", Frame.discuss.rawValue | ing),
        ("discussion audience", Frame.discuss.rawValue | noun),
        ("discussions consultations", Frame.discuss.rawValue | noun | plural),
        ("call calls", Frame.discuss.rawValue | noun),
        ("leave leaves depart departs", Frame.depart.rawValue),
        ("left departed", Frame.depart.rawValue | past),
        ("leaving departing", Frame.depart.rawValue | ing),
    ])

    static func frame(_ tag: Int32) -> Frame? { Frame(rawValue: tag & 0xFF) }

    /// Words before a trigger (in its clause) that deny the event.
    static let denial = WordSet(
        """
        not no never n't neither nor dismissed dismisses dismissing denied denies deny denying rejected rejects \
        ruled rules refused refuses refusing declined declines declining refrain refrains refraining refrained \
        cancelled canceled cancels cancel scrapped called-off postponed unlikely without turned turning skip \
        skipped skipping shunned snubbed doubt doubts opposed opposes oppose opposing failed fails \
        scuttled scuttle scuttles halted halts suspended suspends aborted abandoned boycotted boycott boycotts
        """)

    /// Words that make the event only a possibility.
    static let speculation = WordSet(
        """
        may might could possible possibly possibility potential potentially likely speculation speculated \
        speculating speculate expectations hopes hope hoped hoping chance chances perhaps rumors rumours rumored \
        rumoured reportedly considering consider considers mulling mull weighing whether if should would \
        prospect prospects suggested suggests suggest possibility idea proposal proposed propose proposes \
        wants want wanted seeking seeks seek aims aim intends intention willing ready must need needs ways
        calling urge urges urged urging hopeful
        """)

    /// Words that make the event planned.
    static let planning = WordSet(
        """
        will shall set scheduled schedule plans plan planned planning upcoming due expected agreed agree agrees \
        preparing prepare prepares arranged arranging arrange next coming forthcoming later announced \
        going ahead before pending slated invitation invited invite invites
        """)

    /// Reporting verbs whose time expression dates the report, not the event.
    static let reportObjects = WordSet("reporters journalists media press parliament lawmakers")

    /// Nouns after a country adjective that make it stand for the country ("Russian officials").
    static let collective = WordSet(
        """
        officials government delegation delegations diplomats leaders side sides forces troops negotiators \
        counterparts authorities military navy army president leader prime minister ministers
        """)

    static let since = TextHash.folded("since")
    static let after = TextHash.folded("after")
    static let from = TextHash.folded("from")
}
