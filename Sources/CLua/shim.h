#ifndef DOSSIER_CLUA_SHIM_H
#define DOSSIER_CLUA_SHIM_H
// Debian's C build of Lua 5.4 (liblua5.4.so, not the -c++ variant: that one throws C++ exceptions).
#include <lua5.4/lua.h>
#include <lua5.4/lualib.h>
#include <lua5.4/lauxlib.h>
#endif
