/* vet_printf.c: go vet's printf check. A Printf-like call's constant
 * format is parsed directive by directive (flags, [n] indexes, * widths,
 * precision, verb) and each directive's argument is matched against the
 * kinds of value its verb prints; a Println-like call is checked for a
 * first argument that looks like a format and a redundant final newline.
 * The rules and words are go vet 1.19's (passes/printf); where vet would
 * need what gosh's types do not carry, this stays silent. */
#include <stdio.h>
#include <string.h>
#include "vet.h"
#include "vet_printf.h"

enum {
    A_BOOL = 1 << 0, A_INT = 1 << 1, A_RUNE = 1 << 2, A_STRING = 1 << 3, A_FLOAT = 1 << 4,
    A_COMPLEX = 1 << 5, A_POINTER = 1 << 6, A_ERROR = 1 << 7, A_ANY = ~0,
};

typedef struct Verb {
    char verb;
    const char *flags;
    int typ;
} Verb;

#define NUM " -+.0"
#define SHARPNUM " -+.0#"

static const Verb verbs[] = {
    {'%', "", 0},
    {'b', SHARPNUM, A_INT | A_FLOAT | A_COMPLEX | A_POINTER},
    {'c', "-", A_RUNE | A_INT},
    {'d', NUM, A_INT | A_POINTER},
    {'e', SHARPNUM, A_FLOAT | A_COMPLEX},
    {'E', SHARPNUM, A_FLOAT | A_COMPLEX},
    {'f', SHARPNUM, A_FLOAT | A_COMPLEX},
    {'F', SHARPNUM, A_FLOAT | A_COMPLEX},
    {'g', SHARPNUM, A_FLOAT | A_COMPLEX},
    {'G', SHARPNUM, A_FLOAT | A_COMPLEX},
    {'o', SHARPNUM, A_INT | A_POINTER},
    {'O', SHARPNUM, A_INT | A_POINTER},
    {'p', "-#", A_POINTER},
    {'q', " -+.0#", A_RUNE | A_INT | A_STRING},
    {'s', " -+.0", A_STRING},
    {'t', "-", A_BOOL},
    {'T', "-", A_ANY},
    {'U', "-#", A_RUNE | A_INT},
    {'v', SHARPNUM, A_ANY},
    {'w', SHARPNUM, A_ERROR},
    {'x', SHARPNUM, A_RUNE | A_INT | A_STRING | A_POINTER | A_FLOAT | A_COMPLEX},
    {'X', SHARPNUM, A_RUNE | A_INT | A_STRING | A_POINTER | A_FLOAT | A_COMPLEX},
};

int vet_print_kind(const Vet *v, const Node *call, char *name, size_t size, int *first)
{
    const Node *f = call->call.fun;
    if (f->kind == N_IDENT)
        return vet_wrapper_kind(v, call, name, size, first);
    if (f->kind != N_SELECTOR || !f->info)
        return K_NONE;
    const Selection *sel = f->info;
    const char *fn = f->selector.sel->ident.name;
    if (sel->kind == SEL_QUALIFIED) {
        char q[200];
        if (!vet_callee(call, q, sizeof q))
            return K_NONE;
        if (strncmp(q, "fmt.", 4) == 0) {
            static const char *const fmts[] = {"Errorf", "Fprint", "Fprintf", "Fprintln", "Print", "Printf",
                                                "Println", "Sprint", "Sprintf", "Sprintln", NULL};
            int i = 0;
            while (fmts[i] && strcmp(fmts[i], fn) != 0)
                i++;
            if (!fmts[i])
                return K_NONE;
        } else if (strncmp(q, "log.", 4) == 0) {
            if (strncmp(fn, "Print", 5) != 0 && strncmp(fn, "Fatal", 5) != 0 && strncmp(fn, "Panic", 5) != 0)
                return K_NONE;
            if (fn[5] && strcmp(fn + 5, "f") != 0 && strcmp(fn + 5, "ln") != 0)
                return K_NONE;
        } else {
            return K_NONE;
        }
        snprintf(name, size, "%s", q);
        *first = fn[0] == 'F' && q[0] == 'f' ? 1 : 0;
    } else if (sel->kind == SEL_METHOD) {
        /* (*log.Logger).Printf and its kin */
        const Type *t = f->selector.x->type;
        if (t && t->kind == K_POINTER)
            t = t->elem;
        if (!t || !(t->flags & TF_NAMED) || !t->pkg || strcmp(t->pkg, "log") != 0 || strcmp(t->name, "Logger") != 0)
            return vet_wrapper_kind(v, call, name, size, first);
        if (strncmp(fn, "Print", 5) != 0 && strncmp(fn, "Fatal", 5) != 0 && strncmp(fn, "Panic", 5) != 0)
            return K_NONE;
        if (fn[5] && strcmp(fn + 5, "f") != 0 && strcmp(fn + 5, "ln") != 0)
            return K_NONE;
        snprintf(name, size, "(*log.Logger).%s", fn);
        *first = 0;
    } else {
        return K_NONE;
    }
    if (strcmp(name, "fmt.Errorf") == 0)
        return K_ERRORF;
    return fn[strlen(fn) - 1] == 'f' ? K_PRINTF : K_PRINT;
}

