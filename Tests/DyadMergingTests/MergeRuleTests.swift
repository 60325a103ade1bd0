import Testing
@testable import DyadText
@testable import DyadModel
@testable import DyadDates
@testable import DyadEvents
@testable import DyadMerging
@testable import DyadTestSupport

/// The merge rule on reports made here, field by field, without any article text.
@Suite("Merge rule: when reports are one event")
struct MergeRuleTests {
    /// A report of `type` between `actors` on `day` of June 2023 (or in the month, with no
    /// day), naming `participants`, from line `line` of `document`.
    static func report(_ type: EventType = .talks, day: Int? = 18, end: Int? = nil, actors: [String] = ["CHN", "USA"],
                       participants: [String: [String]] = [:], priority: Int = 1, basis: DateBasis = .explicit,
                       document: String = "a.txt", line: Int = 1, topics: [String] = [], location: String? = nil,
                       future: Bool = false, lowConfidence: Bool = false) -> ExtractedEvent {
        ExtractedEvent(
            date: ResolvedDate(start: FuzzyDate(year: 2023, month: 6, day: day), end: end.map { FuzzyDate(year: 2023, month: 6, day: $0) },
                               basis: basis),
            actors: actors, meaning: TriggerMeaning(type: type, cameo: "04", goldstein: 1.5, priority: priority),
            trigger: type.rawValue, future: future, summary: "\(type.rawValue) on line \(line)", participants: participants,
            topics: topics, location: location, mention: EventMention(document: document, line: line, text: "line \(line)"),
            lowConfidence: lowConfidence)
    }

    @Test func reportsOfOneDayPairAndKindAreOneEvent() {
        #expect(MergeRule.sameEvent(Self.report(), Self.report(document: "b.txt", line: 7)))
        // A meeting, talks and a summit are one family: one encounter reported in other words.
        #expect(MergeRule.sameEvent(Self.report(.meet), Self.report(.talks)))
        #expect(MergeRule.sameEvent(Self.report(.summit), Self.report(.meet)))
        // Month-only dates are one date too.
        #expect(MergeRule.sameEvent(Self.report(day: nil), Self.report(day: nil)))
    }

    @Test func anotherDateEndPairOrFamilyIsAnotherEvent() {
        let talks = Self.report()
        #expect(!MergeRule.sameEvent(talks, Self.report(day: 19)))
        #expect(!MergeRule.sameEvent(talks, Self.report(day: nil)), "a day is not its month")
        #expect(!MergeRule.sameEvent(talks, Self.report(end: 19)), "a span is not its first day")
        #expect(!MergeRule.sameEvent(Self.report(end: 19), Self.report(end: 20)))
        #expect(!MergeRule.sameEvent(talks, Self.report(actors: ["RUS", "USA"])))
        #expect(!MergeRule.sameEvent(talks, Self.report(.sanction)))
        #expect(!MergeRule.sameEvent(Self.report(.agreement), Self.report(.statement)))
    }

    @Test func officeholdersOnOneSideMustNotDiffer() {
        let foreignMinister = Self.report(participants: ["USA": ["blinken"]])
        // Another officeholder on the same side: another meeting that day.
        #expect(!MergeRule.sameEvent(foreignMinister, Self.report(participants: ["USA": ["biden"]])))
        // One of them the same: the same meeting, however many are named.
        #expect(MergeRule.sameEvent(foreignMinister, Self.report(participants: ["USA": ["biden", "blinken"]])))
        // Named by one report only, or on different sides: nothing to disagree about.
        #expect(MergeRule.sameEvent(foreignMinister, Self.report()))
        #expect(MergeRule.sameEvent(Self.report(), foreignMinister))
        #expect(MergeRule.sameEvent(foreignMinister, Self.report(participants: ["CHN": ["wang-yi"]])))
        // Officeholders never join reports of different keys.
        #expect(!MergeRule.sameEvent(foreignMinister, Self.report(day: 19, participants: ["USA": ["blinken"]])))
    }

    @Test func officeholdersAgreeSideBySide() {
        #expect(MergeRule.officeholdersAgree([:], [:]))
        #expect(MergeRule.officeholdersAgree(["USA": ["blinken"], "CHN": ["wang-yi"]], ["USA": ["blinken"], "CHN": ["wang-yi", "xi"]]))
        #expect(!MergeRule.officeholdersAgree(["USA": ["blinken"], "CHN": ["wang-yi"]], ["USA": ["blinken"], "CHN": ["xi"]]))
        // A side the later report lists with nobody on it (the extractor never writes one) is
        // another side than one the earlier names someone on; the other way round it is not.
        #expect(!MergeRule.officeholdersAgree(["USA": ["blinken"]], ["USA": []]))
        #expect(MergeRule.officeholdersAgree(["USA": []], ["USA": ["blinken"]]))
    }

