/* emit.c: the code buffer, registers, constants and jumps, and the
 * driver that turns each checked function into a Proto. */
#include <gc.h>
#include <stdio.h>
#include <string.h>
#include "emit.h"

int here(const FuncState *fs)
{
    return fs->ncode;
}

int emit(FuncState *fs, Instr i)
{
    if (fs->ncode == fs->capcode) {
        int cap = fs->capcode ? fs->capcode * 2 : 64;
        Instr *code = GC_MALLOC_ATOMIC(sizeof(Instr) * (size_t)cap);
        int32_t *lines = GC_MALLOC_ATOMIC(sizeof(int32_t) * (size_t)cap);
        if (fs->ncode) {
            memcpy(code, fs->code, sizeof(Instr) * (size_t)fs->ncode);
            memcpy(lines, fs->lines, sizeof(int32_t) * (size_t)fs->ncode);
        }
        fs->code = code;
        fs->lines = lines;
        fs->capcode = cap;
    }
    fs->code[fs->ncode] = i;
    fs->lines[fs->ncode] = fs->line;
    return fs->ncode++;
}

int emit_abc(FuncState *fs, OpCode op, int a, int b, int c)
{
    return emit(fs, MK_ABC(op, a, b, c));
}

int emit_abx(FuncState *fs, OpCode op, int a, int bx)
{
    return emit(fs, MK_ABx(op, a, bx));
}

void emit_x(FuncState *fs, uint32_t x)
{
    emit(fs, x);
}

int emit_jump(FuncState *fs)
{
    return emit(fs, MK_sJ(OP_JMP, 0));
}

void patch_to(FuncState *fs, int at, int target)
{
    int off = target - (at + 1);
    if (off > MAX_sJ || off < MIN_sJ) {
        emit_error(fs, (Pos){fs->line, 1}, "function too large");
        return;
    }
    fs->code[at] = MK_sJ(OP_JMP, off);
}

void patch_here(FuncState *fs, int at)
{
    patch_to(fs, at, fs->ncode);
}

void jl_add(JumpList *l, int at)
{
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 4;
        int *a = GC_MALLOC_ATOMIC(sizeof(int) * (size_t)l->cap);
        if (l->n)
            memcpy(a, l->at, sizeof(int) * (size_t)l->n);
        l->at = a;
    }
    l->at[l->n++] = at;
}

void jl_patch_to(FuncState *fs, JumpList *l, int target)
{
    for (int i = 0; i < l->n; i++)
        patch_to(fs, l->at[i], target);
    l->n = 0;
}

void jl_patch_here(FuncState *fs, JumpList *l)
{
    jl_patch_to(fs, l, fs->ncode);
}

void emit_error(FuncState *fs, Pos pos, const char *msg)
{
    diag_error(fs->comp->diag, pos, "%s", msg);
}

int reg_alloc(FuncState *fs, int n)
{
    int r = fs->freereg;
    fs->freereg += n;
    if (fs->freereg > MAX_REG - 4) {
        emit_error(fs, (Pos){fs->line, 1}, "function too complex (too many registers)");
        fs->freereg = r;
        return r;
    }
    if (fs->freereg > fs->maxregs)
        fs->maxregs = fs->freereg;
    return r;
}

void reg_free_to(FuncState *fs, int r)
{
    fs->freereg = r;
}

void set_line(FuncState *fs, Pos pos)
{
    if (pos.line > 0)
        fs->line = pos.line;
}

/* ---- constants ---- */

