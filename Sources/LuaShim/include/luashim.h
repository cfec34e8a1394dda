#ifndef DOSSIER_LUASHIM_H
#define DOSSIER_LUASHIM_H
// The parts of the Lua C API Swift cannot use directly: function-like macros, variadic functions,
// and everything that may longjmp. A Swift function registered with Lua never raises a Lua error
// itself; it returns a code and the C trampoline raises after the Swift frame is gone.
#include <lua5.4/lua.h>
#include <lua5.4/lualib.h>
#include <lua5.4/lauxlib.h>
#include <stddef.h>
#include <stdio.h>

typedef int (*luashim_SwiftFunction)(lua_State *L);

/// Returned by a Swift function: the error value is on top of the stack; raise it as is.
#define LUASHIM_ERROR (-1)
/// Returned by a Swift function: a message is on top; raise it prefixed with the caller's position.
#define LUASHIM_ERROR_WHERE (-2)

/// Push a Swift function as a C closure; `nup` values on the stack become its upvalues 1...nup
/// (read them with luashim_upvalueindex).
void luashim_pushswiftclosure(lua_State *L, luashim_SwiftFunction fn, int nup);
static inline int luashim_upvalueindex(int i) { return lua_upvalueindex(i + 1); }
static inline int luashim_registryindex(void) { return LUA_REGISTRYINDEX; }

static inline void luashim_pop(lua_State *L, int n) { lua_settop(L, -(n)-1); }
static inline void luashim_newtable(lua_State *L) { lua_createtable(L, 0, 0); }
static inline const char *luashim_tostring(lua_State *L, int i, size_t *len) { return lua_tolstring(L, i, len); }
static inline void luashim_insert(lua_State *L, int i) { lua_rotate(L, i, 1); }
static inline void luashim_remove(lua_State *L, int i) { lua_rotate(L, i, -1); lua_settop(L, -2); }
static inline void luashim_replace(lua_State *L, int i) { lua_copy(L, -1, i); lua_settop(L, -2); }
static inline void **luashim_extraspace(lua_State *L) { return (void **)lua_getextraspace(L); }
static inline void luashim_pushglobaltable(lua_State *L) { lua_rawgeti(L, LUA_REGISTRYINDEX, LUA_RIDX_GLOBALS); }
/// Kilobytes in use by the Lua heap (lua_gc is variadic, so Swift cannot call it).
static inline int luashim_heap_kb(lua_State *L) { return lua_gc(L, LUA_GCCOUNT, 0); }
/// A full garbage collection.
static inline void luashim_collect(lua_State *L) { lua_gc(L, LUA_GCCOLLECT, 0); }
static inline FILE *luashim_stdout(void) { return stdout; }
static inline FILE *luashim_stderr(void) { return stderr; }

/// lua_pcall with luashim_msghandler underneath (a traceback is appended to string errors).
int luashim_pcall_traceback(lua_State *L, int nargs, int nresults);
/// Plain lua_pcall (no message handler).
static inline int luashim_pcall(lua_State *L, int nargs, int nresults) { return lua_pcallk(L, nargs, nresults, 0, 0, NULL); }
/// luaL_loadbufferx without the macro.
static inline int luashim_loadbuffer(lua_State *L, const char *buf, size_t len, const char *name) {
    return luaL_loadbufferx(L, buf, len, name, NULL);
}
/// luaL_tolstring (which may run __tostring and __name lookups) under a protected call.
/// Pushes the string and returns it, or pushes a fallback "<type>" text when __tostring fails.
const char *luashim_ptolstring(lua_State *L, int idx, size_t *len);
/// lua_getfield under a protected call (metamethods may run). Returns the type, or -1 on error
/// (the error value is then on the stack instead of the field).
int luashim_pgetfield(lua_State *L, int idx, const char *k);
/// luaL_traceback into a string on the stack.
void luashim_traceback(lua_State *L, lua_State *L1, const char *msg, int level);
/// Message handler used under pcall: appends a traceback to string errors; keeps other values.
int luashim_msghandler(lua_State *L);

/// Interrupts (Ctrl-C). The handler is C because it touches only C state and lua_sethook, which is
/// async-signal-safe by design. While `L` runs (between begin and end), SIGINT hooks every running
/// thread so the next Lua instruction raises "interrupted!".
void luashim_interrupt_install(void);      /* installs the SIGINT handler (idempotent) */
void luashim_running_begin(lua_State *L);
void luashim_running_end(lua_State *L);
/// 1 once SIGINT arrived since the last clear (at the prompt or during a long Swift computation).
int luashim_interrupt_pending(void);
void luashim_interrupt_clear(void);
/// SIGINT's effect by hand: the running chunk stops at its next instruction.
void luashim_interrupt_request(void);
/// Stops `L` at its next instruction with "interrupted!" (tests: no process-wide state).
void luashim_interrupt_lua(lua_State *L);
/// Replace coroutine.resume and coroutine.wrap with wrappers that record the running coroutines,
/// so that Ctrl-C reaches an endless loop inside a coroutine too.
void luashim_track_coroutines(lua_State *L);

/// Strings compared by identity: Lua interns short strings, so the pointer returned by
/// lua_tolstring for the same short string is the same while the string is anchored.
static inline const void *luashim_topointer(lua_State *L, int i) { return lua_topointer(L, i); }

#endif
