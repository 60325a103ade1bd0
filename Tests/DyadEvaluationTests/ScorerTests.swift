import Foundation
import Testing
@testable import DyadText
@testable import DyadResources
@testable import DyadModel
@testable import DyadReading
@testable import DyadCleaning
@testable import DyadActors
@testable import DyadDates
@testable import DyadEvents
@testable import DyadMerging
@testable import DyadRendering
@testable import DyadPipeline
@testable import DyadEvaluation
@testable import DyadTestSupport

/// `Scorer` counts as `../shared/eval/score.py` does, on gold and timeline files written for the
/// tests (`Fixtures/eval/`): optional events with and without windows, ISO weeks (53 included),
/// wrong years, type disagreements, unsorted pairs, mentions in folders and in documents the
/// gold does not have.
@Suite("Evaluation: the scorer agrees with score.py")
struct ScorerTests {
    static let pairs: [(gold: String, timeline: String)] = [
        ("gold-mixed", "timeline-mixed"), ("gold-untyped", "timeline-untyped"), ("gold-mixed", "timeline-empty"),
    ]

    /// score.py's output on the fixtures, recorded from `python3 ../shared/eval/score.py GOLD TIMELINE`.
    static let recorded: [String: String] = [
        "timeline-mixed": """
            a1.txt: tp 2 fp 3 fn 1
               extra   2021-W53 DEU-FRA
               extra   2022-06 CHN-RUS
               extra   2023-01-01 CHN-JPN
               missing 2023-06 CHN-RUS
            a2.txt: tp 2 fp 3 fn 2
               extra   2020-06-07 CHN-RUS
               extra   2021-03-15 RUS-USA
               extra   2021-W22 JPN-USA
               missing 2021-03 RUS-USA
               missing 2021-06-07 CHN-RUS
            a3.txt: tp 0 fp 2 fn 0
               extra   2023-01-01 CHN-JPN
               extra   2024 CHN-JPN
            F1 0.421 P 0.333 R 0.571 tp 4 fp 8 fn 3 wrong-year 2 type-agree 0.50

            """,
        "timeline-untyped": """
            b1.txt: tp 1 fp 2 fn 1
               extra   2023-09-10 CHN-JPN
               extra   2025-09-10 CHN-JPN
               missing 2024-09-10 CHN-JPN
            b2.txt: tp 0 fp 0 fn 1
               missing 2024-09-08 KOR-PRK
            F1 0.333 P 0.333 R 0.333 tp 1 fp 2 fn 2 wrong-year 1 type-agree 1.00

            """,
        "timeline-empty": """
            a1.txt: tp 0 fp 0 fn 3
               missing 2023-06 CHN-RUS
               missing 2023-06-17 CHN-USA
               missing 2023-06-18 CHN-USA
            a2.txt: tp 0 fp 0 fn 4
               missing 2021-03 RUS-USA
               missing 2021-06-07 CHN-RUS
               missing 2021-06-07 NATO-USA
               missing 2024-W36 JPN-KOR
            a3.txt: tp 0 fp 0 fn 0
            F1 0.000 P 0.000 R 0.000 tp 0 fp 0 fn 7 wrong-year 0 type-agree 0.00

            """,
    ]

    static func fixture(_ name: String) -> URL { Support.fixture("eval/\(name).json") }

    static func score(_ gold: String, _ timeline: String) throws -> Score {
        let standard = try GoldStandard(contentsOf: fixture(gold))
        let events = try ScoredEvent.events(timelineJSON: Data(contentsOf: fixture(timeline)))
        return Scorer.score(gold: standard, system: events)
    }

    /// score.py beside the repository (`../shared/eval/score.py`), as CI has it.
    static let scorePy = Support.repository.deletingLastPathComponent().appendingPathComponent("shared/eval/score.py")
    static let python = Support.python
    static var canRunScorePy: Bool { python != nil && FileManager.default.fileExists(atPath: scorePy.path) }