static int k_add(FuncState *fs, Value v, KTag tag, const char *name)
{
    for (int i = 0; i < fs->nk; i++)
        if (fs->ktags[i] == tag && fs->k[i].u == v.u)
            return i;
    if (fs->nk == fs->capk) {
        int cap = fs->capk ? fs->capk * 2 : 16;
        Value *k = GC_MALLOC(sizeof(Value) * (size_t)cap);
        uint8_t *tags = GC_MALLOC_ATOMIC((size_t)cap);
        const char **names = GC_MALLOC(sizeof(char *) * (size_t)cap);
        if (fs->nk) {
            memcpy(k, fs->k, sizeof(Value) * (size_t)fs->nk);
            memcpy(tags, fs->ktags, (size_t)fs->nk);
            memcpy(names, fs->knames, sizeof(char *) * (size_t)fs->nk);
        }
        fs->k = k;
        fs->ktags = tags;
        fs->knames = names;
        fs->capk = cap;
    }
    if (fs->nk > MAX_Bx) {
        emit_error(fs, (Pos){fs->line, 1}, "function too large (too many constants)");
        return 0;
    }
    fs->k[fs->nk] = v;
    fs->ktags[fs->nk] = (uint8_t)tag;
    fs->knames[fs->nk] = name;
    return fs->nk++;
}

int k_int(FuncState *fs, int64_t v)
{
    Value x;
    x.i = v;
    return k_add(fs, x, KT_INT, NULL);
}

int k_float(FuncState *fs, double v)
{
    Value x;
    x.f = v;
    return k_add(fs, x, KT_FLOAT, NULL);
}

int k_complex(FuncState *fs, Cplx *c)
{
    /* equal boxes (bit for bit) share one constant */
    for (int i = 0; i < fs->nk; i++)
        if (fs->ktags[i] == KT_COMPLEX && !memcmp(fs->k[i].p, c, sizeof *c))
            return i;
    Value x;
    x.p = c;
    return k_add(fs, x, KT_COMPLEX, NULL);
}

int k_string(FuncState *fs, String *s)
{
    /* equal strings share one constant */
    for (int i = 0; i < fs->nk; i++)
        if (fs->ktags[i] == KT_STRING && str_eq(fs->k[i].p, s))
            return i;
    Value x;
    x.p = s;
    return k_add(fs, x, KT_STRING, NULL);
}

int k_type(FuncState *fs, const Type *t)
{
    Value x;
    /* the runtime sees canonical types only (uint8, never byte) */
    x.p = t ? (void *)t->canon : NULL;
    return k_add(fs, x, KT_TYPE, NULL);
}

int k_global(FuncState *fs, Symbol *s)
{
    Value x;
    x.p = s->cell;
    return k_add(fs, x, KT_GLOBAL, s->name);
}

int k_func(FuncState *fs, Closure *cl, const char *name)
{
    Value x;
    x.p = cl;
    return k_add(fs, x, KT_FUNC, name);
}

int k_native(FuncState *fs, const Native *n)
{
    Value x;
    x.p = (void *)n;
    return k_add(fs, x, KT_NATIVE, n->name);
}

int k_name(FuncState *fs, const char *name)
{
    Value x;
    x.p = (void *)intern_name(name, (int)strlen(name));
    return k_add(fs, x, KT_NAME, x.p);
}

int k_proto(FuncState *fs, Proto *p)
{
    Value x;
    x.p = p;
    return k_add(fs, x, KT_PROTO, p->name);
}

/* ---- storage of variables ---- */

bool type_is_aggregate(const Type *t)
{
    return t && t->memkind == M_BLOCK;
}

/* A local lives in a heap cell when its address is taken, or when a
 * closure captures it and it changes after the capture could happen.
 * Aggregates already live in their own block and never need a cell. */
bool sym_boxed(const Symbol *s)
{
    if (s->global || type_is_aggregate(s->type))
        return false;
    return s->addressed || (s->captured && s->mutated);
}

/* ---- functions ---- */

/* Moves the emitted code and constants into the proto. */
void emit_finish(FuncState *fs)
{
    Proto *p = fs->proto;
    p->code = fs->code;
    p->lines = fs->lines;
    p->ncode = fs->ncode;
    p->k = fs->k;
    p->ktags = fs->ktags;
    p->knames = fs->knames;
    p->nk = fs->nk;
    p->maxregs = (uint16_t)(fs->maxregs + 2);
}

