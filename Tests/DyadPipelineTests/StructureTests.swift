import Foundation
import Testing
@testable import DyadTestSupport

/// The package's shape is the pipeline's: checked from the files themselves, so that the README,
/// `Package.swift` and the sources cannot drift apart.
@Suite("Structure: the dependency graph is the pipeline")
struct StructureTests {
    static let root = Support.repository

    /// Each Dyad target's direct dependencies on other Dyad targets, read from `Package.swift`:
    /// the library's targets, and the test targets with their support target (in `Tests/`).
    static let graph: (sources: [String: [String]], tests: [String: [String]]) = {
        let text = (try? String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8)) ?? ""
        func names(_ list: Substring) -> [String] {
            list.matches(of: try! Regex(#""(Dyad\w+)""#)).map { String($0.output[1].substring!) }
        }
        var sources: [String: [String]] = [:], tests: [String: [String]] = [:]
        for match in text.matches(of: try! Regex(#"\.target\(name: "(Dyad\w+)"(.*?)swiftSettings"#).dotMatchesNewlines()) {
            sources[String(match.output[1].substring!)] = names(match.output[2].substring!)
        }
        for match in text.matches(of: try! Regex(#"\.(?:testTarget|target)\(name: "(Dyad\w*(?:Tests|TestSupport))", dependencies: \[([^\]]*)\]"#)) {
            tests[String(match.output[1].substring!)] = names(match.output[2].substring!)
        }
        return (sources, tests)
    }()

    static var dependencies: [String: [String]] { graph.sources }
    static var testDependencies: [String: [String]] { graph.tests }

    static func reach(from target: String) -> Set<String> {
        var seen: Set<String> = []
        var queue = dependencies[target] ?? testDependencies[target] ?? []
        while let next = queue.popLast() {
            guard seen.insert(next).inserted else { continue }
            queue += dependencies[next] ?? testDependencies[next] ?? []
        }
        return seen
    }

    /// The stages in the README's "How it works" table, in its order.
    static let readmeStages: [String] = {
        let text = (try? String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)) ?? ""
        guard let start = text.range(of: "## How it works") else { return [] }
        let section = text[start.upperBound...].components(separatedBy: "\n## ").first ?? ""
        return section.split(separator: "\n").filter { $0.hasPrefix("| ") }.compactMap { row in
            row.firstMatch(of: try! Regex(#"`Sources/(Dyad\w+)`"#)).map { String($0.output[1].substring!) }
        }
    }()

    @Test func packageSwiftMakesTheStagesAChain() {
        let stages = ["DyadReading", "DyadCleaning", "DyadActors", "DyadDates", "DyadEvents", "DyadMerging", "DyadRendering", "DyadPipeline"]
        #expect(Self.dependencies.count >= 12, "targets read: \(Self.dependencies.keys.sorted())")
        for (earlier, later) in zip(stages, stages.dropFirst()) {
            #expect(Self.reach(from: later).contains(earlier), "\(later) must come after \(earlier)")
            #expect(!Self.reach(from: earlier).contains(later), "\(earlier) must not depend on \(later)")
        }
        for base in ["DyadText", "DyadModel"] {
            #expect(Self.dependencies[base] == [], "\(base) depends on no stage")
        }
    }

    @Test func theReadmeTableListsTheTargetsInPipelineOrder() {
        let stages = Self.readmeStages
        #expect(stages.count >= 10, "README rows: \(stages)")
        #expect(Set(stages) == Set(Self.dependencies.keys), "README and Package.swift name different targets")
        // Every row's target may depend only on targets listed above it.
        for (index, stage) in stages.enumerated() {
            let above = Set(stages[..<index])
            #expect(Self.reach(from: stage).isSubset(of: above), "\(stage) depends on \(Self.reach(from: stage).subtracting(above).sorted()), listed below it")
        }
    }

    @Test func everySourceImportsOnlyWhatItsTargetDependsOn() throws {
        try Self.checkImports(in: "Sources", targets: Self.dependencies.keys.sorted())
    }

    @Test func everyTestImportsOnlyWhatItsTargetDependsOn() throws {
        #expect(Self.testDependencies.count >= 11, "test targets read: \(Self.testDependencies.keys.sorted())")
        try Self.checkImports(in: "Tests", targets: Self.testDependencies.keys.sorted())
    }

    /// Each file of each target in `folder` imports only its own target and what it depends on.
    static func checkImports(in folder: String, targets: [String]) throws {
        let sources = Self.root.appendingPathComponent(folder)
        for target in targets {
            let allowed = Self.reach(from: target).union([target])
            let folder = sources.appendingPathComponent(target)
            let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
            #expect(!files.isEmpty, "\(target) has no sources")
            for file in files {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                for match in text.matches(of: try Regex(#"(?m)^(?:@testable )?import (Dyad\w+)"#)) {
                    let module = String(match.output[1].substring!)
                    #expect(allowed.contains(module), "\(target)/\(file) imports \(module), a later stage or an undeclared one")
                }
            }
        }
    }

    /// A file a reader can hold in mind: no source file over 400 lines.
    @Test func noSourceFileIsOver400Lines() throws {
        let sources = Self.root.appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        #expect(files.count > 50)
        for file in files {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count - (text.hasSuffix("\n") ? 1 : 0)
            #expect(lines <= 400, "Sources/\(file) has \(lines) lines")
        }
    }
}