    @Test func theKeyIsWhatReportsOfOneEventShare() {
        let key = MergeKey(Self.report(.meet, participants: ["USA": ["blinken"]], priority: 3, document: "z.txt", line: 40))
        #expect(key == MergeKey(Self.report(.summit)))
        #expect(key.hashValue == MergeKey(Self.report(.summit)).hashValue)
        #expect(key.family == "encounter" && key.actors == ["CHN", "USA"] && key.start == FuzzyDate(year: 2023, month: 6, day: 18))
        #expect(key != MergeKey(Self.report(.meet, day: 17)))
    }
}

/// The merger applying the rule to a list of reports, and the events it makes of them.
@Suite("Merge rule: the merger applies it")
struct MergerAppliesTheRuleTests {
    let merger = EventMerger(gazetteer: Support.resources.gazetteer)
    func report(_ type: EventType = .talks, day: Int? = 18, participants: [String: [String]] = [:], priority: Int = 1,
                basis: DateBasis = .explicit, document: String = "a.txt", line: Int = 1, topics: [String] = [],
                location: String? = nil, future: Bool = false, lowConfidence: Bool = false) -> ExtractedEvent {
        MergeRuleTests.report(type, day: day, participants: participants, priority: priority, basis: basis, document: document,
                              line: line, topics: topics, location: location, future: future, lowConfidence: lowConfidence)
    }

    @Test func eachReportJoinsTheFirstEventWhoseEveryReportItMatches() {
        let reports = [
            report(.meet, participants: ["USA": ["blinken"]], line: 1),
            report(.meet, participants: ["USA": ["biden"]], line: 2),
            report(.meet, participants: ["USA": ["blinken"], "CHN": ["wang-yi"]], line: 3),
            // Nobody named: the first event takes it.
            report(.talks, line: 4),
            // Matches the second event's report, but the first event's CHN side names Wang Yi.
            report(.meet, participants: ["USA": ["biden"], "CHN": ["xi"]], line: 5),
            // Matches no event: one of its own.
            report(.meet, participants: ["USA": ["blinken"], "CHN": ["xi"]], line: 6),
        ]
        let events = merger.merge(reports)
        #expect(events.map { $0.mentions.map(\.line) } == [[1, 3, 4], [2, 5], [6]])
        #expect(events.map(\.id) == ["e1", "e2", "e3"])
        // Whatever the grouping found, each report is the same event as every other of its event.
        for event in events {
            let members = reports.filter { report in event.mentions.contains(report.mention) }
            for (a, earlier) in members.enumerated() {
                for later in members[(a + 1)...] { #expect(MergeRule.sameEvent(earlier, later)) }
            }
        }
    }

    @Test func oneEventTakesItsTypeFromItsBestWordAndKeepsEveryMention() throws {
        let reports = [
            report(.meet, priority: 1, basis: .published, document: "b.txt", line: 9, topics: ["PRK"], future: true),
            report(.summit, participants: ["USA": ["biden"]], priority: 5, basis: .explicit, document: "a.txt", line: 2,
                   topics: ["UKR", "PRK"], location: "Bali", future: false, lowConfidence: true),
            report(.meet, priority: 1, basis: .inferred, document: "b.txt", line: 9, topics: []),
        ]
        let event = try #require(merger.merge(reports).first)
        #expect(merger.merge(reports).count == 1)
        #expect(event.type == .summit)
        #expect(event.summary == "meet on line 9", "summarised by the first report")
        #expect(event.basis == .explicit, "the surest basis of any report")
        #expect(event.mentions.map { "\($0.document):\($0.line)" } == ["a.txt:2", "b.txt:9"])
        #expect(event.topics == ["PRK", "UKR"])
        #expect(event.location == "Bali")
        #expect(event.participants == ["Joe Biden"])
        #expect(!event.future && !event.lowConfidence, "planned or unsure only when every report is")
    }

    @Test func eventsAreInTimelineOrderWhateverTheReportsOrder() {
        let reports = [
            report(.sanction, day: 18, line: 1),
            report(.talks, day: 17, document: "b.txt", line: 3),
            report(.talks, day: 18, line: 2),
            report(.talks, day: nil, line: 4),
        ]
        let forward = merger.merge(reports), backward = merger.merge(reports.reversed())
        #expect(forward.map { "\($0.date.iso) \($0.type.rawValue)" } == ["2023-06 talks", "2023-06-17 talks", "2023-06-18 sanction", "2023-06-18 talks"])
        #expect(backward.map(\.mentions) == forward.map(\.mentions))
        #expect(merger.merge([]).isEmpty)
    }
}
