import Foundation
import DyadText

/// Errors met while loading Dyad's own data files.
public struct LexiconError: Error, CustomStringConvertible {
    public let file: String
    public let reason: String

    public init(file: String, reason: String) {
        self.file = file
        self.reason = reason
    }
    public var description: String { "lexicon \(file): \(reason)" }
}

package enum ResourceLoader {
    /// The bundled `Resources` folder.
    static var root: URL {
        Bundle.module.bundleURL.appendingPathComponent("Resources")
    }

    /// The file at `relativePath` (in `folder`, else the bundled resources) read as `T`, in one
    /// pass over its bytes (``JSONReader``); a field `T` does not read is an error naming it.
    package static func decode<T: JSONReadable>(_ type: T.Type, _ relativePath: String, in folder: URL? = nil) throws -> T {
        let url = (folder ?? root).appendingPathComponent(relativePath)
        let data: Data
        do {
            // Mapped, not read: the pages come from the page cache as the reader reaches them.
            data = try Data(contentsOf: url, options: .alwaysMapped)
        } catch {
            throw LexiconError(file: relativePath, reason: "cannot be read (\(error.localizedDescription))")
        }
        do {
            return try data.withUnsafeBytes { try JSONReader.read(T.self, from: $0) }
        } catch let error as JSONReadError {
            if case .unknownField = error.problem { throw LexiconError(file: relativePath, reason: "\(error)") }
            throw LexiconError(file: relativePath, reason: "is not valid: \(error)")
        }
    }

    package static func exists(_ relativePath: String, in folder: URL? = nil) -> Bool {
        FileManager.default.fileExists(atPath: (folder ?? root).appendingPathComponent(relativePath).path)
    }

    /// The languages that have a folder of resources (in `folder`, else the bundled ones): every
    /// folder but `common` with a `language.json`.
    package static func availableLanguages(in folder: URL? = nil) -> [String] {
        let base = folder ?? root
        let items = (try? FileManager.default.contentsOfDirectory(atPath: base.path)) ?? []
        return items.filter { $0 != "common" && exists("\($0)/language.json", in: base) }.sorted()
    }
}
