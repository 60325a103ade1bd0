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
@testable import DyadTestSupport

@Suite("Configuration: dyad.yml errors name the file and line")
struct ConfigurationTests {
    /// Writes `text` as `dyad.yml` in a fresh folder and returns its URL.
    private func configFile(_ text: String) throws -> URL {
        let url = Support.temporaryFolder().appendingPathComponent("dyad.yml")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func malformedYAMLIsAnErrorWithFileAndLine() throws {
        let url = try configFile("inputs:\n  - seeds\noutput: [unclosed\nformats: json\n")
        #expect {
            try Configuration.load(from: url)
        } throws: { error in
            guard let error = error as? ConfigurationError else { return false }
            return error.file == url.path && error.line != nil && error.description.contains("not valid YAML")
        }
    }

    @Test func unknownKeysAreWarningsNamingKeyAndLine() throws {
        let url = try configFile("inputs: [seeds]\noutptu: out\n")
        let config = try Configuration.load(from: url)
        #expect(config.warnings == ["dyad.yml:2: unknown key 'outptu' ignored"])
        #expect(config.output == nil)
    }

    @Test func badPublicationDateIsAWarningWithItsLine() throws {
        let url = try configFile("documents:\n  a.txt:\n    published: 2023-13-45\n")
        let config = try Configuration.load(from: url)
        #expect(config.documents["a.txt"]?.published == nil)
        #expect(config.warnings.count == 1)
        #expect(config.warnings.first?.contains("line 3") == true)
        #expect(config.warnings.first?.contains("2023-13-45") == true)
    }

    @Test func aliasForUnknownActorNamesConfigFileAndLine() throws {
        let url = try configFile("inputs: [seeds]\nactors:\n  USA:\n    names: [Hoa Kỳ mới]\n  XYZ:\n    names: [Xứ Lạ]\n")
        #expect {
            try Workspace(configPath: url.path)
        } throws: { error in
            guard let error = error as? ConfigurationError else { return false }
            return error.file == url.path && error.line == 5 && error.reason.contains("'XYZ'")
        }
    }

    @Test func aliasesForKnownActorsAreMatched() throws {
        let url = try configFile("actors:\n  USA:\n    names: [Xứ Cờ Hoa]\n")
        let workspace = try Workspace(configPath: url.path)
        let builder = Builder(resources: workspace.resources)
        let text = "Ngày 3/4, Xứ Cờ Hoa và Trung Quốc đã hội đàm tại Bắc Kinh."
        let events = builder.build(documents: [Support.document(text, published: "2023-04-05")]).events
        #expect(events.map(\.pair) == ["CHN-USA"])
    }

    @Test func listExpectedButMappingGivenIsAnError() throws {
        let url = try configFile("inputs:\n  a: b\n")
        #expect(throws: ConfigurationError.self) { try Configuration.load(from: url) }
    }
}
