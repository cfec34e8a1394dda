#define _GNU_SOURCE
#include "ptysupport.h"
#include <pty.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

pid_t pty_spawn(const char *const argv[], const char *const envp[], const char *cwd, int rows, int cols, int *master) {
    struct winsize ws;
    memset(&ws, 0, sizeof ws);
    ws.ws_row = (unsigned short)rows;
    ws.ws_col = (unsigned short)cols;
    pid_t pid = forkpty(master, NULL, NULL, &ws);
    if (pid == 0) {
        if (cwd && chdir(cwd) != 0) _exit(127);
        /* The test runner's threads may block or ignore signals; start the child clean. */
        sigset_t none;
        sigemptyset(&none);
        sigprocmask(SIG_SETMASK, &none, NULL);
        signal(SIGINT, SIG_DFL);
        execve(argv[0], (char *const *)argv, (char *const *)envp);
        _exit(127);
    }
    return pid;
}