/* ---- types ---- */

/* [t]'s method [name] in the method set of a value of type [t] */
static const Method *method_of(const Type *t, const char *name)
{
    bool ptr = false;
    if (t->kind == K_POINTER && !(t->flags & TF_NAMED) && t->elem && (t->elem->flags & TF_NAMED)) {
        t = t->elem;
        ptr = true;
    }
    const Method *m = vet_method_named(t, name);
    return m && (ptr || !m->ptr_recv) ? m : NULL;
}

static bool is_stringer_sig(const Type *sig)
{
    return sig && sig->kind == K_FUNC && sig->nparams == 0 && sig->nresults == 1 &&
           sig->results[0]->kind == K_STRING && !(sig->results[0]->flags & TF_NAMED);
}

/* could satisfy fmt.Formatter: an interface, or a Format(fmt.State, rune) */
static bool is_formatter(const Type *t)
{
    if (t->kind == K_INTERFACE)
        return true;
    const Method *m = method_of(t, "Format");
    return m && m->type && m->type->nparams == 2 && m->type->nresults == 0;
}

static bool has_string_method(const Type *t, const char *name)
{
    const Method *m = method_of(t, name);
    return m && is_stringer_sig(m->type);
}

/* implements error */
static bool is_error(const Type *t)
{
    if (t->kind == K_UNTYPED_NIL)
        return true; /* nil converts to error */
    if (t->kind == K_INTERFACE) {
        for (int i = 0; i < t->nimethods; i++)
            if (strcmp(t->imethods[i].name, "Error") == 0 && is_stringer_sig(t->imethods[i].type))
                return true;
        return false;
    }
    return has_string_method(t, "Error");
}

/* convertible to string by fmt: an error or a Stringer */
static bool to_string(const Type *t)
{
    if (t->kind == K_UNTYPED_NIL)
        return false;
    return is_error(t) || has_string_method(t, "String");
}

typedef struct Matcher {
    int want;
    const Type *seen[32];
    int nseen;
} Matcher;

