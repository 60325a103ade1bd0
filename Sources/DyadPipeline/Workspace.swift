import Foundation
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

/// The configuration, resources and reader a command works with, set up once.
public struct Workspace: Sendable {
    public let configuration: Configuration?
    /// Every language's resources; documents are read with the rules of their own language.
    public let languages: LanguageLibrary
    public let reader: DocumentReader

    /// Reads `configPath`, else `dyad.yml` in `folder` when there is one, and loads the
    /// resources of the configured language with the configured extra aliases.
    public init(configPath: String?, folder: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) throws {
        var configuration: Configuration?
        if let configPath {
            configuration = try Configuration.load(from: URL(fileURLWithPath: configPath, relativeTo: folder))
        } else {
            let implicit = folder.appendingPathComponent("dyad.yml")
            if FileManager.default.fileExists(atPath: implicit.path) {
                configuration = try Configuration.load(from: implicit)
            }
        }
        self.configuration = configuration
        do {
            languages = try LanguageLibrary.load(defaultLanguage: configuration?.language,
                                                 extraAliases: configuration?.aliases ?? [:])
        } catch let error as UnknownActorError {
            // The alias came from the configuration: point at its line there.
            throw ConfigurationError(file: configuration?.path ?? "configuration",
                                     line: configuration?.aliasLines[error.code], reason: "\(error)")
        }
        let base = configuration?.folder ?? folder
        reader = DocumentReader(baseFolder: base, configured: configuration?.documents ?? [:])
    }

    /// The default language's resources (see ``LanguageLibrary/primary``).
    public var resources: LanguageResources { languages.primary }

    /// The inputs to read: those given, else the configuration's (relative to its folder).
    public func inputs(_ given: [String]) -> [String] {
        if !given.isEmpty { return given }
        guard let configuration else { return [] }
        return configuration.inputs.map { configuration.resolve($0).path }
    }

    /// The output folder: the one given, else the configuration's, else `output`.
    public func outputFolder(_ given: String?) -> URL {
        if let given { return URL(fileURLWithPath: given) }
        if let configuration, let output = configuration.output { return configuration.resolve(output) }
        return URL(fileURLWithPath: "output")
    }
}
