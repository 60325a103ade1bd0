import Foundation
import DyadText
import DyadModel

/// One piece of work for the builder: a file to read, or a page already taken out of a WARC file.
package enum InputJob: Sendable {
    case file(URL)
    case page(WARCPage)
}

/// The inputs in order, with each WARC file opened when its turn comes and its pages handed
/// out one at a time (so only the pages in flight are held, not the archive).
package struct InputQueue {
    private let files: [URL]
    private let reader: DocumentReader
    private var next = 0
    private var archive: WARCReader?
    /// Inputs that gave nothing at all.
    package private(set) var problems: [InputProblem] = []
    /// WARC files that ended early (the complete records were read).
    package private(set) var warnings: [InputProblem] = []
    /// What each WARC file gave and what it skipped.
    package private(set) var notes: [InputProblem] = []

    package init(files: [URL], reader: DocumentReader) {
        self.files = files
        self.reader = reader
    }

    /// The pages of a WARC file's `bytes` (handed over by a job that reads the files itself),
    /// named after `path` as `build` names those of the file.
    package init(archive bytes: Data, path: String, reader: DocumentReader) {
        self.init(files: [], reader: reader)
        if let opened = WARCReader(bytes: bytes, path: path) {
            archive = opened
        } else {
            problems.append(InputProblem(path: path, reason: "cannot be read"))
        }
    }

    /// Whether a file's name (or path) is a web archive's: `.warc`, `.warc.gz`.
    package static func isWARC(_ name: String) -> Bool { WARCReader.isWARC(name) }

    package mutating func pop() -> InputJob? {
        while true {
            if let current = archive {
                if let page = current.next() { return .page(page) }
                finish(current)
                archive = nil
            }
            guard next < files.count else { return nil }
            let file = files[next]
            next += 1
            guard WARCReader.isWARC(file.lastPathComponent) else { return .file(file) }
            let path = reader.displayPath(of: file)
            guard let opened = WARCReader(file: file, path: path) else {
                problems.append(InputProblem(path: path, reason: "cannot be read"))
                continue
            }
            archive = opened
        }
    }

    private mutating func finish(_ archive: WARCReader) {
        if archive.pageCount == 0 {
            let reason = archive.stop.map { "no HTML page could be read (\($0))" } ?? "holds no HTML page (\(archive.summary))"
            problems.append(InputProblem(path: archive.path, reason: reason))
            return
        }
        if let stop = archive.stop { warnings.append(InputProblem(path: archive.path, reason: stop)) }
        notes.append(InputProblem(path: archive.path, reason: archive.summary))
    }
}

extension DocumentReader {
    /// The document of a page taken from a WARC file.
    package func document(_ page: WARCPage) -> SourceDocument {
        webDocument(path: page.path, bytes: page.bytes, address: page.address, charset: page.charset, fallbackDate: page.date)
    }
}
