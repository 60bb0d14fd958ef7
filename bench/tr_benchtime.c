/* tr_benchtime.c — run one command and report its wall time and peak RSS.
 *
 * bench/run.sh builds this with the system cc and runs every timed program
 * through it, so that every engine is measured the same way: the wall clock
 * (CLOCK_MONOTONIC) from just before fork() to the return of wait4(), and the
 * child's peak resident set size from the rusage that wait4() fills in.  The
 * command is exec'd directly (no shell in between whose memory would count),
 * with stdin from /dev/null and stdout/stderr sent to files.
 *
 * Usage: tr_benchtime [-t SECONDS] [-o OUT] [-e ERR] -- PROG [ARGS...]
 * Prints one line on stdout: "WALL_SECONDS MAXRSS_KB STATUS CPU_SECONDS",
 * where STATUS is the exit status, 128+N for death by signal N, or 124 when
 * the time limit (-t, default none) ran out and the child was killed, and
 * CPU_SECONDS is the child's user + system time (all its threads), which a
 * machine shared with other work disturbs less than the wall time.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t timed_out;
static pid_t child;

static void on_alarm(int sig) {
    (void)sig;
    timed_out = 1;
    kill(child, SIGKILL);
}

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* Point descriptor [fd] at [path] (opened with [flags]); exits on failure
 * because it runs in the child, where nothing can be reported otherwise. */
static void redirect(int fd, const char *path, int flags) {
    int f = open(path, flags, 0644);
    if (f < 0 || dup2(f, fd) < 0) {
        fprintf(stderr, "tr_benchtime: %s: %s\n", path, strerror(errno));
        _exit(127);
    }
    close(f);
}

static void usage(void) {
    fprintf(stderr, "usage: tr_benchtime [-t SECONDS] [-o OUT] [-e ERR] -- PROG [ARGS...]\n");
    exit(2);
}

int main(int argc, char **argv) {
    const char *out = "/dev/null", *err = "/dev/null";
    unsigned limit = 0;
    int opt;
    while ((opt = getopt(argc, argv, "t:o:e:")) != -1) {
        switch (opt) {
        case 't': limit = (unsigned)strtoul(optarg, NULL, 10); break;
        case 'o': out = optarg; break;
        case 'e': err = optarg; break;
        default: usage();
        }
    }
    if (optind >= argc) usage();
    char **cmd = argv + optind;

    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_alarm; /* wait4 returns EINTR, then is called again */
    sigaction(SIGALRM, &sa, NULL);

    double start = now();
    pid_t pid = child = fork();
    if (pid < 0) {
        perror("tr_benchtime: fork");
        return 2;
    }
    if (pid == 0) {
        redirect(0, "/dev/null", O_RDONLY);
        redirect(1, out, O_WRONLY | O_CREAT | O_TRUNC);
        redirect(2, err, O_WRONLY | O_CREAT | O_TRUNC);
        execvp(cmd[0], cmd);
        fprintf(stderr, "tr_benchtime: %s: %s\n", cmd[0], strerror(errno));
        _exit(127);
    }
    if (limit) alarm(limit);

    int status = 0;
    struct rusage ru;
    while (wait4(pid, &status, 0, &ru) < 0) {
        if (errno != EINTR) {
            perror("tr_benchtime: wait4");
            return 2;
        }
    }
    double wall = now() - start;

    int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    if (timed_out) code = 124;
    double cpu = (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
                 (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) * 1e-6;
    printf("%.6f %ld %d %.6f\n", wall, ru.ru_maxrss, code, cpu);
    return 0;
}
