import CZlib
import Foundation

/// A file's bytes in order, gunzipped on the way when it is gzip (every member, one after
/// another, as Common Crawl writes a member per record) — read a chunk at a time, so a
/// multi-GB archive never sits in memory.
final class ByteStream {
    private let file: UnsafeMutablePointer<FILE>
    private let gzip: Bool
    private let stream: UnsafeMutablePointer<z_stream>
    private var input: UnsafeMutablePointer<UInt8>
    private let inputCapacity = 1 << 16
    private var fileEnded = false
    /// Inflating a member is under way (its end not yet seen).
    private var inMember = false
    /// Why the gzip data stopped early, when it did (the file ended inside a member, or the data is damaged).
    private(set) var damage: String?

    /// The bytes of a file handed over in memory (by a job that reads the files itself).
    private let memory: UnsafeMutableRawPointer?

    convenience init?(path: String) {
        guard let file = fopen(path, "rb") else { return nil }
        self.init(file: file, memory: nil)
    }

    /// A copy of `bytes`, read through `fmemopen` as a file would be.
    convenience init?(bytes: Data) {
        let memory = UnsafeMutableRawPointer.allocate(byteCount: max(1, bytes.count), alignment: 1)
        bytes.copyBytes(to: memory.assumingMemoryBound(to: UInt8.self), count: bytes.count)
        // An empty file reads as /dev/null does (fmemopen may refuse a size of 0).
        guard let file = bytes.isEmpty ? fopen("/dev/null", "rb") : fmemopen(memory, bytes.count, "rb") else {
            memory.deallocate()
            return nil
        }
        self.init(file: file, memory: memory)
    }

    private init?(file: UnsafeMutablePointer<FILE>, memory: UnsafeMutableRawPointer?) {
        self.file = file
        self.memory = memory
        var magic: [UInt8] = [0, 0]
        let count = fread(&magic, 1, 2, file)
        rewind(file)
        gzip = count == 2 && magic == [0x1F, 0x8B]
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        input = .allocate(capacity: inputCapacity)
        if gzip {
            guard dyad_inflate_init(stream, 15 + 16) == Z_OK else {
                fclose(file)
                memory?.deallocate()
                return nil
            }
        }
    }

    deinit {
        if gzip { inflateEnd(stream) }
        stream.deallocate()
        input.deallocate()
        fclose(file)
        memory?.deallocate()
    }

    /// Reads up to `count` bytes into `buffer`; 0 at the end (or where damaged data stops it).
    func read(into buffer: UnsafeMutablePointer<UInt8>, count: Int) -> Int {
        guard gzip else { return fread(buffer, 1, count, file) }
        guard damage == nil else { return 0 }
        stream.pointee.next_out = buffer
        stream.pointee.avail_out = UInt32(count)
        while stream.pointee.avail_out == UInt32(count) {
            if stream.pointee.avail_in == 0 {
                if fileEnded { break }
                let read = fread(input, 1, inputCapacity, file)
                if read == 0 {
                    fileEnded = true
                    break
                }
                stream.pointee.next_in = input
                stream.pointee.avail_in = UInt32(read)
            }
            if !inMember {
                // A new member starts here (gzip members follow one another).
                if stream.pointee.next_in.pointee != 0x1F && stream.pointee.avail_in > 0 {
                    // Padding after the last member (zeros) ends the stream; anything else is damage.
                    if stream.pointee.next_in.pointee == 0 { fileEnded = true; stream.pointee.avail_in = 0; break }
                }
                inMember = true
            }
            let status = inflate(stream, Z_NO_FLUSH)
            if status == Z_STREAM_END {
                inMember = false
                inflateReset(stream)
            } else if status == Z_BUF_ERROR {
                continue
            } else if status != Z_OK {
                damage = "damaged gzip data (\(String(cString: zError(status))))"
                break
            }
        }
        if fileEnded && inMember && stream.pointee.avail_out == UInt32(count) && damage == nil {
            damage = "the file ends inside a gzip member"
        }
        return count - Int(stream.pointee.avail_out)
    }
}