void emit_function(Compiler *c, FuncInfo *fi, FuncState *parent)
{
    FuncState fs;
    memset(&fs, 0, sizeof fs);
    fs.parent = parent;
    fs.comp = c;
    fs.fi = fi;
    fs.proto = fi->proto;
    fs.line = fi->line;
    fs.results_reg = NO_REG;
    Proto *p = fi->proto;
    p->type = fi->sig;
    p->nresults = (uint16_t)(fi->sig ? fi->sig->nresults : 0);
    /* upvalues: one per captured variable of an enclosing function */
    p->nupvals = (uint16_t)fi->ncaptures;
    p->upvals = GC_MALLOC_ATOMIC(sizeof(UpvalDesc) * (size_t)(fi->ncaptures + 1));
    for (int i = 0; i < fi->ncaptures; i++) {
        Symbol *s = fi->captures[i];
        UpvalDesc d = {0, 0};
        if (fi->parent && s->owner == fi->parent) {
            d.from_reg = 1;
            d.index = (uint8_t)s->reg;
        } else if (fi->parent) {
            for (int j = 0; j < fi->parent->ncaptures; j++)
                if (fi->parent->captures[j] == s)
                    d.index = (uint8_t)j;
        }
        p->upvals[i] = d;
    }
    /* parameters: receiver first, then the declared parameters */
    int nparams = 0;
    if (fi->recv)
        declare_local(&fs, fi->recv, reg_alloc(&fs, 1)), nparams++;
    for (int i = 0; i < fi->nparams; i++)
        declare_local(&fs, fi->params[i], reg_alloc(&fs, 1)), nparams++;
    p->nparams = (uint16_t)nparams;
    set_line(&fs, fi->node ? fi->node->pos : (Pos){fi->line, 1});
    /* parameters that escape move into cells */
    if (fi->recv && sym_boxed(fi->recv))
        emit_new_cell(&fs, fi->recv->reg, fi->recv->type);
    for (int i = 0; i < fi->nparams; i++)
        if (sym_boxed(fi->params[i]))
            emit_new_cell(&fs, fi->params[i]->reg, fi->params[i]->type);
    /* named (or unnamed) results are zero-initialised locals */
    if (fi->nresults) {
        fs.results_reg = reg_alloc(&fs, fi->nresults);
        for (int i = 0; i < fi->nresults; i++) {
            Symbol *r = fi->results[i];
            /* unnamed results are never read before a return sets them */
            if (fi->named_results || fi->has_defer)
                load_zero(&fs, r->type, fs.results_reg + i);
            declare_local(&fs, r, fs.results_reg + i);
            if (sym_boxed(r))
                emit_new_cell(&fs, r->reg, r->type);
        }
    }
    if (fi->body) {
        emit_block_stmts(&fs, &fi->body->block.stmts);
        set_line(&fs, fi->body->block.rbrace);
    } else if (fi->pkg && fi->pkg->script == fi) {
        for (int i = 0; i < fi->pkg->nstmts; i++)
            emit_stmt(&fs, fi->pkg->stmts[i]);
    }
    /* falling off the end returns (the checker rejected a missing return
     * in functions with results, so this is reached only without) */
    p->recover_pc = -1;
    if (fi->has_defer) {
        /* the epilogue: run deferred calls, then return the result
         * variables as they stand (named results may have been changed by
         * a deferred call; a recovered panic also resumes here) */
        jl_patch_here(&fs, &fs.epilogue);
        p->recover_pc = here(&fs);
        emit_abc(&fs, OP_RUNDEFERS, 0, 0, 0);
        int t = fs.results_reg;
        if (fi->nresults && fi->named_results) {
            t = reg_alloc(&fs, fi->nresults);
            for (int i = 0; i < fi->nresults; i++) {
                Symbol *r = fi->results[i];
                Node id;
                memset(&id, 0, sizeof id);
                id.kind = N_IDENT;
                id.mode = MODE_VAR;
                id.type = r->type;
                id.ident.sym = r;
                id.ident.name = r->name;
                expr_to(&fs, &id, t + i);
            }
        }
        emit_abc(&fs, OP_RET, fi->nresults ? t : 0, fi->nresults, 0);
    } else {
        emit_abc(&fs, OP_RET, 0, 0, 0);
    }
    emit_finish(&fs);
}

