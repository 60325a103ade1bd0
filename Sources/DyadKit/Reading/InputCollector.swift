import Foundation

/// A problem with one input, named by its path. The other inputs are still processed.
public struct InputProblem: Error, Sendable, Hashable, CustomStringConvertible {
    public let path: String
    public let reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}

/// Expands the paths a user gives (files, or folders searched recursively) into the article
/// files to read: `.txt`, `.md`, web pages (`.html`, `.htm`, `.xhtml`) and web archives
/// (`.warc`, `.warc.gz`), sorted, each once.
public struct InputCollector: Sendable {
    public static let extensions: Set<String> = ["txt", "md", "html", "htm", "xhtml", "warc"]

    public init() {}

    public func collect(_ paths: [String]) -> (files: [URL], problems: [InputProblem]) {
        var files: [URL] = []
        var problems: [InputProblem] = []
        var seen = Set<String>()
        let manager = FileManager.default
        for path in paths {
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isFolder) else {
                problems.append(InputProblem(path: path, reason: "no such file or folder"))
                continue
            }
            let url = URL(fileURLWithPath: path)
            if isFolder.boolValue {
                var visited = Set<String>()
                walk(url, files: &files, problems: &problems, seen: &seen, visited: &visited)
            } else {
                let key = url.resolvingSymlinksInPath().path
                if seen.insert(key).inserted { files.append(url) }
            }
        }
        return (files, problems)
    }

    private func walk(_ folder: URL, files: inout [URL], problems: inout [InputProblem],
                      seen: inout Set<String>, visited: inout Set<String>) {
        let real = folder.resolvingSymlinksInPath().path
        guard visited.insert(real).inserted else {
            problems.append(InputProblem(path: folder.path, reason: "symbolic link loop; skipped"))
            return
        }
        let manager = FileManager.default
        let names: [String]
        do {
            names = try manager.contentsOfDirectory(atPath: folder.path).sorted()
        } catch {
            problems.append(InputProblem(path: folder.path, reason: "folder cannot be read"))
            return
        }
        let realPrefix = real.hasSuffix("/") ? real : real + "/"
        let folderPath = folder.path.hasSuffix("/") ? folder.path : folder.path + "/"
        for name in names where !name.hasPrefix(".") {
            // Paths are joined as text and a URL is made only for a file that is kept: URL
            // operations cost more than the stat itself, for every one of thousands of files.
            let childPath = folderPath + name
            var status = stat()
            let isPlainFile = lstat(childPath, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
            if !isPlainFile {
                var isFolder: ObjCBool = false
                guard manager.fileExists(atPath: childPath, isDirectory: &isFolder) else {
                    problems.append(InputProblem(path: childPath, reason: "broken symbolic link"))
                    continue
                }
                if isFolder.boolValue {
                    walk(URL(fileURLWithPath: childPath, isDirectory: true), files: &files, problems: &problems, seen: &seen,
                         visited: &visited)
                    continue
                }
            }
            guard let dot = name.lastIndex(of: "."),
                  Self.extensions.contains(name[name.index(after: dot)...].lowercased()) || name.lowercased().hasSuffix(".warc.gz") else {
                continue
            }
            let child = URL(fileURLWithPath: childPath, isDirectory: false)
            // A plain file's real path is its real folder's and its name; only a link is resolved
            // (thousands of files would otherwise each cost a walk up their path).
            let key = isPlainFile ? realPrefix + name : child.resolvingSymlinksInPath().path
            if seen.insert(key).inserted { files.append(child) }
        }
        visited.remove(real)
    }
}
