import Foundation

/// Byte tests over a string's UTF-8 in one tight loop over its contiguous storage.
///
/// The renderer asks these questions of every line and literal it writes; iterating `utf8`
/// element by element costs about ten instructions a byte, a loop over the buffer one or two.
extension String {
    /// Whether every UTF-8 byte satisfies `test` (true for the empty string).
    func allBytes(_ test: (UInt8) -> Bool) -> Bool {
        if let result = utf8.withContiguousStorageIfAvailable({ bytes in
            for byte in bytes where !test(byte) { return false }
            return true
        }) {
            return result
        }
        return utf8.allSatisfy(test)
    }

    /// Whether the UTF-8 contains `byte`.
    func containsByte(_ byte: UInt8) -> Bool {
        if let result = utf8.withContiguousStorageIfAvailable({ bytes in
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        }) {
            return result
        }
        return utf8.contains(byte)
    }
}