static bool match(Matcher *m, const Type *t, bool top)
{
    if (m->want == A_ERROR)
        return is_error(t);
    if (is_formatter(t))
        return true;
    if ((m->want & A_STRING) && to_string(t))
        return true;
    /* go/types makes an unnamed type anew where it is written, so only a
     * named type (whose underlying type is one object) is met again */
    if (t->flags & TF_NAMED) {
        for (int i = 0; i < m->nseen; i++)
            if (m->seen[i] == t)
                return true;
        if (m->nseen == 32)
            return true;
        m->seen[m->nseen++] = t;
        /* a standard package's struct: gosh's fields are not Go's */
        if (t->kind == K_STRUCT && t->pkg && strcmp(t->pkg, "main") != 0)
            return true;
    }
    switch (t->kind) {
    case K_FUNC: return m->want == A_POINTER;
    case K_MAP:
        if (m->want == A_POINTER)
            return true;
        return match(m, t->key, false) && match(m, t->elem, false);
    case K_CHAN: return (m->want & A_POINTER) != 0;
    case K_ARRAY:
    case K_SLICE:
        if (t->elem->kind == K_UINT8 && (m->want & A_STRING))
            return true;
        if (t->kind == K_SLICE && m->want == A_POINTER)
            return true;
        return match(m, t->elem, false);
    case K_POINTER: {
        if (m->want == A_POINTER)
            return true;
        const Type *e = t->elem;
        if (!e || e->kind == K_INVALID)
            return true;
        if (e->kind != K_STRUCT && e->kind != K_ARRAY && e->kind != K_SLICE && e->kind != K_MAP)
            return (m->want & A_POINTER) != 0;
        return top && match(m, e, false);
    }
    case K_STRUCT:
        for (int i = 0; i < t->nfields; i++) {
            if (!match(m, t->fields[i].type, false))
                return false;
            if ((m->want & A_STRING) && !t->fields[i].exported && to_string(t->fields[i].type))
                return false;
        }
        return true;
    case K_INTERFACE: return true;
    case K_BOOL:
    case K_UNTYPED_BOOL: return (m->want & A_BOOL) != 0;
    case K_INT: case K_INT8: case K_INT16: case K_INT32: case K_INT64:
    case K_UINT: case K_UINT8: case K_UINT16: case K_UINT32: case K_UINT64: case K_UINTPTR:
    case K_UNTYPED_INT: return (m->want & A_INT) != 0;
    case K_FLOAT32: case K_FLOAT64:
    case K_UNTYPED_FLOAT: return (m->want & A_FLOAT) != 0;
    case K_COMPLEX64: case K_COMPLEX128: return (m->want & A_COMPLEX) != 0;
    case K_STRING:
    case K_UNTYPED_STRING: return (m->want & A_STRING) != 0;
    case K_UNSAFEPTR: return (m->want & (A_POINTER | A_INT)) != 0;
    case K_UNTYPED_RUNE: return (m->want & (A_INT | A_RUNE)) != 0;
    case K_UNTYPED_NIL: return false;
    default: return true; /* invalid or unknown: say nothing */
    }
}

/* An expression whose type vet knows as gosh does; anything else (a
 * multi-value call, a type, an invalid operand) is not judged. */
static const Type *arg_type(const Node *x)
{
    if (x->kind == N_IDENT && x->ident.sym && x->ident.sym->kind == SYM_NIL)
        return t_untyped_nil;
    if (!x->type || x->mode == MODE_INVALID || x->mode == MODE_TYPE || x->mode == MODE_NOVALUE)
        return NULL;
    if (x->type->kind == K_TUPLE || x->type->kind == K_INVALID)
        return NULL;
    return x->type;
}

static bool is_func_value(const Node *x)
{
    const Type *t = arg_type(x);
    return t && t->kind == K_FUNC && !(t->flags & TF_NAMED);
}

/* The receiver r (or &r) printed inside r's own String or Error method:
 * the method's full name in [name]. */
static bool recursive_stringer(Vet *v, const Node *x, char *name, size_t size)
{
    const Type *t = arg_type(x);
    if (!t || !v->method || is_formatter(t))
        return false;
    Node *decl = v->method;
    const char *mname = decl->funcdecl.name->ident.name;
    if (strcmp(mname, "String") != 0 && strcmp(mname, "Error") != 0)
        return false;
    const FuncInfo *fi = decl->funcdecl.info;
    if (!fi || !fi->recv || !is_stringer_sig(fi->sig) || !has_string_method(t, mname))
        return false;
    if (x->kind == N_UNARY && x->op == T_AND)
        x = x->unary.x;
    if (x->kind != N_IDENT || x->ident.sym != fi->recv)
        return false;
    char recv[300];
    vet_type_string(fi->recv->type, recv, sizeof recv);
    snprintf(name, size, "(%s).%s", recv, mname);
    return true;
}

/* ---- Printf ---- */

typedef struct Directive {
    char verb;          /* 0x80 for a verb outside ASCII (in vspell) */
    char vspell[8];
    char text[64];      /* "%-5.2f", as vet quotes it */
    char flags[16];
    int nflags;
    int args[8];        /* the argument indexes it reads (* widths first) */
    int nargs;
    int arg;            /* the next argument */
    bool has_index;
    bool index_pending;
    int n;              /* bytes of the format it spans */
} Directive;

