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
import DyadPipeline
import FuzzDriver

/// libFuzzer entry point over `dyad.yml` parsing: any bytes must give a configuration or a
/// `ConfigurationError` naming the file, never a crash.
private func fuzzConfiguration(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = start.map { [UInt8](UnsafeBufferPointer(start: $0, count: count)) } ?? []
    guard let text = String(validating: bytes, as: UTF8.self) else { return 0 }
    do {
        let config = try Configuration.parse(text, path: "/fuzz/dyad.yml")
        precondition(config.folder.path == "/fuzz", "paths must stay relative to the file's folder")
    } catch let error as ConfigurationError {
        precondition(error.file == "/fuzz/dyad.yml", "an error must name the file")
    } catch {
        preconditionFailure("unexpected error type: \(error)")
    }
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { fuzzConfiguration($0, $1) })
