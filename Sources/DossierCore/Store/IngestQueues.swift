import Foundation

/// A FIFO between the threads of an ingest. Each item has a cost (bytes of text, roughly); a
/// sender waits while the items not yet taken cost more than the limit, so a reader that runs
/// ahead of the analysis or the writer cannot fill memory with a whole corpus.
final class IngestChannel<Item: Sendable>: @unchecked Sendable {
    // NSCondition guards every stored property below; the class is Sendable through it.
    private let condition = NSCondition()
    private var items: [(Item, Int)] = []
    private var head = 0
    private var pendingCost = 0
    private var closed = false
    private let maxCost: Int

    init(maxCost: Int = .max) {
        self.maxCost = maxCost
    }

    /// Adds `item`. While the channel is full, calls `waiting` about every tenth of a second (the
    /// sender draws progress meanwhile). One item costlier than the limit still goes through alone.
    func send(_ item: Item, cost: Int = 0, waiting: () -> Void = {}) {
        condition.lock()
        while pendingCost > 0 && pendingCost + cost > maxCost {
            if !condition.wait(until: Date(timeIntervalSinceNow: 0.1)) {
                condition.unlock()
                waiting()
                condition.lock()
            }
        }
        items.append((item, cost))
        pendingCost += cost
        condition.broadcast()
        condition.unlock()
    }

    /// The next item, waiting for one; nil once the channel is closed and empty.
    func receive() -> Item? {
        condition.lock()
        defer { condition.unlock() }
        while head == items.count && !closed { condition.wait() }
        guard head < items.count else { return nil }
        let (item, cost) = items[head]
        head += 1
        // Drop the taken prefix now and then, so the array does not grow with the corpus.
        if head >= 1024 && head * 2 >= items.count {
            items.removeFirst(head)
            head = 0
        }
        pendingCost -= cost
        condition.broadcast()
        return item
    }

    /// No more items: receivers get nil once the rest is taken.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }
}

/// The analyses of one document: filled in by a worker, taken by the writer in the order the
/// documents were read, so article ids and duplicate detection do not depend on thread timing.
final class AnalysisSlot: @unchecked Sendable {
    // NSCondition guards `result`.
    private let condition = NSCondition()
    private var result: [PreparedArticle]?

    func fill(_ analyses: [PreparedArticle]) {
        condition.lock()
        result = analyses
        condition.broadcast()
        condition.unlock()
    }

    /// Waits for the analyses and hands them over (the slot lets go of them).
    func take() -> [PreparedArticle] {
        condition.lock()
        defer { condition.unlock() }
        while result == nil { condition.wait() }
        let r = result!
        result = []
        return r
    }
}