typedef struct Call {
    Vet *v;
    Node *call;
    const char *name;
    const char *fmt;
    int flen;
    int first;          /* the first argument after the format */
} Call;

static void quote(Directive *d, const char *s, int n)
{
    int k = n < (int)sizeof d->text - 1 ? n : (int)sizeof d->text - 1;
    memcpy(d->text, s, (size_t)k);
    d->text[k] = 0;
}

static void scan_num(const char *s, int len, Directive *d)
{
    while (d->n < len && s[d->n] >= '0' && s[d->n] <= '9')
        d->n++;
}

/* [n]: false after reporting a bad index */
static bool parse_index(Call *c, const char *s, int len, Directive *d)
{
    if (d->n >= len || s[d->n] != '[')
        return true;
    d->n++;
    int start = d->n;
    scan_num(s, len, d);
    bool ok = true;
    if (d->n == len || d->n == start || s[d->n] != ']') {
        ok = false;
        const char *close = memchr(s, ']', (size_t)len);
        if (!close) {
            quote(d, s, len);
            vet_report(c->v, C_PRINTF, ast_start(c->call), "%s format %s is missing closing ]", c->name, d->text);
            return false;
        }
        d->n = (int)(close - s);
    }
    long arg = 0;
    bool digits = d->n > start;
    for (int i = start; i < d->n && arg <= 1L << 31; i++) {
        if (s[i] < '0' || s[i] > '9') {
            digits = false;
            break;
        }
        arg = arg * 10 + (s[i] - '0');
    }
    if (!digits || !ok || arg <= 0 || arg > c->call->call.args.len - c->first) {
        vet_report(c->v, C_PRINTF, ast_start(c->call), "%s format has invalid argument index [%.*s]", c->name,
                   d->n - start, s + start);
        return false;
    }
    d->n++;
    d->arg = (int)arg + c->first - 1;
    d->has_index = true;
    d->index_pending = true;
    return true;
}

static void parse_num(const char *s, int len, Directive *d)
{
    if (d->n < len && s[d->n] == '*') {
        d->index_pending = false;
        d->n++;
        if (d->nargs < 7)
            d->args[d->nargs++] = d->arg;
        d->arg++;
    } else {
        scan_num(s, len, d);
    }
}

/* One directive at s[0] == '%'; false after reporting. */
static bool parse_directive(Call *c, const char *s, int len, int arg, Directive *d)
{
    memset(d, 0, sizeof *d);
    d->n = 1;
    d->arg = arg;
    while (d->n < len && strchr("#0+- ", s[d->n]) && s[d->n]) {
        if (d->nflags < 15)
            d->flags[d->nflags++] = s[d->n];
        d->n++;
    }
    if (!parse_index(c, s, len, d))
        return false;
    parse_num(s, len, d);
    if (d->n < len && s[d->n] == '.') {
        if (d->nflags < 15)
            d->flags[d->nflags++] = '.';
        d->n++;
        if (!parse_index(c, s, len, d))
            return false;
        parse_num(s, len, d);
    }
    if (!d->index_pending && !parse_index(c, s, len, d))
        return false;
    if (d->n == len) {
        quote(d, s, len);
        vet_report(c->v, C_PRINTF, ast_start(c->call), "%s format %s is missing verb at end of string", c->name,
                   d->text);
        return false;
    }
    /* the verb is a rune: one outside ASCII is never a known verb */
    int w = 1;
    unsigned char b0 = (unsigned char)s[d->n];
    if (b0 >= 0xf0)
        w = 4;
    else if (b0 >= 0xe0)
        w = 3;
    else if (b0 >= 0xc0)
        w = 2;
    if (d->n + w > len)
        w = len - d->n;
    memcpy(d->vspell, s + d->n, (size_t)w);
    d->vspell[w] = 0;
    d->verb = b0 >= 0x80 ? (char)0x80 : s[d->n];
    d->n += w;
    if (d->verb != '%' && d->nargs < 8)
        d->args[d->nargs++] = d->arg;
    quote(d, s, d->n);
    return true;
}

