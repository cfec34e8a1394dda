import Dispatch
import DossierCore
import LuaShim

/// Ctrl-C during a long SQL statement: the Lua hook fires only between Lua instructions, so a
/// query that runs for seconds inside SQLite would not notice. While a chunk runs, this watchdog
/// looks at the interrupt flag a few times a second and interrupts the store's statements (GRDB's
/// interrupt is safe from any thread), as the sqlite3 shell does from its signal handler.
final class InterruptWatchdog: @unchecked Sendable {
    private let store: Store
    private var timer: DispatchSourceTimer?

    init(store: Store) {
        self.store = store
    }

    func start() {
        guard timer == nil else { return }
        let t = DispatchSource.makeTimerSource(queue: .global(qos: .userInitiated))
        t.schedule(deadline: .now() + .milliseconds(100), repeating: .milliseconds(100))
        t.setEventHandler { [store] in
            if luashim_interrupt_pending() != 0 { store.interrupt() }
        }
        t.resume()
        timer = t
    }

    func stop() {
        timer?.cancel()
        timer = nil
    }

    deinit { timer?.cancel() }
}
