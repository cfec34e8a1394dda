#ifndef DOSSIER_PTYSUPPORT_H
#define DOSSIER_PTYSUPPORT_H
#include <sys/types.h>
/// Start argv[0] (a path) with argv and envp on a new pseudo-terminal of rows x cols; the child is
/// a session leader whose controlling terminal is the pty, so ^C sent to the master raises SIGINT.
/// Returns the child's pid and stores the master side in *master, or returns -1.
pid_t pty_spawn(const char *const argv[], const char *const envp[], const char *cwd, int rows, int cols, int *master);
#endif