/* go/printer's rendering of a one-line composite literal, T{a, k: v}
 * (gosh's messages abbreviate it to T{…}); false if it cannot be sure */
static bool composite_text(const Node *x, char *buf, size_t size)
{
    if (x->pos.line != x->composite.rbrace.line)
        return false;
    size_t o = 0;
    char part[200];
    if (x->composite.type) {
        vet_expr_text(x->composite.type, part, sizeof part);
        /* go/printer pads a struct type's fields: struct{ a int } */
        if (strstr(part, "struct{") || strstr(part, "interface{"))
            return false;
        o = (size_t)snprintf(buf, size, "%s", part);
    }
    o += (size_t)snprintf(buf + o, o < size ? size - o : 0, "{");
    for (int i = 0; i < x->composite.elts.len && o < size; i++) {
        const Node *e = x->composite.elts.items[i];
        char k[200] = "", val[200];
        if (e->kind == N_KEYVALUE) {
            vet_expr_text(e->kv.key, k, sizeof k);
            e = e->kv.value;
        }
        if (e->kind == N_COMPOSITE ? !composite_text(e, val, sizeof val) : (vet_expr_text(e, val, sizeof val), false))
            return false;
        o += (size_t)snprintf(buf + o, size - o, "%s%s%s%s", i ? ", " : "", k, *k ? ": " : "", val);
    }
    if (o < size)
        o += (size_t)snprintf(buf + o, size - o, "}");
    return o < size && !strstr(buf, "\xe2\x80\xa6");
}

/* go/printer's rendering; false where gosh's abbreviates ({…}) */
static bool arg_text(const Node *x, char *buf, size_t size)
{
    if (x->kind == N_COMPOSITE)
        return composite_text(x, buf, size);
    if (x->kind == N_UNARY && x->op == T_AND && x->unary.x->kind == N_COMPOSITE && size > 1) {
        buf[0] = '&';
        return composite_text(x->unary.x, buf + 1, size - 1);
    }
    vet_expr_text(x, buf, size);
    return !strstr(buf, "\xe2\x80\xa6");
}

static void count(char *buf, size_t size, int n)
{
    snprintf(buf, size, n == 1 ? "%d arg" : "%d args", n);
}

/* Whether argument d->args[i] is there to check; reports one missing. */
static bool can_check(Call *c, Directive *d, int i)
{
    int argn = d->args[i], nargs = c->call->call.args.len;
    if (argn < nargs - 1)
        return true;
    if (c->call->call.ellipsis)
        return false;
    if (argn < nargs)
        return true;
    char have[32];
    count(have, sizeof have, nargs - c->first);
    vet_report(c->v, C_PRINTF, ast_start(c->call), "%s format %s reads arg #%d, but call has %s", c->name, d->text,
               argn - c->first + 1, have);
    return false;
}