/* ---- packages and the program entry ---- */

static void mark_init(FuncState *fs, Symbol *v, Symbol **stack, int depth);

/* Emits the initialisation of package variable [v] after everything it
 * depends on, following references through function bodies, as the Go
 * spec orders package initialisation. */
static void init_deps(FuncState *fs, Symbol *s, Symbol **stack, int depth)
{
    if (depth > 200)
        return;
    for (int i = 0; i < s->ndeps; i++) {
        Symbol *d = s->deps[i];
        bool on_stack = false;
        for (int j = 0; j < depth; j++)
            if (stack[j] == d)
                on_stack = true;
        if (on_stack)
            continue;
        stack[depth] = d;
        if (d->kind == SYM_VAR && d->global && d->decl && !d->init_done) {
            mark_init(fs, d, stack, depth + 1);
        } else if (d->kind == SYM_FUNC && !d->init_done) {
            /* a function's references are followed once: afterwards every
             * variable it reaches is initialised (or on the stack, a
             * cycle), so walking it again would only cost time */
            d->init_done = true;
            init_deps(fs, d, stack, depth + 1);
        }
    }
}

static void emit_var_init(FuncState *fs, Node *spec);

static void mark_init(FuncState *fs, Symbol *v, Symbol **stack, int depth)
{
    if (v->init_done || !v->decl || v->decl->kind != N_VALUESPEC)
        return;
    /* all names of a spec are initialised together */
    Node *spec = v->decl;
    for (int i = 0; i < spec->vspec.names.len; i++) {
        Symbol *o = spec->vspec.names.items[i]->ident.sym;
        if (o)
            o->init_done = true;
    }
    for (int i = 0; i < spec->vspec.names.len; i++) {
        Symbol *o = spec->vspec.names.items[i]->ident.sym;
        if (o && (o == v || o->deps != v->deps))
            init_deps(fs, o, stack, depth);
    }
    emit_var_init(fs, spec);
}

static void emit_var_init(FuncState *fs, Node *spec)
{
    NodeList *names = &spec->vspec.names, *vals = &spec->vspec.values;
    set_line(fs, spec->pos);
    int base = fs->freereg;
    if (vals->len == 0) {
        for (int i = 0; i < names->len; i++) {
            Symbol *s = names->items[i]->ident.sym;
            if (!s || !s->cell)
                continue;
            int r = reg_alloc(fs, 1);
            load_zero(fs, s->type, r);
            emit_set_global(fs, s, r);
            reg_free_to(fs, base);
        }
        return;
    }
    if (vals->len == names->len) {
        for (int i = 0; i < names->len; i++) {
            Symbol *s = names->items[i]->ident.sym;
            int r = reg_alloc(fs, 1);
            Node *v = vals->items[i];
            if (s && s->cell) {
                expr_as(fs, v, s->type, r);
                copy_if_shared(fs, v, s->type, r);
                emit_set_global(fs, s, r);
            } else {
                expr_to(fs, v, r); /* blank: evaluate for effects */
            }
            reg_free_to(fs, base);
        }
        return;
    }
    /* var a, b = f() / m[k] / x.(T) / <-ch */
    Node *v = vals->items[0];
    int r;
    if (v->kind == N_CALL) {
        r = emit_call(fs, v, names->len);
    } else {
        r = reg_alloc(fs, 2);
        expr_to(fs, v, r);
    }
    for (int i = 0; i < names->len; i++) {
        Symbol *s = names->items[i]->ident.sym;
        if (!s || !s->cell)
            continue;
        Type *from = v->type && v->type->kind == K_TUPLE ? v->type->params[i] : (i ? t_bool : v->type);
        convert_reg(fs, r + i, from, s->type);
        emit_set_global(fs, s, r + i);
    }
    reg_free_to(fs, base);
}

static Proto *new_proto(const char *name, const char *file, int line)
{
    Proto *p = GC_MALLOC_UNCOLLECTABLE(sizeof *p);
    p->name = name;
    p->file = file;
    p->line = line;
    Closure *cl = GC_MALLOC_UNCOLLECTABLE(sizeof(Closure));
    cl->proto = p;
    p->closure = cl;
    return p;
}

