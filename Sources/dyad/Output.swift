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
import DyadPipeline
import DyadEvaluation
import Foundation

/// Writes a line to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// The workspace of `--config` (else ./dyad.yml); a bad configuration is exit status 3.
func loadWorkspace(config: String?) throws -> Workspace {
    do {
        return try (WorkspaceInAdvance.take(config: config) ?? Result { try Workspace(configPath: config) }).get()
    } catch {
        throw fail("\(error)", status: ExitStatus.configurationError)
    }
}

/// The workspace loaded on another thread while the arguments are parsed: ``Dyad/main()``
/// starts it when the command will probably need one, with the `--config` it will probably be
/// given. Loading only reads files, so a wrong guess costs the time, never a different result:
/// a command whose configuration is not the one guessed loads its own.
enum WorkspaceInAdvance {
    private final class Loading: @unchecked Sendable {
        let config: String?
        let done = DispatchSemaphore(value: 0)
        var result: Result<Workspace, Error>?

        init(config: String?) { self.config = config }
    }

    nonisolated(unsafe) private static var loading: Loading?

    /// Starts loading the workspace of `config`. Called once, before any command runs.
    static func start(config: String?) {
        let loading = Loading(config: config)
        self.loading = loading
        Thread.detachNewThread {
            loading.result = Result { try Workspace(configPath: config) }
            loading.done.signal()
        }
    }

    /// The workspace loaded in advance for `config` (waiting for it to be ready), or nil when
    /// none was started for that configuration. Only the command's own task takes it, once.
    static func take(config: String?) -> Result<Workspace, Error>? {
        guard let loading, loading.config == config else { return nil }
        self.loading = nil
        loading.done.wait()
        return loading.result
    }
}

/// Keeps what a command made alive until the process exits. Releasing a large timeline event
/// by event took 0.13 s at the end of `dyad build` on 100 MB of articles, after all its work was
/// done; at exit the system takes the memory back in one step.
enum KeptUntilExit {
    /// Only the command's own task adds to it, once, just before it returns.
    nonisolated(unsafe) private static var values: [Any] = []

    static func keep(_ value: Any) {
        values.append(value)
    }
}

/// On SIGINT, SIGTERM or SIGHUP, removes the temporary files being written and then stops as
/// the signal would have, so an interrupted build leaves no debris. The handlers run on a
/// dispatch queue, not in signal context, so they may take locks; a rename of the output set
/// already under way finishes first.
enum SignalCleanup {
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    static func install() {
        for number in [SIGINT, SIGTERM, SIGHUP] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                TemporaryFiles.removeAll()
                signal(number, SIG_DFL)
                kill(getpid(), number)
            }
            source.resume()
            sources.append(source)
        }
    }
}