    @Test(arguments: pairs.map { "\($0.gold) \($0.timeline)" })
    func listingEqualsScorePyAsRecorded(_ pair: String) throws {
        let (gold, timeline) = (String(pair.split(separator: " ")[0]), String(pair.split(separator: " ")[1]))
        let score = try Self.score(gold, timeline)
        #expect(score.listing == Self.recorded[timeline])
    }

    @Test(.enabled(if: canRunScorePy, "needs python3 and ../shared/eval/score.py beside the repository; the recorded figures are still checked"),
          arguments: pairs.map { "\($0.gold) \($0.timeline)" })
    func listingEqualsScorePyRunNow(_ pair: String) throws {
        let (gold, timeline) = (String(pair.split(separator: " ")[0]), String(pair.split(separator: " ")[1]))
        let process = Process()
        process.executableURL = Self.python ?? URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [Self.scorePy.path, Self.fixture(gold).path, Self.fixture(timeline).path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let score = try Self.score(gold, timeline)
        #expect(score.listing == printed)
        // Quiet, both print the summary line only.
        #expect(printed.split(separator: "\n").last.map(String.init) == score.summaryLine)
    }

    @Test func summaryFiguresOfTheMixedFixture() throws {
        let score = try Self.score("gold-mixed", "timeline-mixed")
        #expect(score.truePositives.count == 4)
        #expect(score.wrongYear == 2)
        #expect(score.typeAgreements == 2)
        // The optional events' windows excuse a day inside them, a month overlapping a year,
        // and a valid ISO week 53 (2020 has one); 2021 has none, so 2021-W53 covers only itself.
        #expect(score.excused.map(\.date).sorted() == ["2019-05", "2020-W53", "2021-W21", "2023-06-19"])
        #expect(abs(score.f1 - 2 * (4.0 / 12) * (4.0 / 7) / (4.0 / 12 + 4.0 / 7)) < 1e-12)
    }

    @Test func intervalsOfEveryPrecision() {
        #expect(Scorer.interval("2023") == ("2023-01-01", "2023-12-31"))
        #expect(Scorer.interval("2024-02") == ("2024-02-01", "2024-02-29"))
        #expect(Scorer.interval("2023-02") == ("2023-02-01", "2023-02-28"))
        #expect(Scorer.interval("1900-02") == ("1900-02-01", "1900-02-28"))
        #expect(Scorer.interval("2023-6") == ("2023-06-01", "2023-06-30"))
        #expect(Scorer.interval("2023-06-18") == ("2023-06-18", "2023-06-18"))
        #expect(Scorer.interval("2024-W36") == ("2024-09-02", "2024-09-08"))
        #expect(Scorer.interval("2024-W01") == ("2024-01-01", "2024-01-07"))
        #expect(Scorer.interval("2021-W01") == ("2021-01-04", "2021-01-10"))
        #expect(Scorer.interval("2020-W53") == ("2020-12-28", "2021-01-03"))
        #expect(Scorer.interval("2015-W53") == ("2015-12-28", "2016-01-03"))
        // Not a date of any precision: it covers itself, as in score.py.
        #expect(Scorer.interval("2021-W53") == ("2021-W53", "2021-W53"))
        #expect(Scorer.interval("2021-W00") == ("2021-W00", "2021-W00"))
        #expect(Scorer.interval("2021-13") == ("2021-13", "2021-13"))
        #expect(Scorer.interval("soon") == ("soon", "soon"))
        #expect(Scorer.interval("") == ("", ""))
    }

    @Test func goldThatCannotBeReadSaysWhere() {
        #expect(throws: GoldFormatError.self) { try GoldStandard(data: Data("[1]".utf8)) }
        #expect(throws: GoldFormatError.self) { try GoldStandard(data: Data(#"{"documents": [{"events": []}]}"#.utf8)) }
        do {
            _ = try GoldStandard(data: Data(#"{"documents": [{"file": "x.txt", "events": [{"actors": ["A", "B"], "optional": true}]}]}"#.utf8))
            Issue.record("an optional event with neither date nor window was accepted")
        } catch {
            #expect("\(error)".contains("x.txt: events[0]"))
        }
    }
}
