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

/// One document for `dyad extract`: an input as given, or a page taken out of a WARC input.
enum ExtractJob: Sendable {
    case input(ExtractInput)
    case page(WARCPage)
}

/// `dyad extract`'s inputs in order, as `build`'s ``InputQueue`` hands out its files: a WARC
/// file (or a WARC file's bytes) is opened when its turn comes and gives its HTML responses one
/// at a time, each a document named `<file>#<record>`, so that memory holds the pages in
/// flight, not the archive. What the archives could not give is kept as `build` keeps it.
struct ExtractQueue {
    private let inputs: [ExtractInput]
    private let reader: DocumentReader
    private var next = 0
    private var archive: InputQueue?
    /// WARC inputs that gave no page (problems, as in `build`).
    private(set) var problems: [InputProblem] = []
    /// WARC inputs that ended early (the complete records were read).
    private(set) var warnings: [InputProblem] = []
    /// What each WARC input gave and skipped.
    private(set) var notes: [InputProblem] = []

    init(inputs: [ExtractInput], reader: DocumentReader) {
        self.inputs = inputs
        self.reader = reader
    }

    mutating func pop() -> ExtractJob? {
        while true {
            if archive != nil {
                switch archive!.pop() {
                case .page(let page): return .page(page)
                case .file(let url): return .input(.file(url))
                case nil:
                    problems += archive!.problems
                    warnings += archive!.warnings
                    notes += archive!.notes
                    archive = nil
                }
            }
            guard next < inputs.count else { return nil }
            let input = inputs[next]
            next += 1
            switch input {
            case .file(let url) where InputQueue.isWARC(url.lastPathComponent):
                archive = InputQueue(files: [url], reader: reader)
            case .content(let path, let bytes) where InputQueue.isWARC(path):
                archive = InputQueue(archive: bytes, path: reader.shownPath(path), reader: reader)
            default:
                return .input(input)
            }
        }
    }
}

extension DocumentReader {
    /// How the outputs name a file given by its path: as `build` names it, or, with a scheme
    /// (`hdfs://…`), as it is.
    func shownPath(_ path: String) -> String {
        path.contains("://") ? path : displayPath(of: URL(fileURLWithPath: path))
    }
}
