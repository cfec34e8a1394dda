#include "luashim.h"
#include <signal.h>
#include <string.h>

static int trampoline(lua_State *L) {
    luashim_SwiftFunction fn = (luashim_SwiftFunction)lua_touserdata(L, lua_upvalueindex(1));
    int n = fn(L); /* the Swift frame is entered and left here, before any longjmp */
    if (n >= 0) return n;
    if (n == LUASHIM_ERROR_WHERE && lua_type(L, -1) == LUA_TSTRING) {
        luaL_where(L, 1);
        lua_rotate(L, -2, 1);
        lua_concat(L, 2);
    }
    return lua_error(L);
}

void luashim_pushswiftclosure(lua_State *L, luashim_SwiftFunction fn, int nup) {
    lua_pushlightuserdata(L, (void *)fn);
    if (nup > 0) lua_rotate(L, -(nup + 1), 1);
    lua_pushcclosure(L, trampoline, nup + 1);
}

int luashim_msghandler(lua_State *L) {
    const char *msg = lua_tostring(L, 1);
    if (msg == NULL) {
        if (luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING) return 1;
        msg = lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
    }
    luaL_traceback(L, L, msg, 1);
    return 1;
}

int luashim_pcall_traceback(lua_State *L, int nargs, int nresults) {
    int base = lua_gettop(L) - nargs;
    lua_pushcfunction(L, luashim_msghandler);
    lua_rotate(L, base, 1);
    int status = lua_pcall(L, nargs, nresults, base);
    lua_rotate(L, base, -1);
    lua_pop(L, 1);
    return status;
}

static int ptolstring_k(lua_State *L) {
    luaL_tolstring(L, 1, NULL);
    return 1;
}

const char *luashim_ptolstring(lua_State *L, int idx, size_t *len) {
    idx = lua_absindex(L, idx);
    lua_pushcfunction(L, ptolstring_k);
    lua_pushvalue(L, idx);
    if (lua_pcall(L, 1, 1, 0) != LUA_OK || lua_type(L, -1) != LUA_TSTRING) {
        lua_pop(L, 1);
        lua_pushfstring(L, "%s: %p", luaL_typename(L, idx), lua_topointer(L, idx));
    }
    return lua_tolstring(L, -1, len);
}

static int pgetfield_k(lua_State *L) {
    lua_gettable(L, 1);
    return 1;
}

int luashim_pgetfield(lua_State *L, int idx, const char *k) {
    idx = lua_absindex(L, idx);
    lua_pushcfunction(L, pgetfield_k);
    lua_pushvalue(L, idx);
    lua_pushstring(L, k);
    if (lua_pcall(L, 2, 1, 0) != LUA_OK) return -1;
    return lua_type(L, -1);
}

void luashim_traceback(lua_State *L, lua_State *L1, const char *msg, int level) {
    luaL_traceback(L, L1, msg, level);
}

/* ---- interrupts ---- */

#define MAX_THREADS 64
static lua_State *volatile running_state = NULL;
static lua_State *volatile threads[MAX_THREADS];
static volatile sig_atomic_t nthreads = 0;
static volatile sig_atomic_t pending = 0;
static volatile sig_atomic_t presses = 0;
static volatile sig_atomic_t installed = 0;

static void lstop(lua_State *L, lua_Debug *ar) {
    (void)ar;
    lua_sethook(L, NULL, 0, 0);
    pending = 0;
    presses = 0;
    luaL_error(L, "interrupted!");
}

static void hook_all(void) {
    int mask = LUA_MASKCALL | LUA_MASKRET | LUA_MASKCOUNT;
    if (running_state) lua_sethook(running_state, lstop, mask, 1);
    for (int i = 0; i < nthreads && i < MAX_THREADS; i++)
        if (threads[i]) lua_sethook(threads[i], lstop, mask, 1);
}

