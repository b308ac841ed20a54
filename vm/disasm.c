/* disasm.c: `gosh disasm`: every instruction with its source line. */
#include <stdio.h>
#include "vm.h"

const OpInfo op_info[OP_COUNT] = {
#define OP(name, fmt, flags, doc) {#name, F_##fmt, flags, doc},
#include "opcodes.def"
#undef OP
};

static void print_const(const Proto *p, int idx, FILE *out)
{
    if (idx < 0 || idx >= p->nk) {
        fprintf(out, "?");
        return;
    }
    Value v = p->k[idx];
    switch (p->ktags[idx]) {
    case KT_INT:
        fprintf(out, "%lld", (long long)v.i);
        break;
    case KT_FLOAT:
        fprintf(out, "%g", v.f);
        break;
    case KT_COMPLEX:
        fprintf(out, "(%g%+gi)", cplx_re(v.p), cplx_im(v.p));
        break;
    case KT_STRING: {
        const String *s = v.p;
        fputc('"', out);
        for (int64_t j = 0; j < str_len(s) && j < 40; j++) {
            char c = s->data[j];
            if (c == '\n')
                fputs("\\n", out);
            else if (c == '"' || c == '\\')
                fprintf(out, "\\%c", c);
            else if ((unsigned char)c < 0x20)
                fprintf(out, "\\x%02x", (unsigned char)c);
            else
                fputc(c, out);
        }
        fputs(str_len(s) > 40 ? "\"..." : "\"", out);
        break;
    }
    case KT_TYPE: {
        char buf[256];
        type_string(v.p, true, buf, sizeof buf);
        fprintf(out, "type %s", buf);
        break;
    }
    default:
        fprintf(out, "%s", p->knames && p->knames[idx] ? p->knames[idx] : "?");
        break;
    }
}

void vm_disasm(const Proto *p, const Source *src, FILE *out)
{
    fprintf(out, "func %s  (%s:%d) params=%d results=%d regs=%d upvals=%d\n",
            p->name, p->file, p->line, p->nparams, p->nresults, p->maxregs, p->nupvals);
    int last_line = -1;
    for (int pc = 0; pc < p->ncode; pc++) {
        Instr i = p->code[pc];
        OpCode op = GET_OP(i);
        const OpInfo *info = op < OP_COUNT ? &op_info[op] : NULL;
        int line = p->lines[pc];
        if (line != last_line && src) {
            int len;
            const char *text = src_line(src, line, &len);
            while (len > 0 && (*text == '\t' || *text == ' ')) {
                text++;
                len--;
            }
            fprintf(out, "%5d | %.*s\n", line, len, text);
        }
        if (line != last_line && !src)
            fprintf(out, "%5d ", line);
        else
            fprintf(out, "      ");
        last_line = line;
        if (!info) {
            fprintf(out, "%4d  ??? %08x\n", pc, i);
            continue;
        }
        fprintf(out, "%4d  %-10s", pc, info->name);
        switch (info->format) {
        case F_ABC:
            /* immediates are shown decoded */
            if (op == OP_EQI || op == OP_LTI || op == OP_GTI)
                fprintf(out, "%d %d %d", GET_A(i), GET_sB(i), GET_C(i));
            else if (op == OP_ADDI)
                fprintf(out, "%d %d %d", GET_A(i), GET_B(i), GET_sC(i));
            else
                fprintf(out, "%d %d %d", GET_A(i), GET_B(i), GET_C(i));
            break;
        case F_ABx:
            fprintf(out, "%d %d", GET_A(i), GET_Bx(i));
            break;
        case F_AsBx:
            fprintf(out, "%d %d", GET_A(i), GET_sBx(i));
            break;
        case F_sJ:
            fprintf(out, "%d", GET_sJ(i));
            break;
        }
        if (info->format == F_sJ)
            fprintf(out, "\t; to %d", pc + 1 + GET_sJ(i));
        if (op == OP_LOADK || op == OP_GETG || op == OP_SETG || op == OP_CALLK ||
            op == OP_CALLN || op == OP_CLOSURE) {
            fputs("\t; ", out);
            print_const(p, GET_Bx(i), out);
        }
        if (info->flags & X) {
            Instr x = p->code[++pc];
            if (op == OP_SLICE || op == OP_SSLICE || op == OP_COPY || op == OP_SCLEAR) {
                fprintf(out, "\t; x=%u", x);
            } else if (op == OP_SELECT) {
                fputs("\t; ", out);
                print_const(p, (int)(x >> 1), out);
                if (x & 1)
                    fputs(" with default", out);
            } else if (op == OP_ASSERT || op == OP_ASSERTI) {
                /* the wanted type; the operand's type in the high half */
                fputs("\t; ", out);
                print_const(p, (int)(x & 0xffff), out);
                if (x >> 16) {
                    fputs(" from ", out);
                    print_const(p, (int)(x >> 16), out);
                }
            } else {
                fputs("\t; ", out);
                print_const(p, (int)x, out);
            }
        }
        fputc('\n', out);
    }
}
