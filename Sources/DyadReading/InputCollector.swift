import Foundation
import DyadText
import DyadModel

/// Expands the paths a user gives (files, or folders searched recursively) into the article
/// files to read: `.txt`, `.md`, web pages (`.html`, `.htm`, `.xhtml`) and web archives
/// (`.warc`, `.warc.gz`), sorted, each once. Each real folder is walked once, however
/// many links lead to it (a chain of folders each holding two links to the next was walked 2^n
/// times); only plain files are read (a FIFO or a device would block or never end); kernel
/// pseudo-filesystems (`/proc`, `/sys`) are not entered; a folder in `excluded` (the output
/// folder) is skipped, so Dyad never reads its own outputs back as articles.
public struct InputCollector: Sendable {
    public static let extensions: Set<String> = ["txt", "md", "html", "htm", "xhtml", "warc"]
    /// Folders not to walk into, by device and inode.
    private let excluded: Set<FileID>

    public init(excluding excluded: [URL] = []) {
        self.excluded = Set(excluded.compactMap { FileID(path: $0.path) })
    }

    /// A file's identity whatever path reaches it.
    struct FileID: Hashable, Sendable {
        let device: UInt64
        let inode: UInt64

        init(_ status: stat) {
            device = UInt64(status.st_dev)
            inode = UInt64(status.st_ino)
        }

        /// The identity of what `path` leads to (links followed), nil when nothing is there.
        init?(path: String) {
            var status = stat()
            guard stat(path, &status) == 0 else { return nil }
            self.init(status)
        }
    }

    /// Why Dyad must not write its outputs (files named `outputNames`) into `output` when
    /// reading `paths`, or nil: the output folder is one of the input folders (the outputs would
    /// replace the user's files of the same names and be read back as articles), or an input
    /// file is one of its outputs.
    public static func conflict(output: URL, outputNames: Set<String>, inputs paths: [String]) -> String? {
        guard let folder = FileID(path: output.path) else { return nil }
        for path in paths {
            guard let input = FileID(path: path) else { continue }
            if input == folder {
                return "the output folder \(output.path) is also an input folder: Dyad would read its own outputs as articles and replace files of the same names; give another --out"
            }
            let url = URL(fileURLWithPath: path)
            if outputNames.contains(url.lastPathComponent), FileID(path: url.deletingLastPathComponent().path) == folder {
                return "the input \(path) is one of the outputs Dyad writes into \(output.path); give another --out"
            }
        }
        return nil
    }

    public func collect(_ paths: [String]) -> (files: [URL], problems: [InputProblem]) {
        var walk = Walk(excluded: excluded)
        for path in paths {
            var status = stat()
            guard stat(path, &status) == 0 else {
                walk.problems.append(InputProblem(path: path, reason: "no such file or folder"))
                continue
            }
            let url = URL(fileURLWithPath: path)
            switch status.st_mode & S_IFMT {
            case S_IFDIR:
                walk.folder(url, status: status, ancestors: [])
            case S_IFREG:
                if walk.seen.insert(FileID(status)).inserted { walk.files.append(url) }
            default:
                walk.problems.append(InputProblem(path: path, reason: "not a plain file or folder; skipped"))
            }
        }
        return (walk.files, walk.problems)
    }

    /// What a walk has found so far.
    private struct Walk {
        let excluded: Set<FileID>
        var files: [URL] = []
        var problems: [InputProblem] = []
        /// Files kept and folders walked, by identity.
        var seen = Set<FileID>()
        var visited = Set<FileID>()

        init(excluded: Set<FileID>) {
            self.excluded = excluded
        }

        mutating func folder(_ folder: URL, status: stat, ancestors: Set<FileID>) {
            let id = FileID(status)
            if excluded.contains(id) { return }
            guard visited.insert(id).inserted else {
                // Another link to a folder already read adds nothing; one to a folder that holds
                // it is a loop worth telling.
                if ancestors.contains(id) { problems.append(InputProblem(path: folder.path, reason: "symbolic link loop; skipped")) }
                return
            }
            if Self.isPseudoFileSystem(status) {
                problems.append(InputProblem(path: folder.path, reason: "a kernel pseudo-filesystem, not articles; skipped"))
                return
            }
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            } catch {
                problems.append(InputProblem(path: folder.path, reason: "folder cannot be read"))
                return
            }
            let folderPath = folder.path.hasSuffix("/") ? folder.path : folder.path + "/"
            var inside = ancestors
            inside.insert(id)
            for name in names where !name.hasPrefix(".") {
                // Paths are joined as text and a URL is made only for a file that is kept: URL
                // operations cost more than the stat itself, for every one of thousands of files.
                let childPath = folderPath + name
                var child = stat()
                guard lstat(childPath, &child) == 0 else { continue }
                if child.st_mode & S_IFMT == S_IFLNK {
                    guard stat(childPath, &child) == 0 else {
                        problems.append(InputProblem(path: childPath, reason: "broken symbolic link"))
                        continue
                    }
                }
                switch child.st_mode & S_IFMT {
                case S_IFDIR:
                    self.folder(URL(fileURLWithPath: childPath, isDirectory: true), status: child, ancestors: inside)
                case S_IFREG:
                    guard let dot = name.lastIndex(of: "."),
                          InputCollector.extensions.contains(name[name.index(after: dot)...].lowercased())
                            || name.lowercased().hasSuffix(".warc.gz") else { continue }
                    if seen.insert(FileID(child)).inserted { files.append(URL(fileURLWithPath: childPath, isDirectory: false)) }
                default:
                    continue  // FIFOs, sockets, devices: never articles, and reading one may never end.
                }
            }
        }

        /// Whether the folder is on procfs, sysfs or a kindred kernel filesystem, whose trees are
        /// endless (`/proc/1/root` leads back to `/`) or change as they are read.
        static func isPseudoFileSystem(_ status: stat) -> Bool {
            pseudoDevices.contains(UInt64(status.st_dev))
        }

        /// The devices of the kernel filesystems mounted, from `/proc/self/mountinfo` (whose
        /// lines give the mount point fifth and the filesystem type after ` - `).
        static let pseudoDevices: Set<UInt64> = {
            let kinds: Set<Substring> = ["proc", "sysfs", "debugfs", "tracefs", "securityfs", "cgroup", "cgroup2", "devpts",
                                         "nsfs", "bpf", "binfmt_misc", "configfs", "fusectl", "pstore", "efivarfs", "mqueue"]
            guard let table = try? String(contentsOfFile: "/proc/self/mountinfo", encoding: .utf8) else { return [] }
            var devices = Set<UInt64>()
            for line in table.split(separator: "\n") {
                let fields = line.split(separator: " ")
                guard fields.count > 4, let dash = fields.firstIndex(of: "-"), dash + 1 < fields.count,
                      kinds.contains(fields[dash + 1]) else { continue }
                // Mount points escape spaces and the like as octal (`\040`).
                let point = fields[4].replacingOccurrences(of: "\\040", with: " ")
                var status = stat()
                if stat(point, &status) == 0 { devices.insert(UInt64(status.st_dev)) }
            }
            return devices
        }()
    }
}
