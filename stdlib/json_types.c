/* json_types.c: what encoding/json learns once per type and caches: the
 * Marshaler and Unmarshaler methods of T and *T, and a struct's JSON
 * fields as Go's typeFields finds them (encode.go): exported fields and
 * those promoted from embedded structs, named by their tags, with the
 * fields Go's embedding rules hide removed. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include "json.h"
#include "lexer.h"

/* A struct tag's value for [key] (reflect's StructTag.Lookup). */
static bool tag_lookup(const char *tag, const char *key, StrBuf *out)
{
    size_t klen = strlen(key);
    const char *p = tag;
    while (p && *p) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        const char *name = p;
        while (*p > ' ' && *p != ':' && *p != '"' && *p != 0x7f)
            p++;
        if (p == name || p[0] != ':' || p[1] != '"')
            break;
        size_t nlen = (size_t)(p - name);
        p += 2;
        StrBuf v = {0};
        while (*p && *p != '"') {
            if (*p == '\\' && p[1]) {
                p++;
                char c = *p;
                switch (c) {
                case 'n': c = '\n'; break;
                case 't': c = '\t'; break;
                default: break;
                }
                sb_putc(&v, c);
                p++;
                continue;
            }
            sb_putc(&v, *p++);
        }
        if (!*p)
            break;
        p++;
        if (nlen == klen && memcmp(name, key, klen) == 0) {
            *out = v;
            if (!out->data)
                sb_put(out, "", 0);
            return true;
        }
    }
    return false;
}

/* Go's isValidTag: letters, digits and some punctuation. */
static bool valid_tag(const char *s, size_t n)
{
    if (n == 0)
        return false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
            continue;
        if (!strchr("!#$%&()*+-./:;<=>?@[]^_{|}~ ", c))
            return false;
    }
    return true;
}

static bool has_option(const char *opts, size_t n, const char *opt)
{
    size_t ol = strlen(opt);
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && opts[j] != ',')
            j++;
        if (j - i == ol && memcmp(opts + i, opt, ol) == 0)
            return true;
        i = j + 1;
    }
    return false;
}

static bool quotable(const Type *t)
{
    switch (t->kind) {
    case K_BOOL: case K_INT: case K_INT8: case K_INT16: case K_INT32: case K_INT64:
    case K_UINT: case K_UINT8: case K_UINT16: case K_UINT32: case K_UINT64: case K_UINTPTR:
    case K_FLOAT32: case K_FLOAT64: case K_STRING:
        return true;
    default:
        return false;
    }
}

/* A field found while walking, before the hidden ones are removed. */
typedef struct Found {
    JField f;
    bool tagged;
} Found;

typedef struct FoundList {
    Found *items;
    int n, cap;
} FoundList;

static void found_add(FoundList *l, const Found *f)
{
    if (l->n == l->cap) {
        int cap = l->cap ? l->cap * 2 : 16;
        Found *items = rt_alloc(sizeof *items * (size_t)cap);
        if (l->n)
            memcpy(items, l->items, sizeof *items * (size_t)l->n);
        l->items = items;
        l->cap = cap;
    }
    l->items[l->n++] = *f;
}

static int cmp_index(const JField *a, const JField *b)
{
    for (int i = 0; i < a->depth && i < b->depth; i++)
        if (a->index[i] != b->index[i])
            return a->index[i] < b->index[i] ? -1 : 1;
    return a->depth - b->depth;
}

static int cmp_found(const void *x, const void *y)
{
    const Found *a = x, *b = y;
    int c = strcmp(a->f.name, b->f.name);
    if (c)
        return c;
    if (a->f.depth != b->f.depth)
        return a->f.depth - b->f.depth;
    if (a->tagged != b->tagged)
        return a->tagged ? -1 : 1;
    return cmp_index(&a->f, &b->f);
}

static int cmp_jfield(const void *x, const void *y)
{
    return cmp_index(x, y);
}

/* A struct type to explore for promoted fields, and the path to it. */
typedef struct Pending {
    const Type *t;
    int *index;
    int depth;
} Pending;

static String *key_text(const char *name, bool escape)
{
    StrBuf b = {0};
    json_put_string(&b, name, (int64_t)strlen(name), escape);
    sb_putc(&b, ':');
    return str_new(b.data, (int64_t)b.len);
}

