/// What an entity is. News outlets are organizations with `isMedia` set on the entity.
public enum EntityKind: String, CaseIterable, Sendable, Codable {
    case person, country, place, organization
}

/// The event types Dossier extracts, each with the CAMEO 1.1b3 code it is exported with by default
/// (a rule may give a more specific code, such as 041 for a phone call).
public enum EventType: String, CaseIterable, Sendable, Codable {
    case meet, visit, invite, speech

    /// CAMEO 1.1b3: 040 Consult, 042 Make a visit, 036 Express intent to meet or negotiate
    /// (an invitation), 010 Make public statement.
    public var defaultCode: String {
        switch self {
        case .meet: return "040"
        case .visit: return "042"
        case .invite: return "036"
        case .speech: return "010"
        }
    }
}

/// How one sentence reports an event.
public enum EventStatus: String, CaseIterable, Sendable, Codable {
    case occurred, planned, speculated, denied
}
