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

/// The temporary files Dyad writes its outputs through, known until they are renamed into place
/// or removed, and the private folders of its work files, so that a signal can remove them
/// (``removeAll()``) rather than leave debris.
public enum TemporaryFiles {
    /// A temporary file ready to be renamed over its target.
    struct Staged: Sendable {
        let temporary: String
        let target: String
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var paths = Set<String>()
    /// Private folders of work files (a large build's reports), removed with all they hold.
    nonisolated(unsafe) private static var folders = Set<String>()
    /// Set once the process is being stopped: no temporary file is kept after that.
    nonisolated(unsafe) private static var closed = false
    static let suffix = ".dyad-tmp"

    /// Creates `.<name>.<16 random hex digits>.dyad-tmp` in `folder`, never following a link
    /// and never opening a file that exists, and registers it. Returns its path and descriptor.
    /// The file is created and registered under one lock: a signal's ``removeAll()`` comes
    /// either before (and nothing is created) or after (and removes it), never between.
    static func create(for name: String, in folder: URL) throws -> (path: String, descriptor: Int32) {
        for _ in 0..<8 {
            let random = String(UInt64.random(in: .min ... .max), radix: 16)
            let path = folder.appendingPathComponent(".\(name).\(String(repeating: "0", count: 16 - random.count) + random)\(suffix)").path
            lock.lock()
            defer { lock.unlock() }
            guard !closed else { throw error(EINTR, path) }
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
            if descriptor < 0 {
                if errno == EEXIST { continue }
                throw error(errno, path)
            }
            paths.insert(path)
            return (path, descriptor)
        }
        throw error(EEXIST, folder.appendingPathComponent(name).path)
    }

    /// Creates a private folder (mode 0700) for work files in the system's temporary folder
    /// (`$TMPDIR`, else `/tmp`), registered so that ``removeAll()`` removes it and all it holds.
    package static func makeFolder() throws -> String {
        let base = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((base.hasSuffix("/") ? base : base + "/").utf8CString.dropLast()) + Array("dyad-work.XXXXXX".utf8CString)
        // Made and registered under one lock, as a file is (see ``create(for:in:)``).
        lock.lock()
        defer { lock.unlock() }
        guard !closed else { throw error(EINTR, base) }
        guard let made = mkdtemp(&template) else { throw error(errno, base) }
        let path = String(cString: made)
        folders.insert(path)
        return path
    }

    /// Removes a folder of ``makeFolder()`` with the files in it, and forgets it.
    package static func removeFolder(_ path: String) {
        lock.lock()
        defer { lock.unlock() }
        removeTree(path)
        folders.remove(path)
    }

    private static func removeTree(_ path: String) {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] { unlink(path + "/" + name) }
        rmdir(path)
    }

    /// Removes a temporary file and forgets it.
    static func remove(_ path: String) {
        lock.lock()
        defer { lock.unlock() }
        unlink(path)
        paths.remove(path)
    }

    /// Renames every staged file over its target, then flushes the folders, while holding the
    /// lock a signal handler needs, so that a signal lets the whole set be replaced first.
    static func commit(_ staged: [Staged]) throws {
        lock.lock()
        defer { lock.unlock() }
        for (index, file) in staged.enumerated() {
            // rename(2) replaces the old file in one step, or leaves it untouched.
            guard rename(file.temporary, file.target) == 0 else {
                let code = errno
                for rest in staged[index...] { unlink(rest.temporary); paths.remove(rest.temporary) }
                throw error(code, file.target)
            }
            paths.remove(file.temporary)
        }
        // The renames themselves reach the disk when the folder is flushed.
        for folder in Set(staged.map { URL(fileURLWithPath: $0.target).deletingLastPathComponent().path }) {
            let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if descriptor >= 0 { fsync(descriptor); close(descriptor) }
        }
    }

    /// Removes every temporary file still registered and keeps any more from being made; for a
    /// signal handler, just before the process stops.
    public static func removeAll() {
        lock.lock()
        defer { lock.unlock() }
        closed = true
        for path in paths { unlink(path) }
        paths = []
        for folder in folders { removeTree(folder) }
        folders = []
    }

    /// Whether `file` is a temporary file of one of `outputs` (current or earlier naming).
    static func isTemporary(_ file: String, for outputs: Set<String>) -> Bool {
        guard file.hasPrefix(".") else { return false }
        let parts = file.dropFirst().split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 4 else { return false }
        let name = parts.dropLast(2).joined(separator: ".")
        let middle = parts[parts.count - 2], last = parts[parts.count - 1]
        guard outputs.contains(name), !middle.isEmpty else { return false }
        if "." + last == suffix { return middle.count == 16 && middle.allSatisfy(\.isHexDigit) }
        return last == "tmp" && middle.allSatisfy(\.isNumber)
    }

    package static func error(_ code: Int32, _ path: String) -> CocoaError {
        CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path,
                                                 NSLocalizedDescriptionKey: String(cString: strerror(code))])
    }
}

/// An exclusive `flock` on an output folder, so two builds into it do not mix their files: the
/// second waits until the first has written its set.
struct FolderLock {
    private let descriptor: Int32

    init(_ folder: URL, waiting: () -> Void) throws {
        descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw TemporaryFiles.error(errno, folder.path) }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            waiting()
            while flock(descriptor, LOCK_EX) != 0 {
                guard errno == EINTR else {
                    let code = errno
                    close(descriptor)
                    throw TemporaryFiles.error(code, folder.path)
                }
            }
        }
    }

    func unlock() {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