static bool check_directive(Call *c, Directive *d)
{
    const Verb *v = NULL;
    for (size_t i = 0; i < sizeof verbs / sizeof verbs[0]; i++)
        if (verbs[i].verb == d->verb)
            v = &verbs[i];
    NodeList *args = &c->call->call.args;
    bool formatter = false;
    if ((!v || v->typ != A_ERROR) && d->arg < args->len) {
        const Type *t = arg_type(args->items[d->arg]);
        formatter = t && is_formatter(t);
    }
    if (!formatter) {
        if (!v) {
            vet_report(c->v, C_PRINTF, ast_start(c->call), "%s format %s has unknown verb %s", c->name, d->text,
                       d->vspell);
            return false;
        }
        for (int i = 0; i < d->nflags; i++)
            if (d->flags[i] != '0' && !strchr(v->flags, d->flags[i])) {
                vet_report(c->v, C_PRINTF, ast_start(c->call), "%s format %s has unrecognized flag %c", c->name,
                           d->text, d->flags[i]);
                return false;
            }
    }
    char text[200], ts[300];
    int real = d->verb == '%' ? 0 : 1;
    for (int i = 0; i < d->nargs - real; i++) {
        if (!can_check(c, d, i))
            return false; /* vet returns here without a verdict; so do we */
        Node *x = args->items[d->args[i]];
        const Type *t = arg_type(x);
        Matcher m = {.want = A_INT};
        if (t && !match(&m, t, true)) {
            if (arg_text(x, text, sizeof text))
                vet_report(c->v, C_PRINTF, ast_start(c->call), "%s format %s uses non-int %s as argument of *", c->name,
                       d->text, text);
            return false;
        }
    }
    if (d->verb == '%' || formatter)
        return true;
    if (!can_check(c, d, d->nargs - 1))
        return false;
    Node *x = args->items[d->args[d->nargs - 1]];
    const Type *t = arg_type(x);
    if (!t)
        return true;
    if (is_func_value(x) && d->verb != 'p' && d->verb != 'T') {
        if (arg_text(x, text, sizeof text))
            vet_report(c->v, C_PRINTF, ast_start(c->call), "%s format %s arg %s is a func value, not called", c->name,
                   d->text, text);
        return false;
    }
    Matcher m = {.want = v->typ};
    if (v->typ != A_ANY && !match(&m, t, true)) {
        vet_type_string(t, ts, sizeof ts);
        if (arg_text(x, text, sizeof text))
            vet_report(c->v, C_PRINTF, ast_start(c->call), "%s format %s has arg %s of wrong type %s", c->name, d->text,
                   text, ts);
        return false;
    }
    char method[400];
    if ((v->typ & A_STRING) && d->verb != 'T' && !memchr(d->flags, '#', (size_t)d->nflags) &&
        recursive_stringer(c->v, x, method, sizeof method)) {
        if (arg_text(x, text, sizeof text))
            vet_report(c->v, C_PRINTF, ast_start(c->call), "%s format %s with arg %s causes recursive %s method call",
                   c->name, d->text, text, method);
        return false;
    }
    return true;
}

/* where vet puts "has arguments but no formatting directives": the ( */
static Pos lparen(const Node *call)
{
    const Node *f = call->call.fun;
    Pos p = f->kind == N_SELECTOR ? f->selector.sel->pos : f->pos;
    const char *name = f->kind == N_SELECTOR ? f->selector.sel->ident.name : f->kind == N_IDENT ? f->ident.name : "";
    p.col += (int)strlen(name);
    return p;
}

static void check_printf(Call *c, int kind)
{
    NodeList *args = &c->call->call.args;
    if (!memchr(c->fmt, '%', (size_t)c->flen)) {
        if (args->len > c->first)
            vet_report(c->v, C_PRINTF, lparen(c->call), "%s call has arguments but no formatting directives",
                       c->name);
        return;
    }
    int arg = c->first, max = c->first;
    bool any_index = false, any_w = false;
    for (int i = 0; i < c->flen;) {
        if (c->fmt[i] != '%') {
            i++;
            continue;
        }
        Directive d;
        if (!parse_directive(c, c->fmt + i, c->flen - i, arg, &d))
            return;
        i += d.n;
        if (!check_directive(c, &d))
            return;
        any_index |= d.has_index;
        if (d.verb == 'w') {
            if (kind != K_ERRORF) {
                vet_report(c->v, C_PRINTF, ast_start(c->call), "%s does not support error-wrapping directive %%w",
                           c->name);
                return;
            }
            if (any_w) {
                vet_report(c->v, C_PRINTF, ast_start(c->call), "%s call has more than one error-wrapping directive %%w",
                           c->name);
                return;
            }
            any_w = true;
        }
        if (d.nargs > 0)
            arg = d.args[d.nargs - 1] + 1;
        for (int k = 0; k < d.nargs; k++)
            if (d.args[k] >= max)
                max = d.args[k] + 1;
    }
    if (c->call->call.ellipsis && max >= args->len - 1)
        return;
    if (any_index)
        return;
    if (max != args->len) {
        char need[32], have[32];
        count(need, sizeof need, max - c->first);
        count(have, sizeof have, args->len - c->first);
        vet_report(c->v, C_PRINTF, ast_start(c->call), "%s call needs %s but has %s", c->name, need, have);
    }
}

/* ---- Println ---- */

