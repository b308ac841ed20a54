/* names.c: objects named as the program's source names them: a channel
 * after what `x := make(chan T)` assigns it to, a mutex or WaitGroup
 * after the receiver of a call of its methods (`accounts[i].mu.Lock()`),
 * read from the source lines of the positions the records hold. */
#include <stdlib.h>
#include <string.h>
#include "names.h"
#include "writer.h"

void names_init(W *w)
{
    int n = w->opts->nsources;
    w->lines = calloc((size_t)n + 1, sizeof *w->lines);
    w->line_lens = calloc((size_t)n + 1, sizeof *w->line_lens);
    w->nlines = calloc((size_t)n + 1, sizeof *w->nlines);
    for (int i = 0; i < n; i++) {
        const char *t = w->opts->source_texts[i];
        size_t len = w->opts->source_lens[i];
        int count = 1;
        for (size_t j = 0; j < len; j++)
            count += t[j] == '\n';
        w->lines[i] = malloc(sizeof(char *) * (size_t)count);
        w->line_lens[i] = malloc(sizeof(size_t) * (size_t)count);
        int l = 0;
        size_t start = 0;
        for (size_t j = 0; j <= len; j++)
            if (j == len || t[j] == '\n') {
                w->lines[i][l] = t + start;
                w->line_lens[i][l++] = j - start;
                start = j + 1;
            }
        w->nlines[i] = l;
    }
}

void names_free(W *w)
{
    for (int i = 0; i < w->opts->nsources; i++) {
        free(w->lines[i]);
        free(w->line_lens[i]);
    }
    free(w->lines);
    free(w->line_lens);
    free(w->nlines);
    for (int64_t i = 0; i < w->nobj; i++)
        free(w->obj_names[i]);
    free(w->obj_keys);
    free(w->obj_names);
}

const char *base_name(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

/* ---- names from the source ---- */

static int source_index(W *w, const char *file)
{
    for (int i = 0; i < w->opts->nsources; i++)
        if (strcmp(w->opts->source_names[i], file) == 0 ||
            strcmp(base_name(w->opts->source_names[i]), base_name(file)) == 0)
            return i;
    return -1;
}

/* The text of line [line] of [file], or NULL. */
const char *source_text(W *w, const char *file, int line, size_t *len)
{
    int s = file ? source_index(w, file) : -1;
    if (s < 0 || line < 1 || line > w->nlines[s])
        return NULL;
    *len = w->line_lens[s][line - 1];
    return w->lines[s][line - 1];
}

const char *obj_name(W *w, const void *obj)
{
    for (int64_t i = 0; i < w->nobj; i++)
        if (w->obj_keys[i] == obj)
            return w->obj_names[i];
    return NULL;
}

static void set_obj_name(W *w, const void *obj, const char *name)
{
    for (int64_t i = 0; i < w->nobj; i++)
        if (w->obj_keys[i] == obj) {
            free(w->obj_names[i]);
            w->obj_names[i] = strdup(name);
            return;
        }
    if (w->nobj == w->objcap) {
        w->objcap = w->objcap ? w->objcap * 2 : 64;
        w->obj_keys = realloc(w->obj_keys, sizeof(void *) * (size_t)w->objcap);
        w->obj_names = realloc(w->obj_names, sizeof(char *) * (size_t)w->objcap);
    }
    w->obj_keys[w->nobj] = obj;
    w->obj_names[w->nobj++] = strdup(name);
}

/* A channel made at record [k]. */
void name_chan(W *w, int64_t k)
{
    Rec *r = rec_at(w, k);
    RecBuf *b = buf_at(w, k);
    char name[200];
    size_t len;
    const char *line = r->at ? source_text(w, b->pos[r->at].file, b->pos[r->at].line, &len) : NULL;
    if (!(line && name_from_make_line(line, len, name, sizeof name))) {
        if (r->at)
            snprintf(name, sizeof name, "chan made at %s:%d", base_name(b->pos[r->at].file),
                     b->pos[r->at].line);
        else
            snprintf(name, sizeof name, "chan");
    }
    set_obj_name(w, r->obj, name);
}

const char *name_chan_at(W *w, const void *obj, int64_t k)
{
    const char *have = obj_name(w, obj);
    if (have)
        return have;
    char name[200] = "chan";
    /* this operation's line, else a later one's, until a make of the
     * same address (a new channel) */
    for (int64_t j = k; j < w->n; j++) {
        Rec *r = rec_at(w, j);
        if (r->obj != obj)
            continue;
        if (r->kind == EV_CHAN_MAKE)
            break;
        if (!r->at || (r->kind != EV_CHAN_SEND && r->kind != EV_CHAN_RECV && r->kind != EV_CHAN_CLOSE &&
                       r->kind != EV_GO_PARK))
            continue;
        RecBuf *b = buf_at(w, j);
        size_t len;
        const char *line = source_text(w, b->pos[r->at].file, b->pos[r->at].line, &len);
        if (line && name_from_chan_op(line, len, name, sizeof name))
            break;
        strcpy(name, "chan");
    }
    set_obj_name(w, obj, name);
    return obj_name(w, obj);
}

/* A sync object named at a position of the program (where a method of
 * it was called), unless it has a name. */
const char *name_sync_at(W *w, const void *obj, RecBuf *b, uint32_t p)
{
    const char *have = obj_name(w, obj);
    if (have || !p)
        return have;
    size_t len;
    const char *line = source_text(w, b->pos[p].file, b->pos[p].line, &len);
    char name[200];
    if (line && name_from_sync_call(line, len, name, sizeof name)) {
        set_obj_name(w, obj, name);
        return obj_name(w, obj);
    }
    return NULL;
}

/* A sync object first met when a goroutine blocked on it (record [k]):
 * named from the first frame of the program's own source. */
const char *name_sync(W *w, int64_t k)
{
    Rec *r = rec_at(w, k);
    const char *have = obj_name(w, r->obj);
    if (have)
        return have;
    RecBuf *b = buf_at(w, k);
    for (int i = 0; i < r->nstack; i++) {
        Pos3 *p = &b->pos[b->stacks[r->aux + (uint32_t)i]];
        size_t len;
        const char *line = source_text(w, p->file, p->line, &len);
        char name[200];
        if (line && name_from_sync_call(line, len, name, sizeof name)) {
            set_obj_name(w, r->obj, name);
            return obj_name(w, r->obj);
        }
    }
    return NULL;
}