/* The code of a promoted method's wrapper: follow the embedded fields
 * from the receiver to the embedded value, then call the real method (or
 * the interface's, for an embedded interface). */
static void emit_promoted(Compiler *c, Type *t, Method *m)
{
    Proto *p = (Proto *)((Closure *)m->fn)->proto;
    FuncState fs;
    memset(&fs, 0, sizeof fs);
    fs.comp = c;
    fs.proto = p;
    fs.line = 1;
    int np = m->type->nparams;
    int nres = m->type->nresults;
    reg_alloc(&fs, np + 1 > nres ? np + 1 : nres);
    int cur = reg_alloc(&fs, 1);
    /* (*T).M called with nil reaches no embedded field */
    emit_abc(&fs, OP_NILCHK, 0, 0, 0);
    emit_abc(&fs, OP_MOVE, cur, 0, 0);
    Type *walk = t;
    for (int d = 0; d < m->depth; d++) {
        Field *f = &type_under(walk)->fields[m->path[d]];
        if (f->type->kind == K_POINTER && !type_is_named(f->type)) {
            if (f->offset > 255) {
                emit_abc(&fs, OP_ADDP, cur, cur, 0);
                emit_x(&fs, f->offset);
                emit_abc(&fs, OP_LDFW, cur, cur, 0);
            } else {
                emit_abc(&fs, OP_LDFW, cur, cur, (int)f->offset);
            }
            emit_abc(&fs, OP_NILCHK, cur, 0, 0);
            walk = f->type->elem;
        } else {
            emit_abc(&fs, OP_ADDP, cur, cur, 0);
            emit_x(&fs, f->offset);
            walk = f->type;
        }
    }
    if (m->target) {
        if (!m->target->ptr_recv) {
            if (type_is_aggregate(walk)) {
                emit_abc(&fs, OP_COPYBLK, cur, cur, 0);
                emit_x(&fs, (uint32_t)k_type(&fs, walk));
            } else {
                OpCode op = walk->memkind == M_WORD ? OP_LDFW : walk->memkind == M_F32 ? OP_LDFF32
                          : walk->memkind == M_I8 ? OP_LDFI8 : walk->memkind == M_U8 ? OP_LDFU8
                          : walk->memkind == M_I16 ? OP_LDFI16 : walk->memkind == M_U16 ? OP_LDFU16
                          : walk->memkind == M_I32 ? OP_LDFI32 : OP_LDFU32;
                emit_abc(&fs, op, cur, cur, 0);
            }
        }
        emit_abc(&fs, OP_MOVE, 0, cur, 0);
        Closure *target = m->target->fn;
        emit_abx(&fs, OP_CALLK, 0, k_func(&fs, target, target->proto->name));
    } else {
        /* an embedded interface: call through it */
        emit_abc(&fs, OP_LDFW, cur, cur, 0);
        emit_abc(&fs, OP_CALLI, 0, cur, 0);
        emit_x(&fs, (uint32_t)k_name(&fs, m->name));
    }
    emit_abc(&fs, OP_RET, 0, nres, 0);
    p->nparams = (uint16_t)(np + 1);
    p->nresults = (uint16_t)nres;
    p->type = m->type;
    emit_finish(&fs);
}

