/* tr_pty_drive.c — run a program on a pseudo-terminal and type a script
 * into it, the way a person at the prompt would: each line is sent only
 * once the program shows a prompt (">>> " or "... "), so the session does
 * not depend on timing.  The transcript (carriage returns removed) goes to
 * stdout and the driver exits with the program's exit status.
 *
 *   tr_pty_drive SECONDS SCRIPT PROGRAM [ARG...]
 *
 * SCRIPT lines are typed with a newline; a line "<EOF>" types Ctrl-D.
 * After the last line the driver reads until the program exits; it kills
 * the program and fails after SECONDS.  Only POSIX calls (posix_openpt and
 * friends), so no libutil is needed. */
#ifndef _GNU_SOURCE
#define _XOPEN_SOURCE 700
#endif
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

static char transcript[1 << 20];
static size_t tlen;
static time_t deadline;

/* Append what the program wrote; 0 at its end of output, -1 on timeout. */
static int pump(int master, int wait_ms) {
    struct pollfd p = {master, POLLIN, 0};
    if (time(NULL) > deadline) return -1;
    int r = poll(&p, 1, wait_ms);
    if (r <= 0) return 1;
    char buf[4096];
    ssize_t n = read(master, buf, sizeof buf);
    if (n <= 0) return 0; /* EIO once the slave side is closed */
    for (ssize_t i = 0; i < n && tlen < sizeof transcript - 1; i++)
        if (buf[i] != '\r') transcript[tlen++] = buf[i];
    return 1;
}

static int at_prompt(size_t from) {
    if (tlen < from + 4) return 0;
    const char *end = transcript + tlen - 4;
    return !memcmp(end, ">>> ", 4) || !memcmp(end, "... ", 4);
}

/* Line editors switch the terminal out of canonical mode after printing
 * the prompt; typing before that would be echoed twice.  Wait for it, but
 * not forever: a program reading plain lines never switches. */
static void wait_raw_mode(int master) {
    for (int i = 0; i < 100; i++) {
        struct termios t;
        if (tcgetattr(master, &t) < 0 || !(t.c_lflag & ICANON)) return;
        struct timespec ts = {0, 5 * 1000 * 1000};
        nanosleep(&ts, NULL);
    }
}

static pid_t spawn_on_pty(char **argv, int *master_out) {
    int master = posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0 || grantpt(master) < 0 || unlockpt(master) < 0) return -1;
    const char *slave_name = ptsname(master);
    pid_t pid = fork();
    if (pid == 0) {
        setsid();
        int slave = open(slave_name, O_RDWR);
        if (slave < 0) _exit(127);
        struct winsize ws = {24, 80, 0, 0};
        ioctl(slave, TIOCSWINSZ, &ws);
        dup2(slave, 0);
        dup2(slave, 1);
        dup2(slave, 2);
        if (slave > 2) close(slave);
        close(master);
        execvp(argv[0], argv);
        _exit(127);
    }
    *master_out = master;
    return pid;
}

int main(int argc, char **argv) {
    if (argc < 4) {
        fprintf(stderr, "usage: %s SECONDS SCRIPT PROGRAM [ARG...]\n", argv[0]);
        return 2;
    }
    deadline = time(NULL) + atoi(argv[1]);
    FILE *script = fopen(argv[2], "r");
    if (!script) {
        perror(argv[2]);
        return 2;
    }
    int master;
    pid_t pid = spawn_on_pty(argv + 3, &master);
    if (pid < 0) {
        perror("pty");
        return 2;
    }
    char line[4096];
    size_t seen = 0; /* prompts before this offset are answered already */
    int alive = 1;
    while (alive && fgets(line, sizeof line, script)) {
        while (alive && !at_prompt(seen)) {
            int r = pump(master, 100);
            if (r < 0) goto timeout;
            alive = r > 0;
        }
        if (!alive) break; /* the program ended before this line: it is not typed */
        seen = tlen;
        wait_raw_mode(master);
        if (!strcmp(line, "<EOF>\n")) {
            char eof = 4; /* Ctrl-D */
            if (write(master, &eof, 1) != 1) break;
        } else if (write(master, line, strlen(line)) != (ssize_t)strlen(line)) {
            break;
        }
    }
    fclose(script);
    for (int r; (r = pump(master, 100)) != 0;)
        if (r < 0) goto timeout;
    int status;
    waitpid(pid, &status, 0);
    fwrite(transcript, 1, tlen, stdout);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
timeout:
    kill(pid, SIGKILL);
    waitpid(pid, NULL, 0);
    fwrite(transcript, 1, tlen, stdout);
    fprintf(stderr, "tr_pty_drive: timed out\n");
    return 124;
}
