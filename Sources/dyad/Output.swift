import DyadKit
import Foundation

/// Writes a line to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// The workspace of `--config` (else ./dyad.yml); a bad configuration is exit status 3.
func loadWorkspace(config: String?) throws -> Workspace {
    do {
        return try Workspace(configPath: config)
    } catch {
        throw fail("\(error)", status: ExitStatus.configurationError)
    }
}
