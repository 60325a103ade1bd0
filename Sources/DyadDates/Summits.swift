import DyadText
import DyadResources
import DyadModel
import DyadReading
import DyadCleaning
import DyadActors

/// `common/summits.json`: where the leaders' summits of recurring forums met, by year.
package struct SummitsFile: JSONReadableRecord, Sendable {
    package struct Summit: JSONReadableRecord, Sendable {
        /// The forum's actor code (`G7`, `APEC`).
        var forum = ""
        var year = 0
        /// The place, as English writes it (`Hiroshima`, `Da Nang`).
        var host = ""

        package init() {}

        package mutating func fields(_ json: inout JSONFields) {
            json.field("forum", &forum)
            json.field("year", &year)
            json.field("host", &host)
        }
    }
    var summits: [Summit] = []

    package init() {}

    package mutating func fields(_ json: inout JSONFields) {
        json.field("summits", &summits)
    }
}

/// The rule: a sentence that names a forum's summit and the place it met in (`the G7 summit in
/// Hiroshima`, `Hội nghị Cấp cao APEC ở Đà Nẵng`) allows only the years that forum met there, as
/// an officeholder named in a role allows only the years of their term. It is evidence for the
/// year of a text without a publication date, weighed with the others by ``YearInference``.
///
/// The forum is an actor mention of the sentence; the summit, one of the language's
/// `summit_words`; the place, its English name or one of the language's `host_names`.
public struct SummitCalendar: Sendable {
    /// Forum → place → the years it met there.
    private(set) var years: [String: [String: [Int]]] = [:]
    private(set) var hosts: PhraseMatcher<String>
    private(set) var words: PhraseMatcher<Bool>

    init(file: DatesFile) {
        var hosts = PhraseMatcher<String>(casing: .sensitive)
        for (host, names) in (file.host_names ?? [:]).sorted(by: { $0.key < $1.key }) {
            for name in names { hosts.insert(name, value: host) }
        }
        self.hosts = hosts
        words = PhraseMatcher((file.summit_words ?? []).map { ($0, true) }, casing: .sensitive)
    }

    /// Adds the summits every language shares; a place is also found by its English name.
    package mutating func add(_ file: SummitsFile) {
        for summit in file.summits {
            years[summit.forum, default: [:]][summit.host, default: []].append(summit.year)
            hosts.insert(summit.host, value: summit.host)
        }
    }

    package mutating func register(in vocabulary: inout Vocabulary.Registrar) {
        vocabulary.register(&hosts); vocabulary.register(&words)
    }

    /// The years the summits the sentence names allow, with the words that name the place.
    func evidence(in tokens: TokenList, forums: [String]) -> (text: String, years: Set<Int>)? {
        guard !years.isEmpty, !forums.isEmpty, words.firstMatch(in: tokens, within: 0..<tokens.count) != nil else { return nil }
        for match in hosts.matches(in: tokens) {
            let allowed = forums.flatMap { years[$0]?[match.value] ?? [] }
            guard !allowed.isEmpty else { continue }
            return (tokens.text(match.range), Set(allowed))
        }
        return nil
    }
}