static void on_sigint(int sig) {
    (void)sig;
    pending = 1;
    if (running_state) {
        /* A third Ctrl-C while nothing acknowledges the first two: the program is stuck outside
           Lua (in C or Swift code that does not poll); give the user the default behaviour. */
        if (++presses >= 3) {
            signal(SIGINT, SIG_DFL);
            raise(SIGINT);
            return;
        }
        hook_all();
    }
}

void luashim_interrupt_install(void) {
    if (installed) return;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0; /* no SA_RESTART: a blocking read returns EINTR */
    sigaction(SIGINT, &sa, NULL);
    /* A parent may have left SIGINT blocked (the mask survives exec); Ctrl-C must reach us. */
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    installed = 1;
}

void luashim_running_begin(lua_State *L) {
    pending = 0;
    presses = 0;
    nthreads = 0;
    running_state = L;
}

void luashim_running_end(lua_State *L) {
    /* Only the state that ran is unhooked: another state may be running on another thread
       (tests run in parallel), and touching its hook there would race with it. */
    if (running_state == L) {
        running_state = NULL;
        nthreads = 0;
        presses = 0;
    }
    lua_sethook(L, NULL, 0, 0);
}

int luashim_interrupt_pending(void) { return pending != 0; }
void luashim_interrupt_clear(void) { pending = 0; presses = 0; }
void luashim_interrupt_request(void) {
    pending = 1;
    if (running_state) hook_all();
}

void luashim_interrupt_lua(lua_State *L) {
    lua_sethook(L, lstop, LUA_MASKCALL | LUA_MASKRET | LUA_MASKCOUNT, 1);
}

/* coroutine tracking: hooks are per thread, so remember which coroutines are running */

static void push_thread(lua_State *co) {
    if (nthreads < MAX_THREADS) threads[nthreads] = co;
    nthreads = nthreads + 1;
    if (pending && running_state) lua_sethook(co, lstop, LUA_MASKCALL | LUA_MASKRET | LUA_MASKCOUNT, 1);
}

static void pop_thread(lua_State *co) {
    if (nthreads > 0) nthreads = nthreads - 1;
    lua_sethook(co, NULL, 0, 0);
}

static int resume_tracked(lua_State *L) {
    lua_State *co = lua_tothread(L, 1);
    luaL_argexpected(L, co, 1, "coroutine");
    int nargs = lua_gettop(L) - 1;
    /* call the original coroutine.resume (upvalue 1) with the same arguments */
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_rotate(L, 1, 1);
    push_thread(co);
    int status = lua_pcall(L, nargs + 1, LUA_MULTRET, 0);
    pop_thread(co);
    if (status != LUA_OK) return lua_error(L);
    return lua_gettop(L);
}

static int wrap_call(lua_State *L) {
    /* upvalue 1: the function made by the original coroutine.wrap; its upvalue 1 is the thread */
    lua_State *co = NULL;
    lua_pushvalue(L, lua_upvalueindex(1));
    if (lua_getupvalue(L, -1, 1) != NULL) {
        co = lua_tothread(L, -1);
        lua_pop(L, 1);
    }
    lua_rotate(L, 1, 1);
    int nargs = lua_gettop(L) - 1;
    if (co) push_thread(co);
    int status = lua_pcall(L, nargs, LUA_MULTRET, 0);
    if (co) pop_thread(co);
    if (status != LUA_OK) return lua_error(L);
    return lua_gettop(L);
}

static int wrap_tracked(lua_State *L) {
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_rotate(L, 1, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    lua_pushcclosure(L, wrap_call, 1);
    return 1;
}

void luashim_track_coroutines(lua_State *L) {
    if (lua_getglobal(L, "coroutine") != LUA_TTABLE) { lua_pop(L, 1); return; }
    lua_getfield(L, -1, "resume");
    lua_pushcclosure(L, resume_tracked, 1);
    lua_setfield(L, -2, "resume");
    lua_getfield(L, -1, "wrap");
    lua_pushcclosure(L, wrap_tracked, 1);
    lua_setfield(L, -2, "wrap");
    lua_pop(L, 1);
}