static void type_fields(TypeInfo *ti, const Type *t)
{
    FoundList fields = {0};
    Pending *cur = NULL, *next = rt_alloc(sizeof *next);
    int ncur = 0, nnext = 1;
    next[0] = (Pending){t, NULL, 0};
    const Type **visited = NULL;
    int nvisited = 0;
    /* how many times a type is embedded at the current and next depth */
    const Type **count_t = NULL, **next_t = NULL;
    int *count_n = NULL, *next_n = NULL, ncount = 0, nnext_count = 0;
    while (nnext > 0) {
        cur = next;
        ncur = nnext;
        next = rt_alloc(sizeof *next * (size_t)(ncur * 4 + 4));
        nnext = 0;
        count_t = next_t;
        count_n = next_n;
        ncount = nnext_count;
        int cap = 0;
        for (int k = 0; k < ncur; k++)
            cap += cur[k].t->nfields;
        next_t = rt_alloc(sizeof *next_t * (size_t)(cap + 1));
        next_n = rt_alloc(sizeof *next_n * (size_t)(cap + 1));
        nnext_count = 0;
        int next_cap = ncur * 4 + 4;
        for (int k = 0; k < ncur; k++) {
            const Type *ft0 = cur[k].t;
            bool seen = false;
            for (int v = 0; v < nvisited; v++)
                seen |= visited[v] == ft0;
            if (seen)
                continue;
            const Type **nv = rt_alloc(sizeof *nv * (size_t)(nvisited + 1));
            if (nvisited)
                memcpy(nv, visited, sizeof *nv * (size_t)nvisited);
            nv[nvisited++] = ft0;
            visited = nv;
            int times = 0;
            for (int c = 0; c < ncount; c++)
                if (count_t[c] == ft0)
                    times = count_n[c];
            for (int i = 0; i < ft0->nfields; i++) {
                const Field *sf = &ft0->fields[i];
                if (sf->embedded) {
                    const Type *et = sf->type;
                    if (et->kind == K_POINTER)
                        et = et->elem;
                    if (!sf->exported && et->kind != K_STRUCT)
                        continue;
                } else if (!sf->exported) {
                    continue;
                }
                StrBuf tag = {0};
                bool has_tag = sf->tag && tag_lookup(sf->tag, "json", &tag);
                const char *tg = has_tag ? tag.data : "";
                size_t tlen = has_tag ? tag.len : 0;
                if (tlen == 1 && tg[0] == '-')
                    continue;
                size_t nlen = 0;
                while (nlen < tlen && tg[nlen] != ',')
                    nlen++;
                const char *opts = nlen < tlen ? tg + nlen + 1 : "";
                size_t olen = nlen < tlen ? tlen - nlen - 1 : 0;
                if (!valid_tag(tg, nlen))
                    nlen = 0;
                int depth = cur[k].depth + 1;
                int *index = rt_alloc_atomic(sizeof *index * (size_t)depth);
                if (cur[k].depth)
                    memcpy(index, cur[k].index, sizeof *index * (size_t)cur[k].depth);
                index[depth - 1] = i;
                const Type *ft = sf->type;
                if (!(ft->flags & TF_NAMED) && ft->kind == K_POINTER)
                    ft = ft->elem;
                if (nlen || !sf->embedded || ft->kind != K_STRUCT) {
                    Found f = {0};
                    f.tagged = nlen > 0;
                    char *name = rt_alloc_atomic(nlen ? nlen + 1 : strlen(sf->name) + 1);
                    strcpy(name, nlen ? "" : sf->name);
                    if (nlen) {
                        memcpy(name, tg, nlen);
                        name[nlen] = '\0';
                    }
                    f.f.name = name;
                    f.f.index = index;
                    f.f.depth = depth;
                    f.f.type = sf->type;
                    f.f.omit_empty = has_option(opts, olen, "omitempty");
                    f.f.quoted = has_option(opts, olen, "string") && quotable(ft);
                    found_add(&fields, &f);
                    if (times > 1)
                        found_add(&fields, &f);
                    continue;
                }
                int c;
                for (c = 0; c < nnext_count; c++)
                    if (next_t[c] == ft)
                        break;
                if (c == nnext_count) {
                    next_t[c] = ft;
                    next_n[c] = 0;
                    nnext_count++;
                }
                if (++next_n[c] == 1) {
                    if (nnext == next_cap) {
                        Pending *np = rt_alloc(sizeof *np * (size_t)next_cap * 2);
                        memcpy(np, next, sizeof *np * (size_t)nnext);
                        next = np;
                        next_cap *= 2;
                    }
                    next[nnext++] = (Pending){ft, index, depth};
                }
            }
        }
    }
    if (fields.n > 1) /* a struct with no fields has no array */
        qsort(fields.items, (size_t)fields.n, sizeof *fields.items, cmp_found);
    JField *out = rt_alloc(sizeof *out * (size_t)(fields.n + 1));
    int nout = 0;
    for (int i = 0, adv; i < fields.n; i += adv) {
        for (adv = 1; i + adv < fields.n; adv++)
            if (strcmp(fields.items[i + adv].f.name, fields.items[i].f.name) != 0)
                break;
        if (adv > 1 && fields.items[i].f.depth == fields.items[i + 1].f.depth &&
            fields.items[i].tagged == fields.items[i + 1].tagged)
            continue;
        out[nout++] = fields.items[i].f;
    }
    qsort(out, (size_t)nout, sizeof *out, cmp_jfield);
    for (int i = 0; i < nout; i++) {
        out[i].key_html = key_text(out[i].name, true);
        out[i].key_plain = key_text(out[i].name, false);
        out[i].name_len = (int)strlen(out[i].name);
    }
    ti->fields = out;
    ti->nfields = nout;
}

