/* scope.c: scopes, symbols and the universe of predeclared names. */
#include <gc.h>
#include <string.h>
#include "check.h"

Scope *scope_new(Scope *parent, ScopeKind kind)
{
    Scope *s = GC_MALLOC(sizeof *s);
    s->parent = parent;
    s->kind = (uint8_t)kind;
    s->func = parent ? parent->func : NULL;
    return s;
}

Symbol *sym_new(SymKind kind, const char *name, Pos pos)
{
    Symbol *s = GC_MALLOC(sizeof *s);
    s->kind = (uint8_t)kind;
    s->name = name;
    s->pos = pos;
    s->reg = -1;
    return s;
}

Symbol *scope_lookup_local(Scope *s, const char *name)
{
    for (int i = s->n - 1; i >= 0; i--)
        if (s->syms[i]->name == name)
            return s->syms[i];
    return NULL;
}

/* A dot import's name, marking the import used. */
static Symbol *file_lookup(Scope *file, const char *name)
{
    for (int i = file->n - 1; i >= 0; i--)
        if (file->syms[i]->name == name) {
            file->via[i]->used = true;
            return file->syms[i];
        }
    return NULL;
}

/* Go nests the file scope (the names of dot imports) inside the package
 * scope, so those names are found first; gosh keeps it as the package
 * scope's parent and looks there first. */
Symbol *scope_lookup(Scope *s, const char *name)
{
    for (; s; s = s->parent) {
        if (s->kind == SCOPE_FILE)
            continue; /* searched with its package */
        if (s->kind == SCOPE_PACKAGE && s->parent && s->parent->kind == SCOPE_FILE) {
            Symbol *sym = file_lookup(s->parent, name);
            if (sym)
                return sym;
        }
        Symbol *sym = scope_lookup_local(s, name);
        if (sym)
            return sym;
    }
    return NULL;
}

void scope_insert(Scope *s, Symbol *sym)
{
    if (s->n == s->cap) {
        int cap = s->cap ? s->cap * 2 : 8;
        Symbol **syms = GC_MALLOC(sizeof(Symbol *) * (size_t)cap);
        if (s->n)
            memcpy(syms, s->syms, sizeof(Symbol *) * (size_t)s->n);
        s->syms = syms;
        if (s->kind == SCOPE_FILE) {
            Symbol **via = GC_MALLOC(sizeof(Symbol *) * (size_t)cap);
            if (s->n)
                memcpy(via, s->via, sizeof(Symbol *) * (size_t)s->n);
            s->via = via;
        }
        s->cap = cap;
    }
    s->syms[s->n++] = sym;
}

void scope_insert_via(Scope *s, Symbol *sym, Symbol *import)
{
    scope_insert(s, sym);
    s->via[s->n - 1] = import;
}

static void add_type(Scope *u, const char *name, Type *t)
{
    Symbol *s = sym_new(SYM_TYPE, ast_intern(name, (int)strlen(name)), (Pos){0, 0});
    s->type = t;
    s->state = 2;
    scope_insert(u, s);
}

static void add_builtin(Scope *u, const char *name, int id)
{
    Symbol *s = sym_new(SYM_BUILTIN, ast_intern(name, (int)strlen(name)), (Pos){0, 0});
    s->builtin = id;
    s->state = 2;
    scope_insert(u, s);
}

Scope *universe_new(void)
{
    types_init();
    Scope *u = scope_new(NULL, SCOPE_UNIVERSE);
    add_type(u, "bool", t_bool);
    add_type(u, "int", t_int);
    add_type(u, "int8", t_int8);
    add_type(u, "int16", t_int16);
    add_type(u, "int32", t_int32);
    add_type(u, "int64", t_int64);
    add_type(u, "uint", t_uint);
    add_type(u, "uint8", t_uint8);
    add_type(u, "uint16", t_uint16);
    add_type(u, "uint32", t_uint32);
    add_type(u, "uint64", t_uint64);
    add_type(u, "uintptr", t_uintptr);
    add_type(u, "float32", t_float32);
    add_type(u, "float64", t_float64);
    add_type(u, "complex64", t_complex64);
    add_type(u, "complex128", t_complex128);
    add_type(u, "string", t_string);
    add_type(u, "byte", t_byte);
    add_type(u, "rune", t_rune);
    add_type(u, "error", t_error);
    add_type(u, "any", t_empty_iface);
    add_type(u, "comparable", gen_comparable_type());

    Symbol *s = sym_new(SYM_CONST, ast_intern("true", 4), (Pos){0, 0});
    s->type = t_untyped_bool;
    s->cval = cv_bool(true);
    s->state = 2;
    scope_insert(u, s);
    s = sym_new(SYM_CONST, ast_intern("false", 5), (Pos){0, 0});
    s->type = t_untyped_bool;
    s->cval = cv_bool(false);
    s->state = 2;
    scope_insert(u, s);
    s = sym_new(SYM_CONST, ast_intern("iota", 4), (Pos){0, 0});
    s->type = t_untyped_int;
    s->state = 2;
    s->builtin = -1; /* marks iota: its value depends on the spec */
    scope_insert(u, s);
    s = sym_new(SYM_NIL, ast_intern("nil", 3), (Pos){0, 0});
    s->type = t_untyped_nil;
    s->state = 2;
    scope_insert(u, s);

    static const char *const names[B_COUNT] = {
        "append", "cap", "clear", "close", "complex", "copy", "delete", "imag",
        "len", "make", "max", "min", "new", "panic", "print", "println",
        "real", "recover",
    };
    for (int i = 0; i < B_COUNT; i++)
        add_builtin(u, names[i], i);
    return u;
}
