import Dispatch

extension Array where Element: Sendable {
    /// `map(transform)` with the elements transformed concurrently, one element at a time handed
    /// to whichever core frees up first. The results are in the elements' order, so output built
    /// from them is byte for byte what a serial `map` gives. Worth it when each element is real
    /// work (a model's declarations, a type's text), not for a few cheap ones.
    public func concurrentMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        guard count > 1 else { return map(transform) }
        return Array<Result>(unsafeUninitializedCapacity: count) { buffer, initialized in
            let output = SlotPointer(base: buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: count) { index in
                (output.base + index).initialize(to: transform(self[index]))
            }
            initialized = count
        }
    }
}

/// The result buffer, shared by the workers of `concurrentPerform`: each initializes only its
/// own slot, and the buffer outlives them.
private struct SlotPointer<Pointee>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Pointee>
}