#define INFO_SLOTS 4096
static TypeInfo *info_cache[INFO_SLOTS];

static unsigned has(const Type *t, const char *name, const Type *sig, unsigned flag)
{
    return json_method(t, name, sig) ? flag : 0;
}

const TypeInfo *json_type_info(const Type *t)
{
    size_t slot = ((uintptr_t)t >> 4) % INFO_SLOTS;
    TypeInfo *ti = __atomic_load_n(&info_cache[slot], __ATOMIC_ACQUIRE);
    if (ti && ti->type == t)
        return ti;
    ti = rt_alloc(sizeof *ti);
    ti->type = t;
    unsigned f = 0;
    if (t->kind != K_INTERFACE) {
        f |= has(t, json_name_marshal_json, json_sig_marshal, TI_MARSHAL_JSON);
        f |= has(t, json_name_marshal_text, json_sig_marshal, TI_MARSHAL_TEXT);
        if (t->kind != K_POINTER || (t->flags & TF_NAMED)) {
            Type *pt = type_pointer((Type *)t);
            f |= has(pt, json_name_marshal_json, json_sig_marshal, TI_PTR_MARSHAL_JSON);
            f |= has(pt, json_name_marshal_text, json_sig_marshal, TI_PTR_MARSHAL_TEXT);
            if (t->flags & TF_NAMED) {
                f |= has(pt, json_name_unmarshal_json, json_sig_unmarshal, TI_PTR_UNMARSHAL_JSON);
                f |= has(pt, json_name_unmarshal_text, json_sig_unmarshal, TI_PTR_UNMARSHAL_TEXT);
            }
        }
        if (t->kind == K_POINTER) {
            f |= has(t, json_name_unmarshal_json, json_sig_unmarshal, TI_UNMARSHAL_JSON);
            f |= has(t, json_name_unmarshal_text, json_sig_unmarshal, TI_UNMARSHAL_TEXT);
        }
    }
    ti->flags = f;
    if (t->kind == K_STRUCT)
        type_fields(ti, t);
    __atomic_store_n(&info_cache[slot], ti, __ATOMIC_RELEASE);
    return ti;
}

/* The lowest address this thread's C stack may use, found once. */
static __thread char *stack_low;

bool json_stack_low(void)
{
    char here;
    if (!stack_low) {
        pthread_attr_t attr;
        void *addr = NULL;
        size_t size = 0;
        if (pthread_getattr_np(pthread_self(), &attr) == 0) {
            pthread_attr_getstack(&attr, &addr, &size);
            pthread_attr_destroy(&attr);
        }
        /* unknown bounds: allow 1 MiB below the first call */
        stack_low = addr ? (char *)addr : &here - (1 << 20);
    }
    return &here - stack_low < JSON_STACK_RESERVE;
}