/* vet's printFormatRE, %[+\-#]*(N|([n])?\*)?\.?(N|([n])?\*)?([n])?[verb],
 * matched at s[0] == '%': its length, or 0 */
static int num_opt(const char *s, int n, int len)
{
    if (n < len && s[n] >= '0' && s[n] <= '9') {
        while (n < len && s[n] >= '0' && s[n] <= '9')
            n++;
        return n;
    }
    int k = n;
    if (k < len && s[k] == '[') {
        int j = k + 1;
        while (j < len && s[j] >= '0' && s[j] <= '9')
            j++;
        if (j > k + 1 && j < len && s[j] == ']')
            k = j + 1;
        else
            return n;
    }
    return k < len && s[k] == '*' ? k + 1 : n;
}

static int format_like(const char *s, int len)
{
    int n = 1;
    while (n < len && (s[n] == '+' || s[n] == '-' || s[n] == '#'))
        n++;
    n = num_opt(s, n, len);
    if (n < len && s[n] == '.')
        n++;
    n = num_opt(s, n, len);
    if (n < len && s[n] == '[') {
        int j = n + 1;
        while (j < len && s[j] >= '0' && s[j] <= '9')
            j++;
        if (j > n + 1 && j < len && s[j] == ']')
            n = j + 1;
    }
    return n < len && s[n] && strchr("bcdefgopqstvxEFGTUX", s[n]) ? n + 1 : 0;
}

static bool const_string(const Node *x, const char **s, int *len)
{
    if (x->mode != MODE_CONST || !x->cval || x->cval->kind != CV_STRING)
        return false;
    *s = x->cval->s ? x->cval->s : "";
    *len = (int)x->cval->slen;
    return true;
}

static void check_print(Vet *v, Node *call, const char *name, int first)
{
    NodeList *args = &call->call.args;
    if (args->len <= first)
        return;
    char text[200];
    if (first == 0) {
        Node *a = args->items[0];
        if (a->kind == N_SELECTOR && a->selector.x->kind == N_IDENT && strcmp(a->selector.x->ident.name, "os") == 0 &&
            strncmp(a->selector.sel->ident.name, "Std", 3) == 0) {
            if (arg_text(a, text, sizeof text))
                vet_report(v, C_PRINTF, ast_start(call), "%s does not take io.Writer but has first arg %s", name, text);
        }
    }
    const char *s;
    int len;
    if (const_string(args->items[first], &s, &len)) {
        if (len > 0 && s[len - 1] == '%')
            len--;
        for (int i = 0; i < len; i++) {
            int n = s[i] == '%' ? format_like(s + i, len - i) : 0;
            if (n) {
                vet_report(v, C_PRINTF, ast_start(call), "%s call has possible formatting directive %.*s", name, n,
                           s + i);
                break;
            }
        }
    }
    size_t nl = strlen(name);
    if (nl > 2 && strcmp(name + nl - 2, "ln") == 0 && const_string(args->items[args->len - 1], &s, &len) && len > 0 &&
        s[len - 1] == '\n')
        vet_report(v, C_PRINTF, ast_start(call), "%s arg list ends with redundant newline", name);
    for (int i = first; i < args->len; i++) {
        Node *a = args->items[i];
        char method[400];
        if (is_func_value(a)) {
            if (arg_text(a, text, sizeof text))
                vet_report(v, C_PRINTF, ast_start(call), "%s arg %s is a func value, not called", name, text);
        }
        if (recursive_stringer(v, a, method, sizeof method)) {
            if (arg_text(a, text, sizeof text))
                vet_report(v, C_PRINTF, ast_start(call), "%s arg %s causes recursive call to %s method", name, text,
                       method);
        }
    }
}

void vet_printf_call(Vet *v, Node *call)
{
    char name[200];
    int first = 0;
    int kind = vet_print_kind(v, call, name, sizeof name, &first);
    if (kind == K_NONE)
        return;
    if (kind == K_PRINT) {
        check_print(v, call, name, first);
        return;
    }
    const char *s;
    int len;
    if (call->call.args.len <= first || !const_string(call->call.args.items[first], &s, &len))
        return;
    Call c = {v, call, name, s, len, first + 1};
    check_printf(&c, kind);
}
