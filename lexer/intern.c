/* intern.c: one pointer per distinct name, shared by the compiler and
 * the runtime (method lookup compares names by pointer). */
#include <gc.h>
#include <pthread.h>
#include <string.h>
#include "lexer.h"


typedef struct Interned {
    struct Interned *next;
    int len;
    char text[];
} Interned;

static Interned **intern_table;
static size_t intern_cap, intern_count;
static pthread_mutex_t intern_lock = PTHREAD_MUTEX_INITIALIZER;

static size_t hash_bytes(const char *s, int len)
{
    size_t h = 1469598103934665603u;
    for (int i = 0; i < len; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211u;
    return h;
}

static void intern_grow(void)
{
    size_t cap = intern_cap ? intern_cap * 2 : 1024;
    Interned **t = GC_MALLOC_UNCOLLECTABLE(sizeof(Interned *) * cap);
    for (size_t i = 0; i < intern_cap; i++)
        for (Interned *e = intern_table[i], *next; e; e = next) {
            next = e->next;
            size_t h = hash_bytes(e->text, e->len) & (cap - 1);
            e->next = t[h];
            t[h] = e;
        }
    if (intern_table)
        GC_FREE(intern_table);
    intern_table = t;
    intern_cap = cap;
}

const char *intern_name(const char *s, int len)
{
    pthread_mutex_lock(&intern_lock);
    if (intern_count * 2 >= intern_cap)
        intern_grow();
    size_t h = hash_bytes(s, len) & (intern_cap - 1);
    Interned *e;
    for (e = intern_table[h]; e; e = e->next)
        if (e->len == len && memcmp(e->text, s, (size_t)len) == 0)
            break;
    if (!e) {
        e = GC_MALLOC_UNCOLLECTABLE(sizeof *e + (size_t)len + 1);
        e->len = len;
        memcpy(e->text, s, (size_t)len);
        e->text[len] = '\0';
        e->next = intern_table[h];
        intern_table[h] = e;
        intern_count++;
    }
    pthread_mutex_unlock(&intern_lock);
    return e->text;
}

