import CLua
import DossierCore
import Foundation
import LuaShim
import Testing

@testable import DossierLua

/// The Swift–Lua bridge itself: errors raised by Swift functions, memory, object lifetimes.
@Suite struct BridgeTests {
    let s: Fixtures.Session
    init() throws { s = try Fixtures.Session() }

    @Test func aMillionErrorsFromSwiftAreCaughtWithoutGrowth() throws {
        // Each call raises from a Swift function through the C trampoline; pcall catches it.
        let loop = """
            local n = 0
            for i = 1, 250000 do
              local ok, err = pcall(entity, i)
              if not ok and err:find("name expected, got number", 1, true) then n = n + 1 end
            end
            collectgarbage()
            return n
            """
        var heap: [Int] = []
        for _ in 0..<4 {
            #expect(try s.run("print((function() \(loop) end)())") == "250000\n")
            heap.append(Int(luashim_heap_kb(s.runtime.L)))
        }
        // The Lua heap stays flat; the process's resident size is checked in a process of its
        // own by CLITests (other tests here share this process).
        #expect(heap[3] - heap[1] < 64, "Lua heap grew \(heap)")
    }

    @Test func swiftObjectsAreReleasedWhenLuaCollectsThem() throws {
        let before = LuaQuery.live.load(ordering: .relaxed)
        _ = try s.run(
            """
            local keep = events{type="meet"}
            for i = 1, 2000 do local q = events():limit(i):where(function() return true end) local _ = #q end
            """)
        _ = try s.run("collectgarbage() collectgarbage()")
        // Only queries still reachable (none) survive a full collection.
        #expect(LuaQuery.live.load(ordering: .relaxed) - before <= 2)
    }

    @Test func errorsInsideCallbacksKeepTheirPosition() {
        let e = s.error(
            """
            local q = events():where(function(e)
              return e.nosuch.field
            end)
            return q:count()
            """)
        #expect(e?.hasPrefix("test:2: attempt to index a nil value (field 'nosuch')") == true, "\(e ?? "")")
    }

    @Test func interruptStopsALoopAndTheStateStaysUsable() throws {
        // Ask for the interrupt from inside the loop, as the SIGINT handler would (on this state
        // only: other tests run Lua in this process at the same time).
        lua_pushcclosure(
            s.runtime.L,
            { L in
                luashim_interrupt_lua(L)
                return 0
            }, 0)
        lua_setglobal(s.runtime.L, "request_interrupt")
        let e = s.error("local i = 0 while true do i = i + 1 if i == 1000 then request_interrupt() end end")
        #expect(e?.contains("interrupted!") == true)
        #expect(try s.run("print(#events())") == "3\n")
    }

    @Test func scriptsGetArgAndVarargs() throws {
        var out = ""
        s.runtime.output = { out += $0 }
        let error = s.runtime.runScript(
            path: "x.lua", args: ["a", "--b"], code: "#!/usr/bin/env dossier\nprint(arg[0], arg[1], arg[2], ...)")
        #expect(error == nil)
        #expect(out == "x.lua\ta\t--b\ta\t--b\n")
    }
}
