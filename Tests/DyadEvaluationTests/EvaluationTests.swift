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

/// `Evaluator` and `dyad eval`: articles built as `dyad build` builds them, publication dates
/// taken from the gold where the article has none, and each extra or missing key explained.
@Suite("Evaluation: dyad eval", .serialized)
struct EvaluationTests {
    static let gold = #"""
        {"documents": [
         {"file": "t1.txt", "published": "2023-05-10", "events": [
           {"date": "2023-05-04", "actors": ["CHN", "USA"], "type": "talks", "evidence": "Ngày 3/5, Mỹ hội đàm với Trung Quốc"}]},
         {"file": "t2.txt", "published": "2023-05-10", "events": [
           {"date": "2023-05-03", "actors": ["CHN", "USA"], "type": "talks", "evidence": "Ngày 3/5, Mỹ hội đàm với Trung Quốc"},
           {"date": "2022-05-04", "actors": ["CHN", "RUS"], "type": "call", "evidence": "Ngày 4/5, Nga điện đàm"},
           {"date": "2022-05-03", "actors": ["CHN", "LAO"], "type": "call", "evidence": "Ngày 3/5"},
           {"date": "2022-05-10", "actors": ["JPN", "USA"], "type": "agreement", "evidence": "Nhật Bản và Mỹ sẽ ký kết một hiệp định"}]},
         {"file": "t3.txt", "published": "2023-05-10", "events": [
           {"date": "2023-05-03", "actors": ["CHN", "USA"], "type": "talks", "evidence": "Ngày 3/5, Mỹ hội đàm với Trung Quốc"}]}
        ]}
        """#

    /// A folder with the articles and the gold: t1 has no publication date (the gold's is
    /// used), t2 has its own in front matter (it wins over the gold's), t3 is not given.
    static func corpus() throws -> URL {
        let folder = Support.temporaryFolder()
        let articles = folder.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        try Data("Ngày 3/5, Mỹ hội đàm với Trung Quốc tại Bắc Kinh.\n".utf8).write(to: articles.appendingPathComponent("t1.txt"))
        try Data("""
            ---
            published: 2022-05-10
            ---
            Ngày 3/5, Mỹ hội đàm với Trung Quốc tại Bắc Kinh.

            Ngày 4/5, Nga điện đàm với Ấn Độ.

            Nhật Bản và Mỹ sẽ ký kết một hiệp định.

