import Foundation
import Testing
@testable import DyadTestSupport

/// The package's shape is the pipeline's: checked from the files themselves, so that the README,
/// `Package.swift` and the sources cannot drift apart.
@Suite("Structure: the dependency graph is the pipeline")
struct StructureTests {
    static let root = Support.repository

    /// Each Dyad target's direct dependencies on other Dyad targets, read from `Package.swift`.
    static let dependencies: [String: [String]] = {
        let text = (try? String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8)) ?? ""
        var found: [String: [String]] = [:]
        let target = try! Regex(#"\.target\(name: "(Dyad\w+)"(.*?)swiftSettings"#).dotMatchesNewlines()
        for match in text.matches(of: target) {
            let name = String(match.output[1].substring!)
            let rest = String(match.output[2].substring!)
            found[name] = rest.matches(of: try! Regex(#""(Dyad\w+)""#)).map { String($0.output[1].substring!) }
        }
        return found
    }()

    static func reach(from target: String) -> Set<String> {
        var seen: Set<String> = []
        var queue = dependencies[target] ?? []
        while let next = queue.popLast() {
            guard seen.insert(next).inserted else { continue }
            queue += dependencies[next] ?? []
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
        let sources = Self.root.appendingPathComponent("Sources")
        for target in Self.dependencies.keys.sorted() {
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
}