void emit_package(Compiler *c, Package *p)
{
    if (p->generic)
        return; /* a template: its instances are packages of their own */
    const Source *saved = c->diag->src;
    c->diag->src = p->src;
    for (int i = 0; i < p->nfuncs; i++) {
        FuncInfo *f = p->funcs[i];
        if (f->parent || f == p->script || (f->node && f->node->kind == N_FUNCLIT))
            continue; /* literals are emitted where they stand, once: a
                       * package initialiser's inside the package's init */
        if ((f->sym && f->sym->native) || f->unchecked)
            continue; /* unchecked: nothing refers to it (yet) */
        emit_function(c, f, NULL);
    }
    p->emitted = true;
    if (p->script)
        emit_function(c, p->script, NULL);
    for (int i = 0; i < p->npromoted; i++) {
        Type *t = p->promoted[i];
        for (int j = 0; j < t->nmethods; j++)
            if (t->methods[j].depth > 0)
                emit_promoted(c, t, (Method *)&t->methods[j]);
    }
    /* natives: give the function's proto a body that calls the native */
    for (int i = 0; i < p->nfuncs; i++) {
        FuncInfo *f = p->funcs[i];
        if (!f->sym || !f->sym->native)
            continue;
        FuncState fs;
        memset(&fs, 0, sizeof fs);
        fs.comp = c;
        fs.fi = f;
        fs.proto = f->proto;
        fs.line = f->line;
        int n = f->sig->nparams;
        reg_alloc(&fs, n > f->sig->nresults ? n : f->sig->nresults);
        emit_abx(&fs, OP_CALLN, 0, k_native(&fs, f->sym->native));
        emit_abc(&fs, OP_RET, 0, f->sig->nresults, 0);
        f->proto->nparams = (uint16_t)n;
        f->proto->nresults = (uint16_t)f->sig->nresults;
        f->proto->type = f->sig;
        emit_finish(&fs);
    }
    /* the package initialiser: variables in dependency order, then init
     * functions in source order */
    char name[256];
    snprintf(name, sizeof name, "%s.init", p->name);
    char *n2 = GC_MALLOC_ATOMIC(strlen(name) + 1);
    strcpy(n2, name);
    Proto *init = new_proto(n2, p->src ? p->src->name : "?", 1);
    FuncState fs;
    memset(&fs, 0, sizeof fs);
    fs.comp = c;
    fs.proto = init;
    fs.line = 1;
    Symbol *stack[256];
    for (int i = 0; i < p->nvars; i++)
        if (p->vars[i]->decl)
            mark_init(&fs, p->vars[i], stack, 0);
    for (int i = 0; i < p->ninits; i++) {
        Symbol *s = p->inits[i];
        int r = reg_alloc(&fs, 1);
        emit_abx(&fs, OP_CALLK, r, k_func(&fs, s->func->proto->closure, s->func->name));
        reg_free_to(&fs, r);
    }
    emit_abc(&fs, OP_RET, 0, 0, 0);
    emit_finish(&fs);
    init->flags |= PF_HIDDEN;
    p->init_proto = init;
    c->diag->src = saved;
}

Proto *emit_entry(Compiler *c, int first_pkg, bool run_main)
{
    Package *main = c->main;
    Proto *entry = new_proto("runtime.main", main->src ? main->src->name : "?", 1);
    entry->flags |= PF_HIDDEN;
    FuncState fs;
    memset(&fs, 0, sizeof fs);
    fs.comp = c;
    fs.proto = entry;
    fs.line = 1;
    int r = reg_alloc(&fs, 1);
    bool started = first_pkg > 0; /* a REPL entry: the session began long ago */
    for (int i = first_pkg; i < c->npkgs; i++) {
        if (c->pkgs[i] == main && !started) {
            /* the standard packages are initialised: what follows is the
             * user's, and its seeded schedule starts here */
            emit_abx(&fs, OP_CALLN, r, k_native(&fs, &vm_program_starts));
            started = true;
        }
        if (c->pkgs[i]->init_proto)
            emit_abx(&fs, OP_CALLK, r,
                     k_func(&fs, c->pkgs[i]->init_proto->closure, c->pkgs[i]->init_proto->name));
    }
    if (!started)
        emit_abx(&fs, OP_CALLN, r, k_native(&fs, &vm_program_starts));
    if (main->script)
        emit_abx(&fs, OP_CALLK, r, k_func(&fs, main->script->proto->closure, main->script->name));
    if (run_main && main->main)
        emit_abx(&fs, OP_CALLK, r, k_func(&fs, main->main->func->proto->closure, main->main->func->name));
    emit_abc(&fs, OP_RET, 0, 0, 0);
    emit_finish(&fs);
    return entry;
}
