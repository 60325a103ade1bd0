import Foundation
import Yams
import DyadText
import DyadResources
import DyadModel
import DyadReading
import DyadCleaning
import DyadActors
import DyadDates
import DyadEvents
import DyadMerging
import DyadRendering

/// The contents of `dyad.yml`: what to read, where to write, and what is known about each
/// document. Paths in it are relative to the file's folder.
public struct Configuration: Sendable {
    public var inputs: [String] = []
    public var output: String?
    public var formats: [String]?
    public var language: String?
    /// Per-document metadata, by path relative to the configuration's folder.
    public var documents: [String: DocumentMetadata] = [:]
    /// Extra actor names the user adds.
    public var aliases: [String: ActorAliases] = [:]
    /// The line of each actor code under `actors:`, for messages about it.
    public var aliasLines: [String: Int] = [:]
    /// The configuration file itself, when it was read from one.
    public var path: String?
    /// The folder the configuration's paths are relative to.
    public var folder: URL
    /// Problems that did not stop the configuration from being read (unknown keys…).
    public var warnings: [String] = []

    public init(folder: URL) {
        self.folder = folder
    }

    static let topKeys: Set<String> = ["inputs", "output", "formats", "language", "documents", "actors"]

    /// Reads a configuration file; malformed YAML is an error naming the file and line.
    public static func load(from url: URL) throws -> Configuration {
        let text: String
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw ConfigurationError(file: url.path, line: nil, reason: "not found")
        }
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw ConfigurationError(file: url.path, line: nil, reason: "cannot be read as UTF-8 text")
        }
        return try parse(text, path: url.path)
    }

    /// Reads a configuration from its text; `path` names the file in messages and gives the
    /// folder that relative paths start from.
    public static func parse(_ text: String, path: String) throws -> Configuration {
        let url = URL(fileURLWithPath: path)
        let name = url.lastPathComponent
        var config = Configuration(folder: url.deletingLastPathComponent())
        config.path = url.path
        let node: Node?
        do {
            node = try BoundedYAML.compose(text)
        } catch let error as YamlError {
            throw ConfigurationError(file: url.path, line: error.line, reason: "is not valid YAML (\(error.summary))")
        } catch let error as BoundedYAML.NestingError {
            throw ConfigurationError(file: url.path, line: error.line, reason: error.reason)
        } catch {
            throw ConfigurationError(file: url.path, line: nil, reason: "is not valid YAML (\(error))")
        }
        guard let root = node else { return config }
        let mapping = try requireMapping(root, file: url.path, reason: "must be a mapping of keys to values")
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            let line = keyNode.mark?.line
            switch key {
            case "inputs":
                config.inputs = try strings(value, file: url.path, key: key)
            case "output":
                config.output = try string(value, file: url.path, key: key)
            case "formats":
                config.formats = try strings(value, file: url.path, key: key)
            case "language":
                config.language = try string(value, file: url.path, key: key)
            case "documents":
                let documents = try requireMapping(value, file: url.path, reason: "'documents' must map paths to metadata")
                for (pathNode, fields) in documents {
                    // Documents are known by their paths relative to this folder.
                    let path = relative(pathNode.string ?? "", to: config.folder)
                    let fieldMapping = try requireMapping(fields, file: url.path, reason: "metadata of '\(path)' must be a mapping")
                    let parsed = MetadataFields.parse(mapping: fieldMapping, context: "\(name): documents: \(path)")
                    var metadata = parsed.metadata
                    if metadata.published != nil || metadata.publishedApproximately != nil { metadata.publishedOrigin = .config }
                    config.documents[path] = metadata
                    config.warnings += parsed.warnings
                }
            case "actors":
                let actors = try requireMapping(value, file: url.path, reason: "'actors' must map actor codes to names")
                for (codeNode, fields) in actors {
                    let code = codeNode.string ?? ""
                    let lists = try requireMapping(fields, file: url.path,
                                            reason: "names of actor '\(code)' must be lists under names, short, titled or places")
                    var aliases = ActorAliases()
                    for (kindNode, namesNode) in lists {
                        let names = try strings(namesNode, file: url.path, key: "actors: \(code): \(kindNode.string ?? "")")
                        switch kindNode.string ?? "" {
                        case "names": aliases.names = names
                        case "short": aliases.short = names
                        case "titled": aliases.titled = names
                        case "places": aliases.places = names
                        default:
                            throw ConfigurationError(file: url.path, line: kindNode.mark?.line,
                                                     reason: "actor '\(code)': unknown list '\(kindNode.string ?? "")' (use names, short, titled or places)")
                        }
                    }
                    config.aliases[code] = aliases
                    config.aliasLines[code] = codeNode.mark?.line
                }
            default:
                config.warnings.append("\(name)\(line.map { ":\($0)" } ?? ""): unknown key '\(key)' ignored")
            }
        }
        return config
    }

    /// The mapping `node` holds, or an error at its line saying `reason`; a key given twice is
    /// an error at its second line (YAML forbids it, and one of the two would be lost silently).
    private static func requireMapping(_ node: Node, file: String, reason: String) throws -> Node.Mapping {
        guard let mapping = node.mapping else { throw ConfigurationError(file: file, line: node.mark?.line, reason: reason) }
        var seen = Set<String>()
        for key in mapping.keys where !seen.insert(key.string ?? "\(key)").inserted {
            throw ConfigurationError(file: file, line: key.mark?.line, reason: "key '\(key.string ?? "\(key)")' is given twice")
        }
        return mapping
    }

    /// The one non-empty text `node` holds (`output: [a, b]` is an error, not `output/`).
    private static func string(_ node: Node, file: String, key: String) throws -> String {
        guard let text = node.scalar?.string, !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ConfigurationError(file: file, line: node.mark?.line, reason: "'\(key)' must be one non-empty text")
        }
        return text
    }

    /// A list of non-empty texts, or one text.
    private static func strings(_ node: Node, file: String, key: String) throws -> [String] {
        if node.scalar != nil { return [try string(node, file: file, key: key)] }
        guard let sequence = node.sequence else {
            throw ConfigurationError(file: file, line: node.mark?.line, reason: "'\(key)' must be a list")
        }
        return try sequence.map { item in
            guard item.scalar != nil else {
                throw ConfigurationError(file: file, line: item.mark?.line, reason: "'\(key)' must be a list of texts")
            }
            return try string(item, file: file, key: key)
        }
    }

    /// `path` relative to `folder` when it is an absolute path inside it.
    private static func relative(_ path: String, to folder: URL) -> String {
        let base = folder.standardizedFileURL.path
        let prefix = base.hasSuffix("/") ? base : base + "/"
        let full = path.hasPrefix("/") ? URL(fileURLWithPath: path).standardizedFileURL.path : path
        return full.hasPrefix(prefix) ? String(full.dropFirst(prefix.count)) : full
    }

    /// A path from the configuration: an absolute one as it is, another from its folder.
    public func resolve(_ path: String) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : folder.appendingPathComponent(path)
    }
}

/// A configuration that cannot be used, with the file and line at fault.
public struct ConfigurationError: Error, CustomStringConvertible {
    public let file: String
    public let line: Int?
    public let reason: String

    public var description: String {
        "\(file)\(line.map { ":\($0)" } ?? ""): \(reason)"
    }
}
