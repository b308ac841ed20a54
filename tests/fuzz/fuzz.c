/* fuzz.c: set-up shared by the fuzz targets (fuzz.h). */
#include <fcntl.h>
#include <gc.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "fuzz.h"
#include "gostd.h"
#include "vm.h"

int fuzz_replaying;
static FILE *out;

void fuzz_init(void)
{
    static int done;
    if (done)
        return;
    done = 1;
    GC_set_all_interior_pointers(1);
    GC_INIT();
    GC_allow_register_threads();
    types_init();
    vm_init();
    static char *args[] = {"fuzz.go", NULL};
    stdlib_open_all(1, args);
    /* a fuzzed program must not touch files: os is sandboxed, and stdin
     * is empty */
    stdlib_sandbox(true);
    int fd = open("/dev/null", O_RDWR);
    if (fd >= 0) {
        dup2(fd, 0);
        if (fd > 2)
            close(fd);
    }
    out = getenv("GOSH_FUZZ_VERBOSE") ? stderr : fopen("/dev/null", "w");
    if (!out)
        out = stderr;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    fuzz_init();
    return 0;
}

FILE *fuzz_out(void)
{
    return out;
}

Source *fuzz_source(const uint8_t *data, size_t size, const char *name)
{
    Source *src = calloc(1, sizeof *src); /* no segments: one file */
    char *text = malloc(size + 1);
    memcpy(text, data, size);
    text[size] = '\0';
    src->name = name;
    src->text = text;
    src->len = size;
    return src;
}

void fuzz_source_free(Source *src)
{
    free((char *)src->text);
    free(src);
}

/* ---- a reusable thread with a big stack ---- */

static struct {
    pthread_mutex_t lock;
    pthread_cond_t go, done;
    void (*fn)(void *);
    void *arg;
    int pending;
    int started;
} big = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, PTHREAD_COND_INITIALIZER};

static void *big_thread(void *unused)
{
    (void)unused;
    pthread_mutex_lock(&big.lock);
    for (;;) {
        while (!big.pending)
            pthread_cond_wait(&big.go, &big.lock);
        pthread_mutex_unlock(&big.lock);
        big.fn(big.arg);
        pthread_mutex_lock(&big.lock);
        big.pending = 0;
        pthread_cond_signal(&big.done);
    }
    return NULL;
}

void fuzz_on_big_stack(void (*fn)(void *), void *arg)
{
    if (!big.started) {
        pthread_attr_t attr;
        pthread_t t;
        pthread_attr_init(&attr);
        pthread_attr_setstacksize(&attr, (size_t)512 << 20);
        if (pthread_create(&t, &attr, big_thread, NULL) != 0) {
            fn(arg);
            return;
        }
        pthread_attr_destroy(&attr);
        big.started = 1;
    }
    pthread_mutex_lock(&big.lock);
    big.fn = fn;
    big.arg = arg;
    big.pending = 1;
    pthread_cond_signal(&big.go);
    while (big.pending)
        pthread_cond_wait(&big.done, &big.lock);
    pthread_mutex_unlock(&big.lock);
}

/* ---- memory ---- */

static long rss_mb(void)
{
    FILE *f = fopen("/proc/self/statm", "r");
    long pages = 0, resident = 0;
    if (!f)
        return 0;
    if (fscanf(f, "%ld %ld", &pages, &resident) != 2)
        resident = 0;
    fclose(f);
    return resident * (sysconf(_SC_PAGESIZE) / 1024) / 1024;
}

void fuzz_check_memory(void)
{
    static long limit = -1;
    static unsigned calls;
    if (fuzz_replaying)
        return;
    if (limit < 0) {
        const char *e = getenv("GOSH_FUZZ_RSS_MB");
        limit = e ? atol(e) : 1536;
    }
    if (limit == 0 || ++calls % 32)
        return;
    long mb = rss_mb();
    if (mb > limit) {
        fprintf(stderr, "gosh fuzz: resident size %ld MB passed GOSH_FUZZ_RSS_MB=%ld after %u inputs: "
                        "ending this job (libFuzzer -fork starts another)\n", mb, limit, calls);
        _exit(0);
    }
}
