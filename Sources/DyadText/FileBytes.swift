#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A whole file's bytes read straight into one array: one buffer per file, with no `Data` to copy
/// them out of. The file's size (`fstat`) sizes the buffer; a file that grows while it is read is
/// read to its end all the same, and one that shrinks gives what it still holds.
package enum FileBytes {
    /// Why a file gives no bytes: it cannot be opened, or a read failed.
    package struct Failure: Error, Equatable {
        /// The `errno` of the failing call.
        package let code: Int32
    }

    package static func read(path: String) throws(Failure) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(code: errno) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw Failure(code: errno) }
        let size = max(Int(status.st_size), 0)
        var failure: Int32 = 0
        // One byte more than the size: a read that stops short of it has met the file's end.
        var bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, count in
            count = fill(UnsafeMutableRawBufferPointer(buffer), from: descriptor, failure: &failure)
        }
        if failure != 0 { throw Failure(code: failure) }
        guard bytes.count > size else { return bytes }
        // The file grew since fstat: the rest, a piece at a time.
        var piece = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = piece.withUnsafeMutableBytes { fill($0, from: descriptor, failure: &failure) }
            if failure != 0 { throw Failure(code: failure) }
            bytes.append(contentsOf: piece[..<count])
            if count < piece.count { return bytes }
        }
    }

    /// Reads into `buffer` until it is full or the file ends; how many bytes were read.
    private static func fill(_ buffer: UnsafeMutableRawBufferPointer, from descriptor: Int32, failure: inout Int32) -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        var filled = 0
        while filled < buffer.count {
            let got = systemRead(descriptor, base + filled, buffer.count - filled)
            if got > 0 { filled += got; continue }
            if got < 0, errno == EINTR { continue }
            if got < 0 { failure = errno }
            break
        }
        return filled
    }
}

#if canImport(Glibc)
private let systemRead = Glibc.read
#elseif canImport(Darwin)
private let systemRead = Darwin.read
#endif