            """.utf8).write(to: articles.appendingPathComponent("t2.txt"))
        try Data(gold.utf8).write(to: folder.appendingPathComponent("gold.json"))
        return folder
    }

    @Test func reasonsForExtraAndMissingKeys() async throws {
        let folder = try Self.corpus()
        let evaluator = Evaluator(resources: Support.resources, reader: DocumentReader(baseFolder: folder))
        let outcome = await evaluator.evaluate(gold: try GoldStandard(contentsOf: folder.appendingPathComponent("gold.json")),
                                               paths: [folder.appendingPathComponent("articles").path])
        let report = outcome.report
        #expect(report.summary.line == "F1 0.000 P 0.000 R 0.000 tp 0 fp 3 fn 6 wrong-year 1 type-agree 0.00")

        let t1 = try #require(report.documents.first { $0.file == "t1.txt" })
        // The gold's publication date gave the year: the article has none of its own.
        #expect(t1.extra.map(\.date) == ["2023-05-03"])
        #expect(t1.extra.first?.reason == "gold has this pair on 2023-05-04")
        #expect(t1.extra.first?.mentions.map(\.line) == [1])
        #expect(t1.missing.first?.reason == "date resolved to 2023-05-03 (line 1)")
        #expect(t1.missing.first?.evidence == ["Ngày 3/5, Mỹ hội đàm với Trung Quốc"])

        let t2 = try #require(report.documents.first { $0.file == "t2.txt" })
        let reasons = Dictionary(uniqueKeysWithValues: t2.missing.map { ("\($0.date) \($0.actors.joined(separator: "-"))", $0.reason) })
        // Front matter wins over the gold's date: 2022, so the 2023 key is a wrong year.
        #expect(reasons["2023-05-03 CHN-USA"] == "date resolved to 2022-05-03 (line 4), another year")
        #expect(reasons["2022-05-03 CHN-LAO"] == "actor unknown: LAO")
        #expect(reasons["2022-05-04 CHN-RUS"] == "other pair: IND-RUS (line 6)")
        #expect(reasons["2022-05-10 JPN-USA"] == "no date found (line 8)")
        #expect(t2.extra.contains { $0.actors == ["IND", "RUS"] && $0.reason.contains("IND is in no gold event") })

        let t3 = try #require(report.documents.first { $0.file == "t3.txt" })
        #expect(t3.missing.map(\.reason) == ["no event found"])
        #expect(report.notes == ["gold document t3.txt is not among the inputs: its events all count as missing"])

        let text = report.text()
        #expect(text.contains("   missing 2022-05-03 CHN-LAO call  — actor unknown: LAO\n           gold: Ngày 3/5\n"))
        #expect(text.hasSuffix(report.summary.line + "\n"))
        #expect(report.text(quiet: true) == report.summary.line + "\n")
        let decoded = try JSONDecoder().decode(EvaluationReport.self, from: report.json())
        #expect(decoded == report)
    }

    @Test func commandPrintsTheReportAndFailsBelowMinF1() throws {
        let folder = try Self.corpus()
        let command = Support.self
        let gold = folder.appendingPathComponent("gold.json").path, articles = folder.appendingPathComponent("articles").path
        let plain = try command.dyad(["eval", gold, articles])
        #expect(plain.status == 0, "\(plain.errors)")
        #expect(plain.output.contains("t2.txt: tp 0 fp 2 fn 4\n"))
        #expect(plain.errors.contains("t3.txt is not among the inputs"))

        let quiet = try command.dyad(["eval", gold, articles, "--quiet", "--min-f1", "0.5"])
        #expect(quiet.status == 1)
        #expect(quiet.output == "F1 0.000 P 0.000 R 0.000 tp 0 fp 3 fn 6 wrong-year 1 type-agree 0.00\n")
        #expect(quiet.errors.contains("below --min-f1 0.5"))

        let json = try command.dyad(["eval", gold, articles, "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect((object["summary"] as? [String: Any])?["fn"] as? Int == 6)

        let badGold = try command.dyad(["eval", articles + "/t1.txt", articles])
        #expect(badGold.status == 3)
        #expect(badGold.errors.contains("not JSON"))
        // Nothing is written.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["articles", "gold.json"])
    }

    static let seedsGold = Support.repository.deletingLastPathComponent().appendingPathComponent("shared/eval/seeds-gold.json")

    @Test(.enabled(if: FileManager.default.fileExists(atPath: seedsGold.path), "needs ../shared/eval/seeds-gold.json beside the repository"))
    func seedsScorePerfectlyWithAndWithoutPublicationDates() throws {
        let command = Support.self
        for extra in [[], ["--ignore-published"]] {
            let run = try command.dyad(["eval", Self.seedsGold.path, "seeds", "--quiet"] + extra)
            #expect(run.status == 0, "\(run.errors)")
            #expect(run.output.hasPrefix("F1 1.000 P 1.000 R 1.000 tp 11 fp 0 fn 0 wrong-year 0"), "\(extra)")
        }
    }
}

/// The regression corpus (`Tests/Regression`) is what its gold says it is: every article has
/// front matter with the gold's publication date, every quote is found in its article, pairs
/// are two sorted codes, and the corpus is half Vietnamese, half English.
@Suite("Evaluation: the regression corpus")
struct RegressionCorpusTests {
    static let folder = Support.repository.appendingPathComponent("Tests/Regression")

    @Test func goldMatchesTheArticles() throws {
        let gold = try GoldStandard(contentsOf: Self.folder.appendingPathComponent("gold.json"))
        let articles = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(gold.documents.map(\.file).sorted() == articles)
        #expect(articles.filter { $0.hasPrefix("vi-") }.count == articles.filter { $0.hasPrefix("en-") }.count)
        #expect(articles.count >= 15)
        for document in gold.documents {
            let text = try String(contentsOf: Self.folder.appendingPathComponent(document.file), encoding: .utf8)
            #expect(text.hasPrefix("---\npublished: \(document.published ?? "?")\n---\n"), "\(document.file)")
            for event in document.events {
                #expect(event.actors.count == 2 && event.actors == event.actors.sorted(), "\(document.file) \(event.actors)")
                #expect(event.evidence.map { text.contains($0) } == true, "\(document.file): \(event.evidence ?? "no evidence")")
                #expect(event.date.flatMap(FuzzyDate.init(iso:)) != nil, "\(document.file) \(event.date ?? "no date")")
            }
        }
    }
}
